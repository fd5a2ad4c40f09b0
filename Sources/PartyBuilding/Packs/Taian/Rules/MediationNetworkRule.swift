extension TA {
    /// `TA.mediation-network` (shall): a five-level network for mediating disputes is set up.
    ///
    /// The clause, quoted once: ``TA/Clauses/mediationNetwork``.
    ///
    /// Judged on the audit date: each level from 1 to ``TA/Parameters/mediationLevels`` must be
    /// recorded (``MediationLevel``) with evidence dated on or before that day; the finding lists the
    /// levels missing and those without evidence. A community that records no governance at all cannot
    /// be checked.
    public struct MediationNetworkRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = TA.descriptor(
            "TA.mediation-network", chinese: "社会矛盾调处5级网络", english: "The five-level mediation network",
            clause: Clauses.mediationNetwork, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the number of levels.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.mediationLevels]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with levels: Int, into findings: inout FindingCollector
        ) {
            let governance = context.community.governance
            guard !governance.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .mediationNetwork)
            }
            let network = governance.mediationNetwork
            let recorded = network.filter { $0.evidence.contains { $0.date <= context.date } }.map(\.level)
            findings.check(
                .community(context.id), .count(Set(recorded).count, .levels), .orMore, .count(levels, .levels),
                detail: .label(Self.missing(levels: levels, network: network, date: context.date)),
                message: Self.incomplete)
        }

        /// The levels not recorded and those without evidence: `第2级（未记录）、第5级（无证明）`.
        static func missing(levels: Int, network: [MediationLevel], date: CalendarDate) -> Quantity.Label {
            var codes: [String] = []
            var chinese: [String] = []
            var english: [String] = []
            for level in 1...max(levels, 1) {
                let entries = network.filter { $0.level == level }
                if entries.isEmpty {
                    codes.append("\(level):missing")
                    chinese.append("第\(level)级（未记录）")
                    english.append("level \(level) (not recorded)")
                } else if !entries.contains(where: { $0.evidence.contains { $0.date <= date } }) {
                    codes.append("\(level):no-evidence")
                    chinese.append("第\(level)级（无证明）")
                    english.append("level \(level) (no evidence)")
                }
            }
            return .list(codes: codes, chinese: chinese, english: english)
        }

        /// `社会矛盾调处网络有证明的层级为 3 级，应有 5 级以上；缺少：第4级（未记录）、第5级（无证明）`.
        static let incomplete = MessageTemplate(
            chinese: "社会矛盾调处网络有证明的层级为 {measured}，应有 {required}；缺少：{detail}",
            english: "The mediation network has {measured} with evidence; required {required}; missing: {detail}")
    }
}
