import PartyBuilding

/// The seven SZ2011 formula results of one community, exact: three money floors, three area floors
/// and whether the staff's pay complies.
public struct FormulaResult: Sendable, Hashable {
    /// The least yearly activity funds (SZ2011 art. 19, ``ActivityFundFloor``).
    public var activityFundFloor: Money
    /// The least yearly work funds (SZ2011 art. 19, ``WorkFundFloor``).
    public var workFundFloor: Money
    /// The least service space, 3% of the residential floor area (SZ2011 art. 15).
    public var serviceSpaceFloor: Area
    /// The least work-and-activity room area, 0.5% of the residential floor area (SZ2011 art. 15).
    public var workSpaceFloor: Area
    /// The least Party-use area, a third of the work-and-activity floor (SZ2011 art. 15).
    public var partyUseFloor: Area
    /// The secretary's least pay, 1.2 × last year's average wage (SZ2011 art. 9).
    public var secretaryPayFloor: Money
    /// Whether the staff's average pay is not below 1.0 × last year's average wage (SZ2011 art. 9).
    public var staffPayComplies: Bool

    /// Creates a result.
    public init(
        activityFundFloor: Money, workFundFloor: Money, serviceSpaceFloor: Area, workSpaceFloor: Area,
        partyUseFloor: Area, secretaryPayFloor: Money, staffPayComplies: Bool
    ) {
        self.activityFundFloor = activityFundFloor
        self.workFundFloor = workFundFloor
        self.serviceSpaceFloor = serviceSpaceFloor
        self.workSpaceFloor = workSpaceFloor
        self.partyUseFloor = partyUseFloor
        self.secretaryPayFloor = secretaryPayFloor
        self.staffPayComplies = staffPayComplies
    }

    /// A result of zeros, to fill a buffer before the formulas write it.
    public static let zero = FormulaResult(
        activityFundFloor: .zero, workFundFloor: .zero, serviceSpaceFloor: .zero, workSpaceFloor: .zero,
        partyUseFloor: .zero, secretaryPayFloor: .zero, staffPayComplies: false)
}
