/// A Party member (党员) on a community's records.
public struct Member: Sendable, Hashable, Codable, Identifiable {
    /// The member's ID, unique within the community.
    public var id: MemberID
    /// The member's name.
    public var name: String
    /// The Party organisation of the community the member belongs to or is enrolled in.
    public var organisationID: OrganisationID
    /// Whether the community's Party organisation holds the member's organisational relationship
    /// (党的组织关系隶属于社区党组织); the activity fund counts only these members.
    public var relationship: Relationship
    /// The member's employment, which also sets how dues are computed.
    public var employment: Employment
    /// Whether the member has limited mobility (行动不便), SZ2011 art. 13.
    public var hasLimitedMobility: Bool
    /// The member's birth date, when recorded.
    public var birthDate: CalendarDate?
    /// What happened to the membership, in the order it happened (events whose day was not recorded
    /// first). The member's status and migration on any date are derived from them.
    public var events: [MembershipEvent]
    /// The member's monthly dues payments, in the order of their months.
    public var duesPayments: [DuesPayment]
    /// Voluntary payments beyond the dues owed.
    public var voluntaryPayments: [VoluntaryDuesPayment]

    /// Creates a member record.
    ///
    /// A member with no event that begins the membership (``MembershipEvent/Kind/beginsMembership``)
    /// is a formal member from before the records begin.
    public init(
        id: MemberID, name: String, organisationID: OrganisationID,
        relationship: Relationship = .heldByCommunity, employment: Employment = .employed,
        hasLimitedMobility: Bool = false, birthDate: CalendarDate? = nil, events: [MembershipEvent] = [],
        duesPayments: [DuesPayment] = [], voluntaryPayments: [VoluntaryDuesPayment] = []
    ) {
        self.id = id
        self.name = name
        self.organisationID = organisationID
        self.relationship = relationship
        self.employment = employment
        self.hasLimitedMobility = hasLimitedMobility
        self.birthDate = birthDate
        self.events = events
        self.duesPayments = duesPayments
        self.voluntaryPayments = voluntaryPayments
    }

    /// Formal (正式党员) or probationary (预备党员).
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// 正式党员.
        case formal
        /// 预备党员.
        case probationary
    }

    /// Where the member's organisational relationship is held.
    public enum Relationship: String, Sendable, Hashable, Codable, CaseIterable {
        /// Held by the community's Party organisation.
        case heldByCommunity
        /// Held by an employer's or another organisation (在职党员, 流动党员): managed jointly (双重管理).
        case heldElsewhere
    }

    /// The member's employment.
    public enum Employment: String, Sendable, Hashable, Codable, CaseIterable {
        /// In work, paid a wage.
        case employed
        /// Retired, on a pension.
        case retired
        /// A student.
        case student
        /// Laid off or unemployed.
        case unemployed
        /// A farmer.
        case farmer
        /// Living on relief or the minimum living allowance.
        case onRelief
    }

    /// Whether the member is a migrant member (流动党员).
    public enum Migration: String, Sendable, Hashable, Codable, CaseIterable {
        /// Not a migrant.
        case none
        /// Living or working here, membership held elsewhere (外来流动党员).
        case incoming
        /// Working or trading away from here (外出务工经商).
        case outgoing
    }
}

extension Member {
    private enum CodingKeys: String, CodingKey {
        case id, name, organisationID, relationship, employment, hasLimitedMobility, birthDate, events, duesPayments,
            voluntaryPayments
    }

    /// The fields of schema version 1 that version 2 replaced by ``events``, in the order they are
    /// looked for.
    enum Version1Keys: String, CodingKey, CaseIterable { case status, admittedOn, migration }

    /// The version that last had the ``Version1Keys`` and what replaced them.
    static let version1Fields = RetiredField(version: 1, replacement: "events")

    /// Decodes a member; lists, flags and fields with a default may be omitted. A version-1 field
    /// (`status`, `admittedOn`, `migration`) is refused: the events say what it said.
    public init(from decoder: any Decoder) throws {
        try decoder.reject(
            Version1Keys.self, ofVersion: Self.version1Fields.version, replacedBy: Self.version1Fields.replacement)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(MemberID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        organisationID = try container.decode(OrganisationID.self, forKey: .organisationID)
        relationship = try container.decode(Relationship.self, forKey: .relationship, default: .heldByCommunity)
        employment = try container.decode(Employment.self, forKey: .employment, default: .employed)
        hasLimitedMobility = try container.decode(Bool.self, forKey: .hasLimitedMobility, default: false)
        birthDate = try container.decodeIfPresent(CalendarDate.self, forKey: .birthDate)
        events = try container.decode([MembershipEvent].self, forKey: .events, default: [])
        duesPayments = try container.decode([DuesPayment].self, forKey: .duesPayments, default: [])
        voluntaryPayments = try container.decode([VoluntaryDuesPayment].self, forKey: .voluntaryPayments, default: [])
    }

    /// Encodes every field, omitting optional fields that are not set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(organisationID, forKey: .organisationID)
        try container.encode(relationship, forKey: .relationship)
        try container.encode(employment, forKey: .employment)
        try container.encode(hasLimitedMobility, forKey: .hasLimitedMobility)
        try container.encodeIfPresent(birthDate, forKey: .birthDate)
        try container.encode(events, forKey: .events)
        try container.encode(duesPayments, forKey: .duesPayments)
        try container.encode(voluntaryPayments, forKey: .voluntaryPayments)
    }
}
