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
    /// A Party group (党小组).
    case partyGroup(PartyGroupID)
    /// A person in the pipeline of admission (发展党员).
    case applicant(ApplicantID)
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
        case (.partyGroup, .chinese): "党小组"
        case (.applicant, .chinese): "入党申请人"
        case (.portfolio, .chinese): "全部社区"
        case (.community, .english): "community"
        case (.organisation, .english): "organisation"
        case (.worker, .english): "worker"
        case (.member, .english): "member"
        case (.residentsCommittee, .english): "residents' committee"
        case (.partyGroup, .english): "Party group"
        case (.applicant, .english): "applicant"
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
        case .partyGroup(let id): id.rawValue
        case .applicant(let id): id.rawValue
        case .portfolio: "*"
        }
    }
}

extension Subject {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case community, organisation, worker, member, residentsCommittee, partyGroup, applicant, portfolio
    }

    /// Why `{"portfolio": false}` is not a subject: the key names the case, and only `true` stands for it.
    static let portfolioMustBeTrue = "portfolio must be true"

    /// Decodes a subject from an object with one key naming its kind: `{"worker": "W-1"}`, or
    /// `{"portfolio": true}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let key = try container.onlyKey(of: "a subject", among: CodingKeys.allCases, at: decoder.codingPath)
        switch key {
        case .community: self = .community(try container.decode(CommunityID.self, forKey: key))
        case .organisation: self = .organisation(try container.decode(OrganisationID.self, forKey: key))
        case .worker: self = .worker(try container.decode(WorkerID.self, forKey: key))
        case .member: self = .member(try container.decode(MemberID.self, forKey: key))
        case .residentsCommittee:
            self = .residentsCommittee(try container.decode(ResidentsCommitteeID.self, forKey: key))
        case .partyGroup: self = .partyGroup(try container.decode(PartyGroupID.self, forKey: key))
        case .applicant: self = .applicant(try container.decode(ApplicantID.self, forKey: key))
        case .portfolio:
            guard try container.decode(Bool.self, forKey: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: Self.portfolioMustBeTrue)
            }
            self = .portfolio
        }
    }

    /// Encodes the subject as an object with one key naming its kind.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .community(let id): try container.encode(id, forKey: .community)
        case .organisation(let id): try container.encode(id, forKey: .organisation)
        case .worker(let id): try container.encode(id, forKey: .worker)
        case .member(let id): try container.encode(id, forKey: .member)
        case .residentsCommittee(let id): try container.encode(id, forKey: .residentsCommittee)
        case .partyGroup(let id): try container.encode(id, forKey: .partyGroup)
        case .applicant(let id): try container.encode(id, forKey: .applicant)
        case .portfolio: try container.encode(true, forKey: .portfolio)
        }
    }
}
