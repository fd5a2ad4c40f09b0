/// The record a finding or an exception is about.
///
/// In the interchange format a subject is an object with one key naming its kind:
/// `{"worker": "W-001"}`.
public enum Subject: Sendable, Hashable, Codable {
    /// A community as a whole.
    case community(CommunityID)
    /// A Party organisation.
    case organisation(OrganisationID)
    /// A community worker.
    case worker(WorkerID)
    /// A Party member.
    case member(MemberID)
    /// A residents' committee.
    case residentsCommittee(ResidentsCommitteeID)
    /// All the communities audited together (for rules over a set, such as a trend).
    case portfolio

    /// The kind of record, in a language: `社区工作者` / `worker`.
    public func kind(_ language: Language) -> String {
        switch (self, language) {
        case (.community, .chinese): "社区"
        case (.organisation, .chinese): "党组织"
        case (.worker, .chinese): "社区工作者"
        case (.member, .chinese): "党员"
        case (.residentsCommittee, .chinese): "居民委员会"
        case (.portfolio, .chinese): "全部社区"
        case (.community, .english): "community"
        case (.organisation, .english): "organisation"
        case (.worker, .english): "worker"
        case (.member, .english): "member"
        case (.residentsCommittee, .english): "residents' committee"
        case (.portfolio, .english): "all communities"
        }
    }

    /// The record's ID text, or `*` for the portfolio.
    public var idText: String {
        switch self {
        case .community(let id): id.rawValue
        case .organisation(let id): id.rawValue
        case .worker(let id): id.rawValue
        case .member(let id): id.rawValue
        case .residentsCommittee(let id): id.rawValue
        case .portfolio: "*"
        }
    }
}
