/// The ID of a ``GovernanceBody``.
public typealias GovernanceBodyID = Identifier<GovernanceBody>

/// A body of community governance other than the Party organisations and the residents' committees
/// (which the community's ``Community/organisations`` and ``Community/residentsCommittees`` record):
/// a supervision committee, a service station, a social organisation, an owners' committee or a
/// property-service company, with the evidence that it exists.
///
/// MY: "党组织、居委会、居务监督委员会、综合服务站、社会组织、业主委员会'六位一体'共治体系"; SZ2011 art. 5 names
/// the owners' committee and the property-service company.
public struct GovernanceBody: Sendable, Hashable, Codable, Identifiable {
    /// The body's ID, unique within its community.
    public var id: GovernanceBodyID
    /// What kind of body it is.
    public var kind: GovernanceBodyKind
    /// Its name, for example `东关社区居务监督委员会`.
    public var name: String
    /// The day it was set up, when recorded.
    public var established: CalendarDate?
    /// The document, meeting or record that shows it exists.
    public var evidence: [Evidence]

    /// Creates a body.
    public init(
        id: GovernanceBodyID, kind: GovernanceBodyKind, name: String, established: CalendarDate? = nil,
        evidence: [Evidence] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.established = established
        self.evidence = evidence
    }
}

/// A body of community governance, as the seeds name them.
public enum GovernanceBodyKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 社区党组织: recorded as the community's organisations.
    case partyOrganisation
    /// 社区居民委员会: recorded as the community's residents' committees.
    case residentsCommittee
    /// 居务监督委员会.
    case supervisionCommittee
    /// 综合服务站.
    case serviceStation
    /// 社会组织.
    case socialOrganisation
    /// 业主委员会.
    case ownersCommittee
    /// 物业服务企业.
    case propertyServiceCompany

    /// The body's name.
    public var label: LocalizedText {
        switch self {
        case .partyOrganisation: LocalizedText(chinese: "社区党组织", english: "the community Party organisation")
        case .residentsCommittee: LocalizedText(chinese: "居民委员会", english: "the residents' committee")
        case .supervisionCommittee: LocalizedText(chinese: "居务监督委员会", english: "the supervision committee")
        case .serviceStation: LocalizedText(chinese: "综合服务站", english: "the service station")
        case .socialOrganisation: LocalizedText(chinese: "社会组织", english: "a social organisation")
        case .ownersCommittee: LocalizedText(chinese: "业主委员会", english: "the owners' committee")
        case .propertyServiceCompany: LocalizedText(chinese: "物业服务企业", english: "the property-service company")
        }
    }

    /// Whether the body is recorded elsewhere in the community (its organisations or residents'
    /// committees) rather than as a ``GovernanceBody``.
    public var isRecordedElsewhere: Bool { self == .partyOrganisation || self == .residentsCommittee }
}
