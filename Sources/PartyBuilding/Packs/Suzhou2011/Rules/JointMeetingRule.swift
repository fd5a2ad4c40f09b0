extension SZ2011 {
    /// `SZ2011.17.joint-meeting` (shall): a joint Party-building meeting (党建工作联席会议) system exists.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/jointMeeting``.
    ///
    /// The system exists when it meets: at least ``SZ2011/Parameters/jointMeetingsPerYear`` joint
    /// meetings are recorded in each complete year that the community Party organisation lived
    /// through entirely (its quarterly cadence is the street's, `ST.joint-meeting`). A community that
    /// records no meetings at all gets an information finding that it could not be checked.
    public struct JointMeetingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.17.joint-meeting", chinese: "党建工作联席会议制度", english: "Joint Party-building meetings",
            strength: .shall, clause: Clauses.jointMeeting, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .year, atLeast: try parameters[Parameters.jointMeetingsPerYear])
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
            for count in outcome.counts {
                findings.check(
                    .organisation(organisation.id), .count(count, .meetings), .orMore,
                    .count(cadence.minimum, .meetings), message: Self.none)
            }
        }

        /// `2025年召开党建工作联席会议 0 次，应召开 1 次以上`.
        static let none = MessageTemplate(
            chinese: "{period}召开党建工作联席会议 {measured}，应召开 {required}",
            english: "Joint Party-building meetings held in {period}: {measured}; required {required}")
    }
}
