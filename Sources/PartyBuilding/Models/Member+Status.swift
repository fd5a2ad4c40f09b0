extension Member {
    /// The member's status on a day, derived from ``events``: `nil` when the person was not a member
    /// of this community that day (before admission, a transfer in or arrival as a migrant; after a
    /// transfer out, death or removal).
    ///
    /// A member whose events include nothing that begins the membership is a formal member from
    /// before the records begin. Events apply in their order in ``events``; an undated event applies
    /// from the start of the records.
    ///
    /// Audits ask this of every member for many days, so a member without events answers at once,
    /// and the events are read in place.
    @inline(__always)
    public func status(on date: CalendarDate) -> Status? { Self.status(replaying: events, on: date) }

    /// The status after a member's events dated on or before `date` (or undated), for callers that
    /// hold the events and not the member.
    @inline(__always)
    static func status(replaying events: [MembershipEvent], on date: CalendarDate) -> Status? {
        events.isEmpty ? .formal : replay(events, on: date)
    }

    /// ``status(replaying:on:)`` for a member with events.
    private static func replay(_ events: [MembershipEvent], on date: CalendarDate) -> Status? {
        var status: Status? = events.contains { $0.kind.beginsMembership } ? nil : .formal
        for index in events.indices {
            if let day = events[index].date, day > date { break }
            switch events[index].kind {
            case .admitted: status = .probationary
            case .madeFull: status = .formal
            case .transferredIn(_, let arrivingStatus), .migratedIn(let arrivingStatus): status = arrivingStatus
            case .transferredOut, .died, .removed: status = nil
            case .probationExtended, .migratedOut, .migrationEnded, .enrolled, .visited, .dualManagement: break
            }
        }
        return status
    }

    /// Whether the member is away as a migrant, or here as one, on a day, derived from ``events``.
    @inline(__always)
    public func migration(on date: CalendarDate) -> Migration {
        events.isEmpty ? .none : Self.migration(replaying: events, on: date)
    }

    /// The migration after the events dated on or before `date` (or undated).
    static func migration(replaying events: [MembershipEvent], on date: CalendarDate) -> Migration {
        var migration = Migration.none
        for index in events.indices {
            if let day = events[index].date, day > date { break }
            switch events[index].kind {
            case .migratedOut: migration = .outgoing
            case .migratedIn: migration = .incoming
            case .migrationEnded, .transferredOut, .died, .removed: migration = .none
            case .admitted, .madeFull, .probationExtended, .transferredIn, .enrolled, .visited, .dualManagement: break
            }
        }
        return migration
    }

    /// The day the branch meeting admitted the member as probationary, when the records give it.
    @inline(__always)
    public var admissionDate: CalendarDate? {
        events.last { $0.kind == .admitted }?.date
    }
}
