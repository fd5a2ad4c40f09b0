extension SZ2011 {
    /// The yearly centralised training a worker needs (SZ2011 art. 7): at least `trainings` centralised
    /// trainings run at `minimumLevel` or higher, starting in the year, totalling at least `days`.
    public struct CentralisedTrainingRequirement: Sendable, Hashable {
        /// The lowest level of the body running a training that counts.
        public var minimumLevel: Training.Level
        /// The fewest trainings (每年至少参加一次: 1).
        public var trainings: Int
        /// The fewest days in total (不少于).
        public var days: Days

        /// What a worker attended that counts towards the requirement in a period: the centralised
        /// trainings at the level or higher that started in it.
        public func attended(by worker: CommunityWorker, in period: Period) -> (count: Int, days: Days) {
            var count = 0
            var total = Days.zero
            for training in worker.trainings
            where training.isCentralised && training.level >= minimumLevel && period.contains(training.startDate) {
                count += 1
                total += training.days
            }
            return (count, total)
        }

        /// Checks the workers that `applies` selects and reports each shortfall: the count of
        /// trainings when it falls short, otherwise the days.
        func check(
            _ context: CommunityContext, in period: Period, into findings: inout FindingCollector,
            applies: (CommunityWorker) -> Bool
        ) {
            for worker in context.community.workers where applies(worker) {
                if let started = worker.startedOn, started > period.start { continue }
                let attended = attended(by: worker, in: period)
                let level = Quantity.label(minimumLevel.label)
                if findings.check(
                    .worker(worker.id), .count(attended.count, .trainings), .orMore, .count(trainings, .trainings),
                    detail: level, message: Self.tooFewTrainings)
                {
                    findings.check(
                        .worker(worker.id), .days(attended.days), .noFewerThan, .days(days), detail: level,
                        message: Self.tooFewDays)
                }
            }
        }

        /// `2025年，社区工作者 W-01 参加县级市、区或以上的集中培训 0 次，应参加 1 次以上`.
        static let tooFewTrainings = MessageTemplate(
            chinese: "{period}，社区工作者 {subject} 参加{detail}或以上的集中培训 {measured}，应参加 {required}",
            english:
                "In {period}, worker {subject} attended {measured} (centralised, at {detail} level or higher); the worker should attend {required} a year"
        )
        /// `2025年，社区工作者 W-01 参加县级市、区或以上的集中培训累计 6.5 天，应不少于 7 天`.
        static let tooFewDays = MessageTemplate(
            chinese: "{period}，社区工作者 {subject} 参加{detail}或以上的集中培训累计 {measured}，应{required}",
            english:
                "In {period}, worker {subject} had {measured} of centralised training at {detail} level or higher; the total should be {required}"
        )
    }
}
