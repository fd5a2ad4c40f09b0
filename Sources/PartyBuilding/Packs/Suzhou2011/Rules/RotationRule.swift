extension SZ2011 {
    /// `SZ2011.7.rotation` (shall): every worker is trained at least once in every three years.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/rotation``.
    ///
    /// A worker fails when no training started in the three years up to the audit date
    /// (on or after the same day three years before: 以内, inclusive). A worker who started community work
    /// less than three years before is not yet due.
    public struct RotationRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.7.rotation", chinese: "三年轮训一遍", english: "Every worker trained every three years",
            strength: .shall, clause: Clauses.rotation, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.rotationYears]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with years: Int, into findings: inout FindingCollector
        ) {
            let windowStart = context.date.adding(years: -years)
            for worker in context.community.workers {
                if let started = worker.startedOn, started > windowStart { continue }
                var latest: CalendarDate?
                for training in worker.trainings where training.startDate <= context.date {
                    if latest.map({ training.startDate > $0 }) ?? true { latest = training.startDate }
                }
                if let latest, latest >= windowStart { continue }
                findings.fail(
                    .worker(worker.id), measured: latest.map(Quantity.date),
                    required: Requirement(.notEarlierThan, .date(windowStart)), detail: .years(years),
                    message: latest == nil ? Self.neverTrained : Self.notRotated)
            }
        }

        /// `社区工作者 W-01 没有培训记录；每 3 年应轮训一遍，最近一次培训应不早于2022年12月31日`.
        static let neverTrained = MessageTemplate(
            chinese: "社区工作者 {subject} 没有培训记录；每 {detail}应轮训一遍，最近一次培训应{required}",
            english:
                "Worker {subject} has no training on record; workers are trained once every {detail}, so the last training should be {required}"
        )
        /// `社区工作者 W-01 最近一次培训在2021年9月1日，已超过 3 年未轮训；最近一次培训应不早于2022年12月31日`.
        static let notRotated = MessageTemplate(
            chinese: "社区工作者 {subject} 最近一次培训在{measured}，已超过 {detail}未轮训；最近一次培训应{required}",
            english:
                "Worker {subject} was last trained on {measured}, more than {detail} ago; the last training should be {required}"
        )
    }
}
