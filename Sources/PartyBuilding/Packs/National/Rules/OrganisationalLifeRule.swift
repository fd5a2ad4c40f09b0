extension NAT {
    /// `NAT.meetings.life` (shall): at least one organisational-life meeting (组织生活会) a year,
    /// normally in the fourth quarter.
    ///
    /// The clause, quoted once: ``NAT/Clauses/meetingsLife``.
    ///
    /// Judged for each complete year the organisation lived through, for every branch-level
    /// organisation: no meeting in the year is a violation. "一般安排在第四季度" states the usual time,
    /// not an obligation: a year whose meetings were all held outside the fourth quarter
    /// (``NAT/Parameters/lifeMeetingQuarter``) gets an information finding, never a violation.
    public struct OrganisationalLifeRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.meetings.life", chinese: "每年召开组织生活会", english: "An organisational-life meeting every year",
            strength: .shall, clause: Clauses.meetingsLife, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// The yearly cadence and the quarter the meeting is normally held in.
        public struct Bindings: Sendable {
            /// The yearly cadence.
            public var cadence: CadenceCheck
            /// The quarter (1–4) the meeting is normally held in.
            public var usualQuarter: Int
        }

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                cadence: CadenceCheck(every: .year, atLeast: try parameters[Parameters.lifeMeetingsPerYear]),
                usualQuarter: try parameters[Parameters.lifeMeetingQuarter])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Bindings,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            let organisations = community.branchLevelOrganisations
            MeetingCadence.check(
                context, kind: .organisationalLife, cadence: bindings.cadence, organisations: organisations,
                in: period, message: Self.missed, into: &findings)
            for organisation in organisations {
                for year in bindings.cadence.units(of: period, lifetime: organisation.lifetime) {
                    let dates = community.meetingDates(of: .organisationalLife, by: organisation.id)
                        .filter { year.contains($0) }
                    guard !dates.isEmpty, !dates.contains(where: { $0.quarter == bindings.usualQuarter }) else {
                        continue
                    }
                    findings.inform(
                        .organisation(organisation.id), measured: .count(dates.count, .meetings),
                        detail: .label(Self.quarterLabel(bindings.usualQuarter)), message: Self.outsideUsualQuarter)
                }
            }
        }

        /// The usual quarter as a label: `第四季度` / `the fourth quarter`.
        private static func quarterLabel(_ quarter: Int) -> Quantity.Label {
            let chinese = ["一", "二", "三", "四"]
            let english = ["first", "second", "third", "fourth"]
            let index = min(max(quarter, 1), 4) - 1
            return Quantity.Label(
                code: "Q\(quarter)", chinese: "第\(chinese[index])季度", english: "the \(english[index]) quarter")
        }

        /// `2025年召开组织生活会的年份为 0 年，应不少于 1 年；未召开的年份：2025年`.
        static let missed = MessageTemplate(
            chinese: "{period}未召开组织生活会（召开的年份为 {measured}，应{required}）；未召开的年份：{detail}",
            english:
                "No organisational-life meeting was held in {period} ({measured} met, required {required}); missed: {detail}"
        )

        /// `2025年召开组织生活会 1 次，均未安排在第四季度`.
        static let outsideUsualQuarter = MessageTemplate(
            chinese: "{period}召开组织生活会 {measured}，均未安排在{detail}（一般安排在{detail}）",
            english: "The {measured} of {period} were all held outside {detail}, when they are normally held")
    }
}
