extension NAT {
    /// `NAT.dev.talk` (shall): the Party organisation talks with the applicant within one month of
    /// receiving the application.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentTalk``.
    ///
    /// Judged for the applications of the audited range, each with ``NAT/Parameters/talkMonths`` in
    /// force on its day: the deadline is the application's date plus that many months, the month's end clamped (31 January
    /// plus one month is 28 February, or 29 in a leap year); "一个月内" includes the deadline itself. A
    /// talk after it is a violation; no talk by the audit date, once the deadline has passed, is a
    /// violation too. A talk not yet due is listed by ``DueObligations``. An application of late
    /// December, whose deadline falls in January, is judged by an audit of its year made after the
    /// deadline (`--date 2026-03-31` judging 2025).
    public struct DevelopmentTalkRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.talk", chinese: "一个月内同入党申请人谈话", english: "A talk within a month of the application",
            strength: .shall, clause: Clauses.developmentTalk, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads the months within which the talk is held.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> DatedFigure<CountUnit> {
            try parameters.dated(Parameters.talkMonths)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with months: DatedFigure<CountUnit>,
            into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.applied) {
                guard let months = months.value(on: applicant.applied) else { continue }
                let deadline = applicant.applied.adding(months: months)
                if let talk = applicant.talk {
                    if talk > deadline {
                        findings.failStep(applicant, measured: .date(talk), detail: .date(deadline), message: Self.late)
                    }
                } else if context.date > deadline {
                    findings.failStep(applicant, measured: nil, detail: .date(deadline), message: Self.missing)
                }
            }
        }

        /// `入党申请人 A-1 的谈话于2025年3月10日进行，晚于2025年2月28日的期限（收到入党申请书后应当在一个月内派人谈话）`.
        static let late = MessageTemplate(
            chinese: "入党申请人 {subject} 的谈话于{measured}进行，晚于{detail}的期限（收到入党申请书后应当在一个月内派人谈话）",
            english:
                "The talk with applicant {subject} was on {measured}, after the deadline of {detail} (within a month of the application)"
        )
        /// `入党申请人 A-1 的谈话期限已于2025年2月28日届满，尚未派人谈话`.
        static let missing = MessageTemplate(
            chinese: "入党申请人 {subject} 的谈话期限已于{detail}届满，尚未派人谈话",
            english: "The deadline of {detail} for the talk with applicant {subject} has passed without a talk")
    }
}
