extension NAT {
    /// `NAT.dev.training` (shall): the development target's short intensive training lasts three days
    /// or more, or twenty-four class hours or more.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentTraining``.
    ///
    /// Judged for the branch meetings of the audited range that admitted a target, each with
    /// ``NAT/Parameters/trainingDays`` and ``NAT/Parameters/trainingClassHours`` in force on its day: a
    /// training ended on or before the meeting's day of either length meets it (不少于: inclusive); none
    /// is a violation, and so is a shorter one. "一般" reads as shall.
    public struct DevelopmentTrainingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.training", chinese: "发展对象集中培训", english: "Intensive training of a development target",
            strength: .shall, clause: Clauses.developmentTraining, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads the least days and class hours.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                days: try parameters.dated(Parameters.trainingDays),
                classHours: try parameters.dated(Parameters.trainingClassHours))
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with least: Bindings, into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.admissionDate) {
                guard let admitted = applicant.admissionDate else { continue }
                guard let leastDays = least.days.value(on: admitted),
                    let leastHours = least.classHours.value(on: admitted)
                else { continue }
                guard let training = applicant.training, training.date <= admitted else {
                    findings.failStep(applicant, measured: .date(admitted), message: Self.untrained)
                    continue
                }
                let longEnough =
                    (training.days.map { $0 >= leastDays } ?? false)
                    || (training.classHours.map { $0 >= leastHours } ?? false)
                if !longEnough {
                    let shown: Quantity =
                        training.days.map(Quantity.days) ?? .count(training.classHours ?? 0, .classHours)
                    findings.fail(
                        .applicant(applicant.id), measured: shown,
                        required: training.days != nil
                            ? Requirement(.noFewerThan, .days(leastDays))
                            : Requirement(.noFewerThan, .count(leastHours, .classHours)),
                        message: Self.tooShort)
                }
            }
        }

        /// `发展对象 A-1 被接收为预备党员（2025年6月1日）前未参加集中培训`.
        static let untrained = MessageTemplate(
            chinese: "发展对象 {subject} 被接收为预备党员（{measured}）前未参加集中培训",
            english: "Applicant {subject} was admitted on {measured} without intensive training")
        /// `发展对象 A-1 的集中培训为 2.5 天，培训时间一般不少于 3 天`.
        static let tooShort = MessageTemplate(
            chinese: "发展对象 {subject} 的集中培训为 {measured}，培训时间一般应{required}",
            english: "Applicant {subject} had {measured} of intensive training; required {required}")

        /// The least training.
        public struct Bindings: Sendable {
            /// The fewest days.
            public var days: DatedFigure<DaysUnit>
            /// The fewest class hours.
            public var classHours: DatedFigure<CountUnit>
        }
    }
}
