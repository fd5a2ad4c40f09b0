/// 《完善社区党建工作体制机制 提高基层党组织领导科学发展能力》, a district's report from 泰安 (`TA`). It
/// states no date of issue, so its figures are in force from the start of the records.
public enum TA {
    /// The pack's ID, the prefix of its rules' and parameters' IDs.
    public static let id = "TA"

    /// The district report (undated).
    public static let document = SourceDocument(
        id: id, title: "完善社区党建工作体制机制 提高基层党组织领导科学发展能力",
        englishTitle: "Improving the system of community Party building (a district report, Tai'an)",
        issuer: "泰安市辖区区委", issued: .earliest)

    /// The clauses of the document the pack encodes, each quoted once.
    public enum Clauses {
        /// `TA.decision-chain`: 一(二).
        public static let decisionChain = Citation(
            document, article: "一(二)",
            wording: "建立健全了由社区党组织领导、社区党员议事会参与、居民代表听证、社区居民（代表）会议决策、社区居委会执行的民主议事决策机制")
        /// `TA.mediation-network`: 一(三).
        public static let mediationNetwork = Citation(
            document, article: "一(三)", wording: "积极推进社会治安综合防控体系建设和社会矛盾调处5级网络建设")
    }

    /// The figures of the document, each a dated, cited parameter read by a typed key.
    public enum Parameters {
        /// 社会矛盾调处5级网络: the levels of the mediation network.
        public static let mediationLevels: CountKey = "TA.mediation-network.levels"

        /// Every parameter of the pack.
        public static let all: [Parameter] = [
            Parameter(
                mediationLevels, title: LocalizedText(chinese: "矛盾调处网络层级数", english: "Levels of the mediation network"),
                citation: Clauses.mediationNetwork, values: [.init(from: document.issued, value: .count(5))])
        ]
    }

    /// The rules of the pack.
    public static let rules: [any Rule] = [DecisionChainRule(), MediationNetworkRule()]

    /// The descriptor of a rule of the report, in force from the start of the records.
    static func descriptor(
        _ id: RuleID, chinese: String, english: String, clause: Citation, cadence: RuleDescriptor.Cadence
    ) -> RuleDescriptor {
        RuleDescriptor(
            id: id, title: LocalizedText(chinese: chinese, english: english), strength: .shall, citation: clause,
            cadence: cadence)
    }
}

extension PolicyPack {
    /// The 泰安 district's mechanisms (`TA`): the five-step democratic decision chain and the five-level
    /// mediation network. Shipped, not built in (``catalog``).
    public static let taian = PolicyPack(
        id: TA.id,
        title: LocalizedText(chinese: "泰安社区党建工作体制机制", english: "Tai'an: decision chain and mediation network"),
        parameters: TA.Parameters.all, rules: TA.rules)
}
