extension NAT {
    /// `NAT.dev.full-membership` (shall): at the end of probation the branch discusses full membership
    /// promptly.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentFullMembership``.
    ///
    /// Probation is complete on the anniversary of the branch meeting plus an extension's months (as
    /// `NAT.probation` counts it, with ``NAT/Parameters/probationYears`` in force on the meeting's
    /// day); the decision is overdue from the day after. Judged when that first overdue day falls in
    /// the audited range, the period the obligation belongs to: when the audit date has reached
    /// it and neither full membership nor disqualification is decided, a violation. ("及时" names no figure, so a decision taken after the day is
    /// not judged late.) `NAT.probation` judges member records the same way; this rule judges the
    /// pipeline, including those admitted whose member record is not yet kept.
    public struct FullMembershipRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.full-membership", chinese: "预备期满及时讨论转正",
            english: "Full membership discussed at the end of probation",
            strength: .shall, clause: Clauses.developmentFullMembership, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads the probation in years.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> DatedFigure<YearsUnit> {
            try parameters.dated(Parameters.probationYears)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with probation: DatedFigure<YearsUnit>,
            into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants
            where period.holds(applicant.firstDayOverdue(under: probation)) {
                guard let years = applicant.admissionDate.flatMap(probation.value(on:)) else { continue }
                guard let end = applicant.probationEnd(years: years), context.date > end,
                    applicant.probation.fullMembership == nil, applicant.probation.disqualified == nil
                else { continue }
                findings.failStep(applicant, measured: nil, detail: .date(end), message: Self.overdue)
            }
        }

        /// `预备党员 A-1 的预备期已于2026年6月1日期满，党支部尚未讨论其能否转为正式党员`.
        static let overdue = MessageTemplate(
            chinese: "预备党员 {subject} 的预备期已于{detail}期满，党支部尚未讨论其能否转为正式党员",
            english: "The probation of {subject} ended on {detail}; the branch has not yet decided on full membership")
    }
}
