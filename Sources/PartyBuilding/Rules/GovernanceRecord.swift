/// A kind of governance record a rule judges, named in the finding that reports the records do not
/// keep it at all (`记录中未载明社区网格，本项无法核查`).
///
/// A community whose records keep no record of the kind cannot be checked: the rule reports that as
/// information, never a violation. Once the kind is kept, a period or a body without its record is a
/// failure of the rule.
public enum GovernanceRecord: String, Sendable, Hashable, CaseIterable {
    /// ``CommunityGovernance/grids``.
    case grids
    /// ``CommunityGovernance/decisions``.
    case decisions
    /// ``CommunityGovernance/mediationNetwork``.
    case mediationNetwork
    /// ``CommunityGovernance/mediationCases``.
    case mediationCases
    /// ``CommunityGovernance/ledgers``.
    case ledgers
    /// ``CommunityGovernance/bodies``.
    case bodies
    /// ``CommunityGovernance/coordination``.
    case coordination
    /// ``CommunityGovernance/electronicLedger``.
    case electronicLedger
    /// ``CommunityGovernance/compounds``.
    case compounds
    /// ``CommunityGovernance/residentUnits``.
    case residentUnits
    /// ``CommunityGovernance/checklists`` of a street.
    case streetChecklist
    /// ``CommunityGovernance/checklists`` of a community.
    case communityChecklist
    /// ``CommunityGovernance/delegatedTasks``.
    case delegatedTasks
    /// ``CommunityGovernance/officeFundShares``.
    case officeFundShares
    /// ``CommunityGovernance/fundDisclosures``.
    case fundDisclosures
    /// ``CommunityGovernance/recruitments``.
    case recruitments
    /// ``CommunityGovernance/secretaryReports``.
    case secretaryReports
    /// ``CommunityGovernance/oneStopPosts``.
    case oneStopPosts
    /// ``CommunityGovernance/satisfactionSurveys``.
    case satisfactionSurveys
    /// ``CommunityGovernance/trainingCoverage``.
    case trainingCoverage
    /// ``CommunityGovernance/householdParticipation``.
    case householdParticipation

    /// The record's name in a finding.
    public var label: Quantity.Label {
        let (chinese, english): (String, String) =
            switch self {
            case .grids: ("社区党建网格", "the grids")
            case .decisions: ("重大事项决策记录", "the records of major decisions")
            case .mediationNetwork: ("矛盾调处网络", "the mediation network")
            case .mediationCases: ("矛盾纠纷调处记录", "the mediation cases")
            case .ledgers: ("困难群众、民生诉求、信访稳定等台账", "the ledgers")
            case .bodies: ("居务监督委员会、综合服务站、社会组织、业主委员会等治理主体", "the bodies of governance")
            case .coordination: ("协调机制", "the coordination mechanisms")
            case .electronicLedger: ("党建工作电子台账", "the electronic ledger")
            case .compounds: ("小区和楼栋", "the compounds and buildings")
            case .residentUnits: ("辖区内非公有制经济组织和社会组织", "the enterprises and social organisations in the community")
            case .streetChecklist: ("街道规范化建设清单", "the street's checklist")
            case .communityChecklist: ("社区规范化建设清单", "the community's checklist")
            case .delegatedTasks: ("上级委托承办事项", "the delegated tasks")
            case .officeFundShares: ("党组织办公经费的安排", "the office share of the work funds")
            case .fundDisclosures: ("经费公示或通报", "the disclosures of funds")
            case .recruitments: ("社区工作者招录记录", "the recruitment of workers")
            case .secretaryReports: ("书记述职记录", "the secretary's reports")
            case .oneStopPosts: ("“一站式”大厅的岗位", "the posts of the one-stop hall")
            case .satisfactionSurveys: ("群众满意度调查", "the satisfaction surveys")
            case .trainingCoverage: ("党员培训覆盖情况", "the training coverage")
            case .householdParticipation: ("家庭参与创建情况", "the households' participation")
            }
        return Quantity.Label(code: rawValue, chinese: chinese, english: english)
    }
}

extension FindingCollector {
    /// Reports that the community's records keep nothing of the kind the rule judges: an information
    /// finding (`记录中未载明社区党建网格，本项无法核查`).
    public mutating func cannotCheck(_ subject: Subject, unrecorded record: GovernanceRecord) {
        inform(subject, measured: nil, detail: .label(record.label), message: UnrecordedFigure.message)
    }
}

extension Quantity.Label {
    /// Names listed in a finding: `甲、乙` / `a, b and c`, with their codes separated by commas.
    public static func list(codes: [String], chinese: [String], english: [String]) -> Quantity.Label {
        Quantity.Label(
            code: codes.joined(separator: ","),
            chinese: chinese.joined(separator: "、"),
            english: english.count <= 1
                ? english.joined() : english.dropLast().joined(separator: ", ") + " and " + english[english.count - 1])
    }

    /// Record IDs listed in a finding, at most `limit` of them and then how many more:
    /// `M-1、M-2 等 12 名` / `M-1, M-2 and 10 more`.
    public static func ids(_ ids: [String], limit: Int = 10) -> Quantity.Label {
        let shown = ids.prefix(limit)
        let more = ids.count - shown.count
        return Quantity.Label(
            code: ids.joined(separator: ","),
            chinese: shown.joined(separator: "、") + (more > 0 ? " 等 \(ids.count) 个" : ""),
            english: shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""))
    }
}

extension Quantity.Label {
    /// Names listed in a finding, from their localized texts.
    public static func list(codes: [String], names: [LocalizedText]) -> Quantity.Label {
        list(codes: codes, chinese: names.map(\.chinese), english: names.map(\.english))
    }
}
