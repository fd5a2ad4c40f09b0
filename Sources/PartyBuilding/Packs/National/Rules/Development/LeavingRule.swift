extension NAT {
    /// `NAT.dev.leaving` (in principle): a development target who will leave the unit where they work
    /// or study within three months is generally not admitted.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentLeaving``.
    ///
    /// Judged for the branch meetings of the audited range that admitted a target, each with
    /// ``NAT/Parameters/leavingMonths`` in force on its day: a recorded departure (``Applicant/leavingOn``) on
    /// or after the meeting's day and no later than that many months after it (三个月内: inclusive) is a
    /// violation, or a note when an exception with its reason and approver is recorded ("一般": in
    /// principle). A target whose departure is not recorded is not judged.
    public struct LeavingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.leaving", chinese: "三个月内将离开单位的发展对象", english: "A target about to leave",
            strength: .inPrinciple, clause: Clauses.developmentLeaving, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads the months before leaving within which no one is admitted.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> DatedFigure<CountUnit> {
            try parameters.dated(Parameters.leavingMonths)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with months: DatedFigure<CountUnit>,
            into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.admissionDate) {
                guard let admitted = applicant.admissionDate, let leaving = applicant.leavingOn,
                    let months = months.value(on: admitted),
                    admitted <= leaving, leaving <= admitted.adding(months: months)
                else { continue }
                findings.failStep(applicant, measured: .date(leaving), detail: .date(admitted), message: Self.leaving)
            }
        }

        /// `发展对象 A-1 于2025年6月1日被接收为预备党员，将于2025年8月1日离开工作、学习单位（三个月内将离开的，一般不办理接收手续）`.
        static let leaving = MessageTemplate(
            chinese: "发展对象 {subject} 于{detail}被接收为预备党员，将于{measured}离开工作、学习单位（未来三个月内将离开的，一般不办理接收预备党员的手续）",
            english:
                "Applicant {subject} was admitted on {detail} though leaving the unit on {measured}, within three months"
        )
    }
}
