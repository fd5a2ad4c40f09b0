extension NAT {
    /// `NAT.meetings.general` (shall): a general meeting of members (党员大会) at least once a quarter.
    ///
    /// The clause, quoted once: ``NAT/Clauses/meetingsGeneral``. "一般" is read as shall.
    ///
    /// Judged for each complete year, quarter by quarter, for every branch-level organisation
    /// (``Community/branchLevelOrganisations``); only quarters the organisation lived through entirely
    /// are judged (``CadenceCheck``), and the finding lists the quarters missed.
    public struct GeneralMeetingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.meetings.general", chinese: "党员大会每季度召开", english: "A general meeting of members every quarter",
            strength: .shall, clause: Clauses.meetingsGeneral, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .quarter, atLeast: try parameters[Parameters.generalMeetingsPerQuarter])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            MeetingCadence.check(
                context, kind: .general, cadence: cadence, organisations: context.community.branchLevelOrganisations,
                in: period, message: Self.missed, into: &findings)
        }

        /// `2025年召开党员大会的季度为 3 个季度，应不少于 4 个季度；未召开的季度：2025年第二季度`.
        static let missed = MessageTemplate(
            chinese: "{period}召开党员大会的季度为 {measured}，应{required}；未召开的季度：{detail}",
            english:
                "General meetings of members were held in {measured} of {period}; required {required}; missed: {detail}"
        )
    }
}
