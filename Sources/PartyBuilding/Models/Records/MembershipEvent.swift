/// Something that happened to a member's membership: admission, full membership, an extended
/// probation, a transfer, migration, a visit, dual management, death or removal.
///
/// A member's status on any date is derived from these events (``Member/status(on:)``,
/// ``Member/migration(on:)``); the library stores no status beside them that could disagree.
///
/// An event whose ``date`` is `nil` happened on a day the records do not give: before the records
/// begin when it comes first (a file of version 1 gives a probationary member without an admission
/// date), otherwise no earlier than the event before it (version 1's formal member admitted on a day
/// was made full on a later day it does not give). Status is derived as if it happened with the event
/// before it. A rule that needs the day reports it cannot check the event.
public struct MembershipEvent: Sendable, Hashable, Codable {
    /// The day of the event, or `nil` when it happened before the records begin on a day not recorded.
    public var date: CalendarDate?
    /// What happened.
    public var kind: Kind

    /// Creates an event.
    public init(_ kind: Kind, on date: CalendarDate?) {
        self.kind = kind
        self.date = date
    }

    /// What happened to a membership.
    public enum Kind: Sendable, Hashable {
        /// Admitted as a probationary member (预备党员) by the branch meeting held on the event's date;
        /// probation and dues run from it (细则 第三十二条; 党费规定).
        case admitted
        /// Made a full member (转为正式党员).
        case madeFull
        /// Probation extended (延长预备期) by a number of months (党章 第七条: at least six, at most twelve).
        case probationExtended(months: Int)
        /// The organisational relationship transferred in from another organisation, with the
        /// member's status there.
        case transferredIn(from: String, status: Member.Status)
        /// The organisational relationship transferred out to another organisation.
        case transferredOut(to: String)
        /// Left to work or trade elsewhere (外出务工经商), with the number of the migrant member's
        /// activity certificate (流动党员活动证) and the named contact who keeps in touch (SZ2011 art. 13);
        /// either may be missing from the records.
        case migratedOut(certificate: String?, contact: String?)
        /// Came here as a migrant member (外来流动党员) with the given status (SZ2011 art. 12).
        case migratedIn(status: Member.Status)
        /// A migrant member here was enrolled in the organisation the member record names
        /// (``Member/organisationID``): SZ2011 art. 12, "及时把他们编入相应的党组织".
        case enrolled
        /// Came back from migrating out, or a migrant member here left.
        case migrationEnded
        /// Visited, as a member with limited mobility, by someone the organisation sent to pass on
        /// the Party's messages (SZ2011 art. 13: "定期派人向他们传达有关精神").
        case visited(by: String)
        /// Recorded with the employer's Party organisation, which holds the relationship, for dual
        /// management (双重管理, SZ2011 art. 12).
        case dualManagement(with: String)
        /// Died.
        case died
        /// Removed from the Party (除名, 开除党籍, or disqualified as probationary).
        case removed

        /// The kind's code in the interchange format.
        public var code: String {
            switch self {
            case .admitted: "admitted"
            case .madeFull: "madeFull"
            case .probationExtended: "probationExtended"
            case .transferredIn: "transferredIn"
            case .transferredOut: "transferredOut"
            case .migratedOut: "migratedOut"
            case .migratedIn: "migratedIn"
            case .enrolled: "enrolled"
            case .migrationEnded: "migrationEnded"
            case .visited: "visited"
            case .dualManagement: "dualManagement"
            case .died: "died"
            case .removed: "removed"
            }
        }

        /// Whether the member was not a member here before this event (admission, a transfer in, or
        /// arrival as a migrant).
        public var beginsMembership: Bool {
            switch self {
            case .admitted, .transferredIn, .migratedIn: true
            default: false
            }
        }

        /// Whether the member is no longer a member here after this event.
        public var endsMembership: Bool {
            switch self {
            case .transferredOut, .died, .removed: true
            default: false
            }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case date, kind, months, from, to, status, certificate, contact, by, with
    }

    /// Decodes `{"date": "2024-07-01", "kind": "admitted"}`, with the kind's own fields beside it
    /// (`months`; `from` and `status`; `to`; `certificate` and `contact`; `status`; `by`; `with`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
        let code = try container.decode(String.self, forKey: .kind)
        switch code {
        case "admitted": kind = .admitted
        case "madeFull": kind = .madeFull
        case "probationExtended": kind = .probationExtended(months: try container.decode(Int.self, forKey: .months))
        case "transferredIn":
            kind = .transferredIn(
                from: try container.decode(String.self, forKey: .from),
                status: try container.decode(Member.Status.self, forKey: .status, default: .formal))
        case "transferredOut": kind = .transferredOut(to: try container.decode(String.self, forKey: .to))
        case "migratedOut":
            kind = .migratedOut(
                certificate: try container.decodeIfPresent(String.self, forKey: .certificate),
                contact: try container.decodeIfPresent(String.self, forKey: .contact))
        case "migratedIn":
            kind = .migratedIn(status: try container.decode(Member.Status.self, forKey: .status, default: .formal))
        case "enrolled": kind = .enrolled
        case "migrationEnded": kind = .migrationEnded
        case "visited": kind = .visited(by: try container.decode(String.self, forKey: .by))
        case "dualManagement": kind = .dualManagement(with: try container.decode(String.self, forKey: .with))
        case "died": kind = .died
        case "removed": kind = .removed
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: Self.unknownKind(code))
        }
    }

    /// Why a `kind` code that is not one is refused.
    static func unknownKind(_ code: String) -> String { "\"\(code)\" is not a membership event" }

    /// Encodes the event as its decoder reads it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(kind.code, forKey: .kind)
        switch kind {
        case .admitted, .madeFull, .enrolled, .migrationEnded, .died, .removed: break
        case .probationExtended(let months): try container.encode(months, forKey: .months)
        case .transferredIn(let from, let status):
            try container.encode(from, forKey: .from)
            try container.encode(status, forKey: .status)
        case .transferredOut(let to): try container.encode(to, forKey: .to)
        case .migratedOut(let certificate, let contact):
            try container.encodeIfPresent(certificate, forKey: .certificate)
            try container.encodeIfPresent(contact, forKey: .contact)
        case .migratedIn(let status): try container.encode(status, forKey: .status)
        case .visited(let by): try container.encode(by, forKey: .by)
        case .dualManagement(let with): try container.encode(with, forKey: .with)
        }
    }
}
