extension DG {
    /// `DG.weekly-meeting` (local practice, read as encouraged): the branch holds a meeting of all its
    /// members (全体成员会) at least once a week.
    ///
    /// The clause, quoted once: ``DG/Clauses/weeklyMeeting``.
    ///
    /// **Severity.** The text describes what one community does ("坚持"), not what it is held to, so a
    /// missed week is an advisory, never a violation: the strength is ``NormativeStrength/encouraged``.
    /// Judged for each complete year over the whole weeks (Monday to Sunday) the community Party
    /// organisation lived through; meetings of kind ``Meeting/Kind/dongguanWeeklyFullMeeting`` count,
    /// and the finding lists the weeks missed. A community that records no meetings at all gets an
    /// information finding.
    public struct WeeklyMeetingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "DG.weekly-meeting",
            title: LocalizedText(chinese: "每周召开全体成员会", english: "A meeting of all members every week"),
            strength: .encouraged, citation: Clauses.weeklyMeeting, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .week, atLeast: try parameters[Parameters.fullMeetingsPerWeek])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            guard
                let (organisation, outcome) = MeetingCadence.communityOutcome(
                    context, kind: .dongguanWeeklyFullMeeting, cadence: cadence, in: period, into: &findings)
            else { return }
            findings.check(.organisation(organisation.id), outcome, of: cadence, message: Self.missed)
        }

        /// `2025年召开全体成员会的周为 50 周，应不少于 52 周；未召开的周：…`.
        static let missed = MessageTemplate(
            chinese: "{period}召开全体成员会的周为 {measured}，应{required}；未召开的周：{detail}",
            english:
                "Meetings of all members were held in {measured} of {period}; required {required}; missed: {detail}")
    }
}
