/// A member's dues month by month over a period: which months they owed, what they paid for each, and
/// what is in arrears, exact to the fen.
///
/// **Which months are owed.** A month is owed when the person is a member of this community on its
/// last day (``Member/status(on:)``). A probationary member therefore owes from the month of the
/// branch meeting that admitted them (党费规定: "预备党员从党支部党员大会通过其为预备党员之日起交纳党费"),
/// and a member who transfers out, dies or is removed during a month does not owe it here.
///
/// **Two payments for one month** are added together: a month may be paid in instalments. A payment
/// for a month that is not owed is listed in ``unowedPayments``.
///
/// **Arrears.** A month owed without a payment is unpaid. What it owes is computed from the base of
/// the latest earlier payment (the records give no other base); when no earlier payment exists, the
/// amount cannot be computed and ``arrears`` is `nil`: a missing figure is not zero.
public struct DuesLedger: Sendable, Hashable {
    /// One owed month.
    public struct Month: Sendable, Hashable {
        /// The month.
        public var month: CalendarMonth
        /// What was paid for it (0 when nothing).
        public var paid: Money
        /// The day of the last payment for it, when paid.
        public var lastPaidOn: CalendarDate?
        /// The base of the month's payment, or of the latest earlier payment when unpaid, if any.
        public var base: DuesBase?
        /// The dues owed from ``base`` (for a farmer, the least), when a base is known.
        public var owed: Money?

        /// Whether anything was paid for the month.
        public var isPaid: Bool { lastPaidOn != nil }
        /// Whether what was paid is less than what is owed (`false` when the amount owed is unknown).
        public var isUnderpaid: Bool { owed.map { isPaid && paid < $0 } ?? false }
    }

    /// The months owed within the period, in order.
    public private(set) var months: [Month] = []
    /// Payments for months within the period that the person did not owe (not a member here on the
    /// month's last day).
    public private(set) var unowedPayments: [DuesPayment] = []

    /// Reads a member's payments over the whole months of `period`, with the dues of each base from
    /// `schedule` (without one, no month's amount owed is known).
    public init(_ member: Member, over period: Period, schedule: DuesSchedule?) {
        self.init(member, months: CalendarMonth.months(in: period), schedule: schedule)
    }

    /// Reads a member's payments over `months`, in order (the whole months of a period,
    /// ``CalendarMonth/months(in:)``): a rule that reads every member's ledger over one period lists
    /// its months once. Payments for months not listed are passed over.
    public init(_ member: Member, months owedMonths: [CalendarMonth], schedule: DuesSchedule?) {
        guard let first = owedMonths.first else { return }
        months.reserveCapacity(owedMonths.count)
        let payments = member.duesPayments
        var next = 0
        var lastBase: DuesBase?
        // Payments are in month order (validation requires it): bases before the period come first.
        while next < payments.count, payments[next].month < first {
            lastBase = payments[next].base
            next += 1
        }
        for month in owedMonths {
            var entry = Month(month: month, paid: .zero, lastPaidOn: nil, base: nil, owed: nil)
            // Payments for months not listed (a gap in `owedMonths`) are passed over.
            while next < payments.count, payments[next].month < month {
                lastBase = payments[next].base
                next += 1
            }
            while next < payments.count, payments[next].month == month {
                entry.paid += payments[next].amount
                entry.lastPaidOn = max(entry.lastPaidOn ?? payments[next].paidOn, payments[next].paidOn)
                entry.base = payments[next].base
                next += 1
            }
            let isOwed = member.status(on: month.lastDay) != nil
            if !isOwed {
                if entry.isPaid {
                    unowedPayments.append(contentsOf: payments.filter { $0.month == month })
                    lastBase = entry.base
                }
                continue
            }
            if entry.base == nil { entry.base = lastBase }
            lastBase = entry.base
            if let schedule, let base = entry.base { entry.owed = schedule.dues(for: base).amount }
            months.append(entry)
        }
    }

    /// The owed months with nothing paid.
    public var unpaid: [Month] { months.filter { !$0.isPaid } }
    /// The months paid, but less than owed.
    public var underpaid: [Month] { months.filter(\.isUnderpaid) }

    /// What the unpaid and underpaid months still owe, or `nil` when an unpaid month's amount cannot be
    /// computed (no base recorded before it).
    public var arrears: Money? {
        var total = Money.zero
        for month in months where !month.isPaid || month.isUnderpaid {
            guard let owed = month.owed else { return nil }
            total += owed - month.paid
        }
        return total
    }
}
