extension NAT {
    /// `NAT.dev.oath` (must): a probationary member takes the oath before the Party flag.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentOath``.
    ///
    /// The oath is outstanding from the approval until taken, and listed by ``DueObligations`` until
    /// then. Made full without an oath is a violation, judged when the full membership falls in the
    /// audited range; the probation complete (the anniversary of the branch meeting plus an extension)
    /// without an oath or a decision is a violation too, judged when the day after, the first day it
    /// is overdue, falls in the range. The 细则 states no figure for when the oath is due (a 2026 revision is reported to
    /// ask for it within about a month of the approval; not confirmed, so not encoded).
    public struct OathRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.oath", chinese: "入党宣誓", english: "The oath", strength: .must, clause: Clauses.developmentOath,
            cadence: .range, from: developmentRules)

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
            for applicant in context.community.applicants {
                guard let approval = applicant.approval, approval.approved, applicant.oath == nil,
                    applicant.probation.disqualified == nil,
                    let years = applicant.admissionDate.flatMap(probation.value(on:)),
                    let end = applicant.probationEnd(years: years)
                else { continue }
                if let full = applicant.probation.fullMembership {
                    if period.contains(full) {
                        findings.failStep(applicant, measured: .date(full), message: Self.madeFullWithoutOath)
                    }
                } else if let overdue = end.adding(days: 1), period.contains(overdue),
                    context.date > end
                {
                    findings.failStep(applicant, measured: nil, detail: .date(end), message: Self.notTaken)
                }
            }
        }

        /// `预备党员 A-1 于2026年6月1日转为正式党员，此前未进行入党宣誓`.
        static let madeFullWithoutOath = MessageTemplate(
            chinese: "预备党员 {subject} 于{measured}转为正式党员，此前未面向党旗进行入党宣誓",
            english: "Member {subject} was made full on {measured} without having taken the oath")
        /// `预备党员 A-1 的预备期已于2026年6月1日期满，仍未进行入党宣誓`.
        static let notTaken = MessageTemplate(
            chinese: "预备党员 {subject} 的预备期已于{detail}期满，仍未面向党旗进行入党宣誓",
            english: "The probation of {subject} ended on {detail} without the oath being taken")
    }
}
