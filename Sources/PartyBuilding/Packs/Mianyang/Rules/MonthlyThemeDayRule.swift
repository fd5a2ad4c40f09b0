extension MY {
    /// `MY.theme-day` (must): the theme day (主题党日) is held strictly, every month.
    ///
    /// The clause, quoted once: ``MY/Clauses/themeDay``. "嚴格落實" is must.
    ///
    /// Judged as `NAT.meetings.theme-day` is, for each complete year month by month over every
    /// branch-level organisation (``Community/branchLevelOrganisations``), its finding standing on
    /// its own and citing this document. A community that records no meetings at all gets an
    /// information finding.
    public struct MonthlyThemeDayRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "MY.theme-day", title: LocalizedText(chinese: "严格落实主题党日", english: "The monthly theme day, strictly"),
            strength: .must, citation: Clauses.themeDay, cadence: .yearly)

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
            let community = context.community
            let organisations = community.branchLevelOrganisations
            guard !organisations.isEmpty else { return }
            guard MeetingCadence.hasRecords(context, into: &findings) else { return }
            for organisation in organisations {
                let outcome = cadence.check(
                    community.meetingDates(of: .themeDay, by: organisation.id), over: period,
                    lifetime: organisation.lifetime)
                findings.check(.organisation(organisation.id), outcome, of: cadence, message: Self.missed)
            }
        }

        /// `2025年开展主题党日的月份为 11 个月，应不少于 12 个月；未开展的月份：2025年12月`.
        static let missed = MessageTemplate(
            chinese: "{period}开展主题党日的月份为 {measured}，应{required}；未开展的月份：{detail}",
            english: "Theme days were held in {measured} of {period}; required {required}; missed: {detail}")
    }
}
