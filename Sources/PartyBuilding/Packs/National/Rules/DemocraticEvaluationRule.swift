extension NAT {
    /// `NAT.meetings.evaluation` (shall): a democratic evaluation of members (民主评议党员) every year.
    ///
    /// The clause, quoted once: ``NAT/Clauses/meetingsEvaluation``. "一般" is read as shall.
    ///
    /// Judged for each complete year the organisation lived through entirely, for every branch-level
    /// organisation (``Community/branchLevelOrganisations``).
    public struct DemocraticEvaluationRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.meetings.evaluation", chinese: "每年民主评议党员", english: "A democratic evaluation of members every year",
            strength: .shall, clause: Clauses.meetingsEvaluation, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .year, atLeast: try parameters[Parameters.evaluationsPerYear])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            MeetingCadence.check(
                context, kind: .democraticEvaluation, cadence: cadence,
                organisations: context.community.branchLevelOrganisations, in: period, message: Self.missed,
                into: &findings)
        }

        /// `2025年未开展民主评议党员（开展的年份为 0 年，应不少于 1 年）；未开展的年份：2025年`.
        static let missed = MessageTemplate(
            chinese: "{period}未开展民主评议党员（开展的年份为 {measured}，应{required}）；未开展的年份：{detail}",
            english:
                "No democratic evaluation of members was held in {period} ({measured} met, required {required}); missed: {detail}"
        )
    }
}
