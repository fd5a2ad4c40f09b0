import PartyBuilding

/// The sums of the seven formula results over many communities, exact.
public struct FormulaSums: Sendable, Hashable {
    /// The communities summed.
    public var communities: Int = 0
    /// Σ activity-fund floor.
    public var activityFundFloor: Money = .zero
    /// Σ work-fund floor.
    public var workFundFloor: Money = .zero
    /// Σ service-space floor.
    public var serviceSpaceFloor: Area = .zero
    /// Σ work-and-activity room floor.
    public var workSpaceFloor: Area = .zero
    /// Σ Party-use floor.
    public var partyUseFloor: Area = .zero
    /// Σ secretary's pay floor.
    public var secretaryPayFloor: Money = .zero
    /// How many communities' staff pay complies.
    public var staffPayCompliant: Int = 0

    /// No communities.
    public init() {}

    /// Adds one community's results.
    @inlinable
    public mutating func add(_ result: FormulaResult) {
        communities += 1
        activityFundFloor.fen += result.activityFundFloor.fen
        workFundFloor.fen += result.workFundFloor.fen
        serviceSpaceFloor.hundredthsOfSquareMetre += result.serviceSpaceFloor.hundredthsOfSquareMetre
        workSpaceFloor.hundredthsOfSquareMetre += result.workSpaceFloor.hundredthsOfSquareMetre
        partyUseFloor.hundredthsOfSquareMetre += result.partyUseFloor.hundredthsOfSquareMetre
        secretaryPayFloor.fen += result.secretaryPayFloor.fen
        if result.staffPayComplies { staffPayCompliant += 1 }
    }

    /// Adds the sums of other communities.
    public mutating func add(_ other: FormulaSums) {
        communities += other.communities
        activityFundFloor += other.activityFundFloor
        workFundFloor += other.workFundFloor
        serviceSpaceFloor = serviceSpaceFloor + other.serviceSpaceFloor
        workSpaceFloor = workSpaceFloor + other.workSpaceFloor
        partyUseFloor = partyUseFloor + other.partyUseFloor
        secretaryPayFloor += other.secretaryPayFloor
        staffPayCompliant += other.staffPayCompliant
    }
}
