extension NAT {
    /// `NAT.dev.political-review` (must): no admission without a passed political review.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentPoliticalReview``.
    ///
    /// Judged for the branch meetings of the audited range that admitted an applicant: a political review
    /// concluded on or before the meeting's day and passed is required; none, a later one, or one
    /// failed is a violation.
    public struct PoliticalReviewRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.political-review", chinese: "政治审查合格", english: "A passed political review", strength: .must,
            clause: Clauses.developmentPoliticalReview, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.admissionDate) {
                guard let admitted = applicant.admissionDate else { continue }
                guard let review = applicant.politicalReview, review.date <= admitted else {
                    findings.failStep(applicant, measured: .date(admitted), message: Self.notReviewed)
                    continue
                }
                if !review.passed {
                    findings.failStep(
                        applicant, measured: .date(admitted), detail: .date(review.date), message: Self.failed)
                }
            }
        }

        /// `发展对象 A-1 于2025年6月1日被接收为预备党员，此前未经政治审查`.
        static let notReviewed = MessageTemplate(
            chinese: "发展对象 {subject} 于{measured}被接收为预备党员，此前未经政治审查（未经政治审查的，不能发展入党）",
            english: "Applicant {subject} was admitted on {measured} without a political review before it")
        /// `发展对象 A-1 于2025年6月1日被接收为预备党员，但政治审查（2025年5月1日）不合格`.
        static let failed = MessageTemplate(
            chinese: "发展对象 {subject} 于{measured}被接收为预备党员，但其政治审查（{detail}）不合格",
            english:
                "Applicant {subject} was admitted on {measured} although the political review of {detail} was not passed"
        )
    }
}
