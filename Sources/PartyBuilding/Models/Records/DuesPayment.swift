/// One month's dues paid by a member: the month it is for, the base it was computed from, the amount
/// and the day it was paid.
///
/// SZ2011 art. 13: "按照党费收缴管理办法，及时足额交纳党费". A member's payments are kept on the member
/// (``Member/duesPayments``), so a payment does not repeat the member's ID: a city's year of payments
/// stays compact.
public struct DuesPayment: Sendable, Hashable, Codable {
    /// The month the dues are for.
    public var month: CalendarMonth
    /// What the dues were computed from.
    public var base: DuesBase
    /// The amount paid.
    public var amount: Money
    /// The day it was paid.
    public var paidOn: CalendarDate

    /// Creates a payment record.
    public init(month: CalendarMonth, base: DuesBase, amount: Money, paidOn: CalendarDate) {
        self.month = month
        self.base = base
        self.amount = amount
        self.paidOn = paidOn
    }
}

/// A voluntary payment of dues beyond what is owed (自愿多交纳党费).
///
/// 党费规定 第十一条: "自愿一次多交纳1000元以上的党费，全部上缴中央".
public struct VoluntaryDuesPayment: Sendable, Hashable, Codable {
    /// The amount paid.
    public var amount: Money
    /// The day it was paid.
    public var paidOn: CalendarDate

    /// Creates a voluntary payment record.
    public init(amount: Money, paidOn: CalendarDate) {
        self.amount = amount
        self.paidOn = paidOn
    }
}
