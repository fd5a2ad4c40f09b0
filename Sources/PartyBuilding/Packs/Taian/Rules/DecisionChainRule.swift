extension TA {
    /// `TA.decision-chain` (shall): a major community decision passes the five steps of the democratic
    /// decision chain, in order.
    ///
    /// The clause, quoted once: ``TA/Clauses/decisionChain``.
    ///
    /// Judged for each year, over the decisions (``Decision``) whose first step falls in it: each of the
    /// five steps (``DecisionStep/Kind``) must be recorded — a decision is recorded once it is carried
    /// out, so a missing step is a violation naming it — and each step must be dated no earlier than
    /// the step before it in TA's order (the same day is in order); a step dated before the one it
    /// follows is a violation naming both. A community that records no decision cannot be checked.
    public struct DecisionChainRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = TA.descriptor(
            "TA.decision-chain", chinese: "民主议事决策五个环节", english: "The five steps of a community decision",
            clause: Clauses.decisionChain, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let decisions = context.community.governance.decisions
            guard !decisions.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .decisions)
            }
            for decision in decisions {
                guard let first = decision.steps.map(\.date).min(), period.contains(first) else { continue }
                let name = Quantity.Label(
                    code: decision.id.rawValue, chinese: decision.title, english: decision.id.rawValue)
                let missing = DecisionStep.Kind.allCases.filter { kind in !decision.steps.contains { $0.kind == kind } }
                if !missing.isEmpty {
                    findings.fail(
                        .community(context.id), measured: .label(name), required: nil,
                        detail: .label(.list(codes: missing.map(\.rawValue), names: missing.map(\.label))),
                        message: Self.missingSteps)
                }
                let ordered = decision.steps.sorted { $0.kind < $1.kind }
                for (earlier, later) in zip(ordered, ordered.dropFirst())
                where earlier.kind != later.kind && later.date < earlier.date {
                    findings.fail(
                        .community(context.id), measured: .label(name), required: nil,
                        detail: .label(
                            .list(
                                codes: [later.kind.rawValue, earlier.kind.rawValue],
                                chinese: [
                                    "“\(later.kind.label.chinese)”（\(Quantity.date(later.date).formatted(.chinese))）",
                                    "“\(earlier.kind.label.chinese)”（\(Quantity.date(earlier.date).formatted(.chinese))）",
                                ],
                                english: [
                                    "\(later.kind.label.english) (\(Quantity.date(later.date).formatted(.english)))",
                                    "\(earlier.kind.label.english) (\(Quantity.date(earlier.date).formatted(.english)))",
                                ])),
                        message: Self.outOfOrder)
                }
            }
        }

        /// `重大事项“加装电梯”缺少以下环节：居民代表听证`.
        static let missingSteps = MessageTemplate(
            chinese: "重大事项“{measured}”缺少以下环节：{detail}",
            english: "The decision on {measured} lacks these steps: {detail}")
        /// `重大事项“加装电梯”的环节顺序颠倒：“居民代表听证”（2025年3月1日）、“社区党员议事会参与”（2025年3月5日）`.
        static let outOfOrder = MessageTemplate(
            chinese: "重大事项“{measured}”的环节顺序颠倒：{detail}，前者应在后者之后",
            english:
                "The decision on {measured} took its steps out of order: {detail}; the first should follow the second")
    }
}
