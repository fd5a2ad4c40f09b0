extension NAT {
    /// `NAT.dev.extension` (must): probation may be extended once, by six months or more and by a year
    /// at most.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentExtension``.
    ///
    /// Judged for the extensions of the audited range, each with ``NAT/Parameters/extensionMinimumMonths``,
    /// ``NAT/Parameters/extensionMaximumMonths`` and ``NAT/Parameters/extensionsAllowed`` in force on its
    /// day:
    /// an extension of fewer than 6 or more than 12 months is a violation (不能少于半年, 最长不超过一年:
    /// both inclusive); so is a second extension in the member record's events.
    public struct ExtensionRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.extension", chinese: "延长预备期", english: "Extension of probation", strength: .must,
            clause: Clauses.developmentExtension, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads the allowed extension.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                minimumMonths: try parameters.dated(Parameters.extensionMinimumMonths),
                maximumMonths: try parameters.dated(Parameters.extensionMaximumMonths),
                allowed: try parameters.dated(Parameters.extensionsAllowed))
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with allowed: Bindings,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            for applicant in community.applicants where period.holds(applicant.probation.extended?.date) {
                guard let extended = applicant.probation.extended,
                    let minimum = allowed.minimumMonths.value(on: extended.date),
                    let maximum = allowed.maximumMonths.value(on: extended.date),
                    let most = allowed.allowed.value(on: extended.date)
                else { continue }
                findings.check(
                    .applicant(applicant.id), .count(extended.months, .months),
                    between: .count(minimum, .months), and: .count(maximum, .months),
                    message: Self.length)
                guard let memberID = applicant.memberID,
                    let member = community.members.first(where: { $0.id == memberID })
                else { continue }
                var extensions = 0
                for event in member.events {
                    if case .probationExtended = event.kind { extensions += 1 }
                }
                findings.check(
                    .applicant(applicant.id), .count(extensions, .extensions), .orLess,
                    .count(most, .extensions),
                    message: Self.tooMany)
            }
        }

        /// `预备党员 A-1 的预备期延长 3 个月，延长时间应在 6–12 个月之间`.
        static let length = MessageTemplate(
            chinese: "预备党员 {subject} 的预备期延长 {measured}，延长时间不能少于半年，最长不超过一年（{required}）",
            english: "The probation of {subject} was extended by {measured}; an extension lasts {required}")
        /// `预备党员 A-1 的预备期延长了 2 次，只可以延长一次`.
        static let tooMany = MessageTemplate(
            chinese: "预备党员 {subject} 的预备期延长了 {measured}，只可以延长一次预备期",
            english: "The probation of {subject} was extended {measured}; it may be extended once")

        /// The allowed extension.
        public struct Bindings: Sendable {
            /// The fewest months.
            public var minimumMonths: DatedFigure<CountUnit>
            /// The most months.
            public var maximumMonths: DatedFigure<CountUnit>
            /// The most extensions.
            public var allowed: DatedFigure<CountUnit>
        }
    }
}
