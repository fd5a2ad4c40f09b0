extension NAT {
    /// `NAT.dev.min-age` (shall): the applicant is eighteen or older (年满十八岁) on the day of the
    /// application.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentMinimumAge``.
    ///
    /// Judged for the applications of the audited range, each with ``NAT/Parameters/minimumAge`` in
    /// force on its day: the age in full years on the application's date (the eighteenth birthday counts). An applicant whose
    /// birth date is not recorded cannot be checked.
    public struct DevelopmentMinimumAgeRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.min-age", chinese: "入党申请人年龄", english: "Applicant's age", strength: .shall,
            clause: Clauses.developmentMinimumAge, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads the least age.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> DatedFigure<YearsUnit> {
            try parameters.dated(Parameters.minimumAge)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with minimum: DatedFigure<YearsUnit>,
            into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.applied) {
                guard let least = minimum.value(on: applicant.applied) else { continue }
                guard let born = applicant.birthDate else {
                    findings.inform(.applicant(applicant.id), measured: nil, message: Self.notRecorded)
                    continue
                }
                findings.check(
                    .applicant(applicant.id), .age(born.fullYears(until: applicant.applied)), .orMore, .age(least),
                    detail: .date(applicant.applied), message: Self.tooYoung)
            }
        }

        /// `入党申请人 A-1 于2025年3月1日提出入党申请时为 17 岁，申请入党须年满十八岁（18 岁以上）`.
        static let tooYoung = MessageTemplate(
            chinese: "入党申请人 {subject} 于{detail}提出入党申请时为 {measured}，申请入党须年满十八岁（{required}）",
            english: "Applicant {subject} was {measured} on applying on {detail}; an applicant must be {required}")
        /// `入党申请人 A-1 未记录出生日期，无法核查年龄`.
        static let notRecorded = MessageTemplate(
            chinese: "入党申请人 {subject} 未记录出生日期，无法核查年龄",
            english: "Applicant {subject} records no birth date; the age cannot be checked")
    }
}
