extension NAT {
    /// `NAT.dev.probation-start` (shall): probation runs from the day of the branch meeting that
    /// admitted the member, not from the approval.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentProbationStart``.
    ///
    /// Judged for the branch meetings of the audited range: probation is complete on the anniversary of the
    /// meeting (``NAT/Parameters/probationYears``), plus the months of an extension. A decision on full
    /// membership before that day counted probation from the wrong day, or shortened it: a violation.
    /// (The member record's admission must carry the meeting's date; validation refuses one that does
    /// not.)
    public struct ProbationStartRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.probation-start", chinese: "预备期自支部大会通过之日算起", english: "Probation from the branch meeting",
            strength: .shall, clause: Clauses.developmentProbationStart, cadence: .range, from: developmentRules)

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
            for applicant in context.community.applicants where period.holds(applicant.admissionDate) {
                guard let admitted = applicant.admissionDate, let years = probation.value(on: admitted),
                    let end = applicant.probationEnd(years: years), let full = applicant.probation.fullMembership,
                    full < end
                else { continue }
                findings.fail(
                    .applicant(applicant.id), measured: .date(full), required: Requirement(.notEarlierThan, .date(end)),
                    detail: .date(applicant.admissionDate ?? end), message: Self.tooEarly)
            }
        }

        /// `预备党员 A-1 于2026年3月1日转为正式党员，预备期自支部大会通过之日（2025年6月1日）算起，应不早于2026年6月1日`.
        static let tooEarly = MessageTemplate(
            chinese: "预备党员 {subject} 于{measured}转为正式党员，预备期自支部大会通过之日（{detail}）算起，转正应{required}",
            english:
                "Probationary member {subject} was made full on {measured}; probation runs from the branch meeting of {detail}, so {required}"
        )
    }
}
