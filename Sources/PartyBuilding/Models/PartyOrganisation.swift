/// A Party organisation in a community: a branch (党支部), a general branch (党总支) or a committee (党委).
///
/// Membership figures come from the community's ``Member`` records whose ``Member/organisationID``
/// names this organisation or one under it. An organisation that keeps only headcounts, with no
/// member records, states them in ``headcount``.
public struct PartyOrganisation: Sendable, Hashable, Codable, Identifiable {
    /// The organisation's ID, unique within its community.
    public var id: OrganisationID
    /// The organisation's name, for example `东关社区党支部`.
    public var name: String
    /// Branch, general branch or committee.
    public var form: Form
    /// The organisation directly above this one in the community, or `nil` for the community's own
    /// (top-level) organisation.
    public var parentID: OrganisationID?
    /// The residents' committee this organisation corresponds to (SZ2011 art. 3, 与居民委员会相对应的党组织).
    public var residentsCommitteeID: ResidentsCommitteeID?
    /// Membership counted by hand, for an organisation without member records.
    public var headcount: Headcount?
    /// The day the organisation was founded, when recorded: nothing is due from it before that day.
    public var founded: CalendarDate?
    /// The day the organisation was dissolved (撤销), when it has been: nothing is due from it after that day.
    public var dissolved: CalendarDate?
    /// The units a joint branch (联合党支部) covers, by name; empty for an organisation of one unit.
    /// 支部工作条例 第五条: "正式党员不足3人的单位，应当……成立联合党支部". Two or more make the
    /// organisation a joint branch (``isJoint``).
    public var coveredUnits: [String]

    /// Creates a Party organisation.
    public init(
        id: OrganisationID, name: String, form: Form, parentID: OrganisationID? = nil,
        residentsCommitteeID: ResidentsCommitteeID? = nil, headcount: Headcount? = nil,
        founded: CalendarDate? = nil, dissolved: CalendarDate? = nil, coveredUnits: [String] = []
    ) {
        self.id = id
        self.name = name
        self.form = form
        self.parentID = parentID
        self.residentsCommitteeID = residentsCommitteeID
        self.headcount = headcount
        self.founded = founded
        self.dissolved = dissolved
        self.coveredUnits = coveredUnits
    }

    /// Whether the organisation is a joint branch: it covers two or more units (``coveredUnits``).
    public var isJoint: Bool { coveredUnits.count >= 2 }

    /// The days the organisation existed: from its founding (or the calendar's start when not
    /// recorded) through its dissolution (or open-ended).
    public var lifetime: Period {
        let start = founded ?? .earliest
        let end = dissolved ?? .latest
        return (try? Period(from: start, through: max(start, end))) ?? .always
    }

    /// The form of a Party organisation, ordered from the smallest to the largest.
    public enum Form: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// 党支部.
        case branch
        /// 党总支 (general branch).
        case generalBranch
        /// 党委 (the community's Party committee).
        case committee

        private var rank: Int {
            switch self {
            case .branch: 0
            case .generalBranch: 1
            case .committee: 2
            }
        }

        public static func < (lhs: Form, rhs: Form) -> Bool { lhs.rank < rhs.rank }

        /// The form as a label in both languages.
        public var label: Quantity.Label {
            switch self {
            case .branch: Quantity.Label(code: rawValue, chinese: "党支部", english: "branch")
            case .generalBranch: Quantity.Label(code: rawValue, chinese: "党总支", english: "general branch")
            case .committee: Quantity.Label(code: rawValue, chinese: "党委", english: "Party committee")
            }
        }
    }

    /// Membership counted by hand: all members, and how many of them are probationary (预备党员).
    public struct Headcount: Sendable, Hashable, Codable {
        /// All members, formal and probationary.
        public var total: Int
        /// Probationary members; at most ``total``.
        public var probationary: Int

        /// Creates a headcount.
        public init(total: Int, probationary: Int = 0) {
            self.total = total
            self.probationary = probationary
        }

        /// Formal members (正式党员): the total less the probationary members.
        public var formal: Int { total - probationary }

        private enum CodingKeys: String, CodingKey { case total, probationary }

        /// Decodes a headcount; `probationary` may be omitted (0).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            total = try container.decode(Int.self, forKey: .total)
            probationary = try container.decode(Int.self, forKey: .probationary, default: 0)
        }
    }
}

extension PartyOrganisation {
    private enum CodingKeys: String, CodingKey {
        case id, name, form, parentID, residentsCommitteeID, headcount, founded, dissolved, coveredUnits
    }

    /// The field of schema version 1 that version 2 replaced by the community's `elections`.
    private enum Version1Keys: String, CodingKey, CaseIterable { case lastElection }

    /// What refusing the version-1 field `lastElection` reports: the community's elections hold it now.
    static let retiredLastElection = RetiredField(version: 1, replacement: "the community's elections")

    /// Decodes a Party organisation; lists, flags and fields with a default may be omitted. The
    /// version-1 field `lastElection` is refused: the community's elections say what it said.
    public init(from decoder: any Decoder) throws {
        let retired = Self.retiredLastElection
        try decoder.reject(Version1Keys.self, ofVersion: retired.version, replacedBy: retired.replacement)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(OrganisationID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        form = try container.decode(Form.self, forKey: .form)
        parentID = try container.decodeIfPresent(OrganisationID.self, forKey: .parentID)
        residentsCommitteeID = try container.decodeIfPresent(ResidentsCommitteeID.self, forKey: .residentsCommitteeID)
        headcount = try container.decodeIfPresent(Headcount.self, forKey: .headcount)
        founded = try container.decodeIfPresent(CalendarDate.self, forKey: .founded)
        dissolved = try container.decodeIfPresent(CalendarDate.self, forKey: .dissolved)
        coveredUnits = try container.decode([String].self, forKey: .coveredUnits, default: [])
    }

    /// Encodes every field, omitting optional fields that are not set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(form, forKey: .form)
        try container.encodeIfPresent(parentID, forKey: .parentID)
        try container.encodeIfPresent(residentsCommitteeID, forKey: .residentsCommitteeID)
        try container.encodeIfPresent(headcount, forKey: .headcount)
        try container.encodeIfPresent(founded, forKey: .founded)
        try container.encodeIfPresent(dissolved, forKey: .dissolved)
        if !coveredUnits.isEmpty { try container.encode(coveredUnits, forKey: .coveredUnits) }
    }
}
