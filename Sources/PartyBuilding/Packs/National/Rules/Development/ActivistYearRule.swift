extension NAT {
    /// `NAT.dev.activist-year` (shall): an activist becomes a development target only after a year or
    /// more (一年以上: inclusive) of training and examination, with the branch committee's discussion and
    /// the filing with the higher committee.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentActivistYear``.
    ///
    /// Judged for the designations as a target in the audited range, each with
    /// ``NAT/Parameters/activistYears`` in force on its day: a target never designated an activist, or designated before the anniversary of the
    /// activist designation (the anniversary itself is a year: 一年以上), is a violation. A target whose
    /// filing with the higher committee is not recorded cannot be checked on the filing.
    public struct ActivistYearRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.activist-year", chinese: "积极分子培养一年以上", english: "A year as an activist",
            strength: .shall, clause: Clauses.developmentActivistYear, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads the years of an activist's training.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> DatedFigure<YearsUnit> {
            try parameters.dated(Parameters.activistYears)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with years: DatedFigure<YearsUnit>,
            into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.target?.date) {
                guard let target = applicant.target, let years = years.value(on: target.date) else { continue }
                guard let activist = applicant.activist else {
                    findings.failStep(applicant, measured: .date(target.date), message: Self.neverActivist)
                    continue
                }
                let earliest = activist.date.adding(years: years)
                findings.check(
                    .applicant(applicant.id), .date(target.date), .notEarlierThan, .date(earliest),
                    detail: .date(activist.date), message: Self.tooSoon)
                if target.filedOn == nil {
                    findings.inform(.applicant(applicant.id), measured: nil, message: Self.filingUnrecorded)
                }
            }
        }

        /// `发展对象 A-1 于2025年2月1日确定，距确定为入党积极分子（2024年3月1日）不满一年（应不早于2025年3月1日）`.
        static let tooSoon = MessageTemplate(
            chinese: "发展对象 {subject} 于{measured}确定，距确定为入党积极分子（{detail}）不满一年（应{required}）",
            english:
                "Applicant {subject} became a development target on {measured}, less than a year after becoming an activist on {detail} (required {required})"
        )
        /// `发展对象 A-1 于2025年2月1日确定，此前未被确定为入党积极分子`.
        static let neverActivist = MessageTemplate(
            chinese: "发展对象 {subject} 于{measured}确定，此前未被确定为入党积极分子",
            english: "Applicant {subject} became a development target on {measured} without having been an activist")
        /// `发展对象 A-1 未记录报上级党委备案，无法核查备案`.
        static let filingUnrecorded = MessageTemplate(
            chinese: "发展对象 {subject} 未记录报上级党委备案的日期，无法核查备案",
            english:
                "No filing with the higher committee is recorded for target {subject}; the filing cannot be checked")
    }
}
