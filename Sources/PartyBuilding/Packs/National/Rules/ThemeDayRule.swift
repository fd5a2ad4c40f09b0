extension NAT {
    /// `NAT.meetings.theme-day` (shall): a theme day (主题党日) every month.
    ///
    /// The clause, quoted once: ``NAT/Clauses/meetingsThemeDay``.
    ///
    /// Judged for each complete year, month by month, for every branch-level organisation
    /// (``Community/branchLevelOrganisations``); the finding lists the months without a theme day.
    /// "相对固定" (relatively fixed) is not a fixed date: the wording allows the day to move, so the rule
    /// checks that every month has its theme day and does not judge which day of the month it fell on.
    public struct ThemeDayRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.meetings.theme-day", chinese: "每月主题党日", english: "A theme day every month", strength: .shall,
            clause: Clauses.meetingsThemeDay, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .month, atLeast: try parameters[Parameters.themeDaysPerMonth])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            MeetingCadence.check(
                context, kind: .themeDay, cadence: cadence, organisations: context.community.branchLevelOrganisations,
                in: period, message: Self.missed, into: &findings)
        }

        /// `2025年开展主题党日的月份为 11 个月，应不少于 12 个月；未开展的月份：2025年12月`.
        static let missed = MessageTemplate(
            chinese: "{period}开展主题党日的月份为 {measured}，应{required}；未开展的月份：{detail}",
            english: "Theme days were held in {measured} of {period}; required {required}; missed: {detail}")
    }
}
