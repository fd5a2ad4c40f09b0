extension SZ2011 {
    /// `SZ2011.11.reception-day` (shall): the secretary receives visitors on one fixed day every week.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/receptionDay``.
    ///
    /// Judged for each complete year, over every whole week (Monday to Sunday) of the year that the
    /// community Party organisation lived through entirely (``CadenceCheck``): a week without a
    /// reception day is listed as missed; and the reception days of those weeks must fall on one
    /// weekday (每周固定一天), or the weekdays used are listed. A community that records no reception day
    /// at all gets an information finding that the rule could not be checked.
    public struct ReceptionDayRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.11.reception-day", chinese: "书记每周固定一天接待群众来访",
            english: "The secretary's weekly reception day", strength: .shall, clause: Clauses.receptionDay,
            cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .week, atLeast: try parameters[Parameters.receptionDaysPerWeek])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            guard let organisation = community.communityOrganisation else { return }
            guard !community.receptionDays.isEmpty else {
                findings.inform(.community(context.id), measured: nil, message: Self.noRecords)
                return
            }
            let dates = community.receptionDays.map(\.date)
            let outcome = cadence.check(dates, over: period, lifetime: organisation.lifetime)
            guard let first = outcome.judged.first, let last = outcome.judged.last else { return }
            let subject = Subject.organisation(organisation.id)
            findings.check(subject, outcome, of: cadence, message: Self.missedWeeks)
            var used = [Bool](repeating: false, count: 7)
            for date in dates where first.start <= date && date <= last.end {
                used[Self.weekday(of: date)] = true
            }
            let weekdays = used.indices.filter { used[$0] }
            guard weekdays.count > 1 else { return }
            findings.fail(
                subject, measured: .count(weekdays.count, .weekdays),
                required: Requirement(.exactly, .count(1, .weekdays)),
                detail: .label(Self.label(weekdays)), message: Self.notFixed)
        }

        /// The day of the week, 0 for Monday through 6 for Sunday (0001-01-01 was a Monday).
        static func weekday(of date: CalendarDate) -> Int {
            CalendarDate.earliest.days(until: date) % 7
        }

        /// Weekdays as a label: `星期一、星期三` / `Monday, Wednesday`.
        private static func label(_ weekdays: [Int]) -> Quantity.Label {
            let chinese = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
            let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            return Quantity.Label(
                code: weekdays.map { String($0 + 1) }.joined(separator: ","),
                chinese: weekdays.map { chinese[$0] }.joined(separator: "、"),
                english: weekdays.map { english[$0] }.joined(separator: ", "))
        }

        /// `2025年书记接待群众来访的周为 50 周，应不少于 52 周；未接待的周：…`.
        static let missedWeeks = MessageTemplate(
            chinese: "{period}书记接待群众来访的周为 {measured}，应{required}；未接待的周：{detail}",
            english: "The secretary received visitors in {measured} of {period}; required {required}; missed: {detail}")

        /// `2025年书记接待群众来访分在星期一、星期三，应每周固定一天`.
        static let notFixed = MessageTemplate(
            chinese: "{period}书记接待群众来访分在{detail}，应每周固定一天",
            english: "In {period} the secretary received visitors on {detail}; it should be one fixed day each week")

        /// `2025年未记录书记接待群众来访日，无法核查`.
        static let noRecords = MessageTemplate(
            chinese: "{period}未记录书记接待群众来访日，无法核查",
            english: "No reception days are recorded for {period}; the rule could not be checked")
    }
}
