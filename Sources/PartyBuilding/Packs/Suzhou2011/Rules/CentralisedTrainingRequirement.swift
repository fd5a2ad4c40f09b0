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

        /// What a worker attended that counts towards the requirement in a year, up to a date.
        public func attended(by worker: CommunityWorker, in year: Int, upTo date: CalendarDate) -> (
            count: Int, days: Days
        ) {
            var count = 0
            var total = Days.zero
            for training in worker.trainings
            where training.isCentralised && training.level >= minimumLevel && training.startDate.year == year
                && training.startDate <= date
            {
                count += 1
                total += training.days
            }
            return (count, total)
        }

        /// Checks the workers that `applies` selects and reports each shortfall: the count of
        /// trainings when it falls short, otherwise the days.
        func check(
            _ context: CommunityContext, into findings: inout FindingCollector, applies: (CommunityWorker) -> Bool
        ) {
            let yearStart = CalendarDate.startOf(year: context.year)
            for worker in context.community.workers where applies(worker) {
                if let started = worker.startedOn, started > yearStart { continue }
                let attended = attended(by: worker, in: context.year, upTo: context.date)
                if !Bound.orMore.admits(attended.count, trainings) {
                    findings.fail(
                        .worker(worker.id), measured: .count(attended.count),
                        required: Requirement(.orMore, .count(trainings)), detail: .label(minimumLevel.label),
                        message: Self.tooFewTrainings)
                } else if !Bound.notLessThan.admits(attended.days, days) {
                    findings.fail(
                        .worker(worker.id), measured: .days(attended.days),
                        required: Requirement(.notLessThan, .days(days)),
                        detail: .label(minimumLevel.label), message: Self.tooFewDays)
                }
            }
        }

        static let tooFewTrainings = MessageTemplate(
            chinese: "社区工作者 {subject} 审核年度参加{detail}或以上集中培训 {measured} 次，应{required}",
            english:
                "Worker {subject} attended {measured} centralised trainings at {detail} level or higher in the year audited; required {required}"
        )
        static let tooFewDays = MessageTemplate(
            chinese: "社区工作者 {subject} 审核年度{detail}或以上集中培训累计 {measured}，应{required}",
            english:
                "Worker {subject} had {measured} of centralised training at {detail} level or higher in the year audited; required {required}"
        )
    }
}
