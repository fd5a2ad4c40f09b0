extension ST {
    /// `ST.joint-meeting` (shall): the community holds a joint Party-building meeting (党建联席会)
    /// every quarter.
    ///
    /// The clause, quoted once: ``ST/Clauses/jointMeeting``.
    ///
    /// Judged for each complete year, quarter by quarter, over the quarters the community Party
    /// organisation (``Community/communityOrganisation``) lived through entirely; the finding lists the
    /// quarters missed. A community that records no meetings at all gets an information finding.
    public struct QuarterlyJointMeetingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "ST.joint-meeting",
            title: LocalizedText(chinese: "每季度召开党建联席会", english: "A joint Party-building meeting every quarter"),
            strength: .shall, citation: Clauses.jointMeeting, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .quarter, atLeast: try parameters[Parameters.jointMeetingsPerQuarter])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            guard
                let (organisation, outcome) = MeetingCadence.communityOutcome(
                    context, kind: .jointMeeting, cadence: cadence, in: period, into: &findings)
            else { return }
            findings.check(.organisation(organisation.id), outcome, of: cadence, message: Self.missed)
        }

        /// `2025年召开党建联席会的季度为 3 个季度，应不少于 4 个季度；未召开的季度：2025年第四季度`.
        static let missed = MessageTemplate(
            chinese: "{period}召开党建联席会的季度为 {measured}，应{required}；未召开的季度：{detail}",
            english:
                "Joint Party-building meetings were held in {measured} of {period}; required {required}; missed: {detail}"
        )
    }
}
