extension SZ2011 {
    /// `SZ2011.7.degree` (encouraged): workers aged 40 or under without a bachelor's degree study for one.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/degree``.
    ///
    /// 以下 includes its number: a worker of 40 full years (周岁) is advised, one of 41 is not.
    public struct DegreeRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.7.degree", chinese: "鼓励本科以上学历教育", english: "Degree study encouraged for workers aged 40 or under",
            strength: .encouraged, clause: Clauses.degree,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.degreeMaxAge]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with maxAge: Int, into findings: inout FindingCollector
        ) {
            for worker in context.community.workers where worker.education < .bachelor && !worker.isStudyingForDegree {
                let age = worker.age(on: context.date)
                guard Bound.orLess.admits(age, maxAge) else { continue }
                findings.fail(
                    .worker(worker.id), measured: .label(worker.education.label),
                    required: Requirement(.orMore, .label(Education.bachelor.label)), detail: .age(age),
                    message: Self.studyEncouraged)
            }
        }

        /// `社区工作者 W-01（32 岁）学历为大专，鼓励参加本科以上学历教育`.
        static let studyEncouraged = MessageTemplate(
            chinese: "社区工作者 {subject}（{detail}）学历为{measured}，鼓励参加本科以上学历教育",
            english:
                "Worker {subject} ({detail}), highest education: {measured}; studying for a bachelor's degree or higher is encouraged"
        )
    }
}
