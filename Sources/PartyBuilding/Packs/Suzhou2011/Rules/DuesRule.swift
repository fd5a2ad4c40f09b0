extension SZ2011 {
    /// `SZ2011.13.dues` (shall): members pay their dues on time and in full, as the dues regulation
    /// requires.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/dues``.
    ///
    /// Judged for each year, for each member, over the months they owed (a member here on the month's
    /// last day, ``DuesLedger``): a month without any payment is in arrears; a month paid after its last
    /// day plus ``SZ2011/Parameters/duesGraceDays`` was paid late. Either is a violation; the finding
    /// lists the months. Whether the amounts are in full at the regulation's rates is the national
    /// rules' part (`NAT.dues.employed`, `NAT.dues.retired`, `NAT.dues.flat`), each finding citing its
    /// own clause.
    public struct DuesRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.13.dues", chinese: "及时足额交纳党费", english: "Dues paid on time and in full", strength: .shall,
            clause: Clauses.dues, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the days of grace.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            let grace = try parameters[Parameters.duesGraceDays]
            return Int(grace.tenths / 10)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with graceDays: Int, into findings: inout FindingCollector
        ) {
            let months = CalendarMonth.months(in: period)
            func deadline(_ month: CalendarMonth) -> CalendarDate { month.lastDay.adding(days: graceDays) ?? .latest }
            let deadlines = months.map(deadline)
            let members = context.community.members
            for position in members.indices
            where !Self.isSettled(
                members[position].duesPayments, events: members[position].events, months: months,
                deadlines: deadlines)
            {
                let ledger = DuesLedger(members[position], months: months, schedule: nil)
                let unpaid = ledger.unpaid.map(\.month)
                let late = ledger.months.filter { month in
                    guard let paidOn = month.lastPaidOn else { return false }
                    return paidOn > deadline(month.month)
                }.map(\.month)
                let subject = Subject.member(members[position].id)
                if !unpaid.isEmpty {
                    findings.fail(
                        subject, measured: .count(unpaid.count, .months),
                        required: Requirement(.exactly, .count(0, .months)), detail: .periods(unpaid.map(\.period)),
                        message: Self.unpaid)
                }
                if !late.isEmpty {
                    findings.fail(
                        subject, measured: .count(late.count, .months),
                        required: Requirement(.exactly, .count(0, .months)), detail: .periods(late.map(\.period)),
                        message: Self.late)
                }
            }
        }

        /// Whether a member paid every month they owed (a member on its last day, as ``DuesLedger``
        /// has it) once and by its deadline: the common case, decided without building a ledger.
        /// The member is read as their payments and events: copying a member would retain their name
        /// and lists.
        private static func isSettled(
            _ payments: [DuesPayment], events: [MembershipEvent], months: [CalendarMonth], deadlines: [CalendarDate]
        ) -> Bool {
            guard let first = months.first else { return true }
            var index = payments.firstIndex { $0.month >= first } ?? payments.count
            for (month, deadline) in zip(months, deadlines) {
                guard Member.status(replaying: events, on: month.lastDay) != nil else {
                    while index < payments.count, payments[index].month == month { index += 1 }
                    continue
                }
                guard index < payments.count, payments[index].month == month, payments[index].paidOn <= deadline
                else { return false }
                index += 1
                if index < payments.count, payments[index].month == month { return false }
            }
            return true
        }

        /// `党员 M-1 2025年有 2 个月未交纳党费（2025年3月、2025年4月），应按月及时足额交纳`.
        static let unpaid = MessageTemplate(
            chinese: "党员 {subject} {period}有 {measured}未交纳党费（{detail}），应按照党费收缴管理办法及时足额交纳",
            english:
                "Member {subject} paid no dues for {measured} in {period} ({detail}); dues are paid on time and in full"
        )

        /// `党员 M-1 2025年有 1 个月党费逾期交纳（2025年3月）`.
        static let late = MessageTemplate(
            chinese: "党员 {subject} {period}有 {measured}的党费未及时交纳（{detail}），应按月及时交纳",
            english:
                "Member {subject} paid the dues of {measured} late in {period} ({detail}); dues are paid each month on time"
        )
    }
}
