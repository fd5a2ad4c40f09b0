/// The least service space, work-and-activity room area and Party-use area of a community (SZ2011 art. 15).
///
/// The clauses: ``SZ2011/Clauses/serviceSpace``, ``SZ2011/Clauses/workSpace`` and ``SZ2011/Clauses/partyShare``.
///
/// Floors are rounded up to 0.01 m², so that meeting the displayed figure always meets the rule;
/// the `meets…` checks compare exactly, without rounding.
///
/// ```swift
/// let floors = SpaceFloors.suzhou2011
/// floors.serviceSpace(forResidentialFloorArea: Area(squareMetres: 100_000))   // 3000.00 m²
/// floors.partyUse(forRoomArea: Area(squareMetres: 100))                       // 33.34 m²
/// ```
public struct SpaceFloors: Sendable, Hashable {
    /// Service space as a share of the residential floor area (3%).
    public var serviceShare: Ratio
    /// Work-and-activity rooms as a share of the residential floor area (0.5%).
    public var workShare: Ratio
    /// Party use as a share of the work-and-activity rooms (1/3).
    public var partyShare: Ratio

    /// Creates the calculator from its shares.
    public init(serviceShare: Ratio, workShare: Ratio, partyShare: Ratio) {
        self.serviceShare = serviceShare
        self.workShare = workShare
        self.partyShare = partyShare
    }

    /// The calculator with the parameter values in force for the period being bound.
    public init(_ parameters: ParameterReader) throws(ParameterError) {
        self.init(
            serviceShare: try parameters[SZ2011.Parameters.serviceSpaceShare],
            workShare: try parameters[SZ2011.Parameters.workSpaceShare],
            partyShare: try parameters[SZ2011.Parameters.partyShare])
    }

    /// The opinion's own shares: 3%, 0.5% and one third.
    public static let suzhou2011 = SpaceFloors(
        serviceShare: Ratio(3, 100), workShare: Ratio(1, 200), partyShare: Ratio(1, 3))

    /// The least service space for a residential floor area, rounded up to 0.01 m².
    @inlinable
    public func serviceSpace(forResidentialFloorArea area: Area) -> Area {
        area.multiplied(by: serviceShare, rounding: .up)
    }

    /// The least work-and-activity room area for a residential floor area, rounded up to 0.01 m².
    @inlinable
    public func workSpace(forResidentialFloorArea area: Area) -> Area {
        area.multiplied(by: workShare, rounding: .up)
    }

    /// The least Party-use area for a work-and-activity room area, rounded up to 0.01 m².
    @inlinable
    public func partyUse(forRoomArea area: Area) -> Area {
        area.multiplied(by: partyShare, rounding: .up)
    }

    /// Whether `space` is not less than (不低于) the service share of `area`, exactly.
    public func meetsServiceSpace(_ space: Area, residentialFloorArea area: Area) -> Bool {
        space.isAtLeast(serviceShare, of: area)
    }

    /// Whether `rooms` reach the work share of `area`, exactly.
    public func meetsWorkSpace(_ rooms: Area, residentialFloorArea area: Area) -> Bool {
        rooms.isAtLeast(workShare, of: area)
    }

    /// Whether `partyUse` is not less than (不少于) the Party share of `rooms`, exactly.
    public func meetsPartyShare(_ partyUse: Area, roomArea rooms: Area) -> Bool {
        partyUse.isAtLeast(partyShare, of: rooms)
    }
}
