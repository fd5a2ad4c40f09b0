/// One month's dues paid by a member: the month it is for, the base it was computed from, the amount
/// and the day it was paid.
///
/// SZ2011 art. 13: "按照党费收缴管理办法，及时足额交纳党费". A member's payments are kept on the member
/// (``Member/duesPayments``), so a payment does not repeat the member's ID: a city's year of payments
/// stays compact. The base is stored packed with its kind in one 64-bit word, so a payment takes
/// 24 bytes (``base`` reads and writes it as a ``DuesBase``).
public struct DuesPayment: Sendable, Hashable {
    /// The month the dues are for.
    public var month: CalendarMonth
    /// The day it was paid.
    public var paidOn: CalendarDate
    /// The amount paid.
    public var amount: Money
    /// The base: its kind in the low two bits, the wage or pension in fen (or the flat category's
    /// index) above them.
    private var packedBase: Int64

    /// The largest wage or pension a payment's base holds, in fen in either direction: 2⁶¹ − 1, far
    /// above ``ValidationLimits/maximumAmount``.
    public static let baseLimit = Money(fen: Int64.max >> 2)

    /// Creates a payment record.
    /// - Precondition: a wage or pension is within ``baseLimit`` in either direction.
    public init(month: CalendarMonth, base: DuesBase, amount: Money, paidOn: CalendarDate) {
        self.month = month
        self.paidOn = paidOn
        self.amount = amount
        self.packedBase = Self.pack(base)
    }

    /// What the dues were computed from.
    public var base: DuesBase {
        get {
            let value = packedBase >> 2
            switch packedBase & 3 {
            case 0: return .wage(Money(fen: value))
            case 1: return .pension(Money(fen: value))
            default: return .flat(DuesBase.FlatCategory.allCases[Int(value)])
            }
        }
        set { packedBase = Self.pack(newValue) }
    }

    private static func pack(_ base: DuesBase) -> Int64 {
        switch base {
        case .wage(let wage):
            precondition(fits(wage), "a wage beyond the limit of a dues payment's base")
            return wage.fen << 2
        case .pension(let pension):
            precondition(fits(pension), "a pension beyond the limit of a dues payment's base")
            return pension.fen << 2 | 1
        case .flat(let category):
            return Int64(DuesBase.FlatCategory.allCases.firstIndex(of: category) ?? 0) << 2 | 2
        }
    }

    private static func fits(_ amount: Money) -> Bool { amount.fen.magnitude <= baseLimit.fen.magnitude }

    /// Whether a payment holds `base`: a wage or pension within ``baseLimit``, or a flat category.
    static func holds(_ base: DuesBase) -> Bool {
        switch base {
        case .wage(let amount), .pension(let amount): fits(amount)
        case .flat: true
        }
    }

    /// Why a base a payment does not hold is refused.
    static var baseBeyondLimit: String { "a dues base beyond \(baseLimit) CNY" }
}

extension DuesPayment: Codable {
    private enum CodingKeys: String, CodingKey { case month, base, amount, paidOn }

    /// Decodes `{"month": "2025-01", "base": {"wage": 6500.00}, "amount": 97.50, "paidOn": "2025-01-10"}`.
    /// - Throws: `DecodingError.dataCorrupted` for a wage or pension beyond ``baseLimit``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let base = try container.decode(DuesBase.self, forKey: .base)
        guard Self.holds(base) else {
            throw DecodingError.dataCorruptedError(forKey: .base, in: container, debugDescription: Self.baseBeyondLimit)
        }
        self.init(
            month: try container.decode(CalendarMonth.self, forKey: .month), base: base,
            amount: try container.decode(Money.self, forKey: .amount),
            paidOn: try container.decode(CalendarDate.self, forKey: .paidOn))
    }

    /// Encodes the payment as its decoder reads it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(month, forKey: .month)
        try container.encode(base, forKey: .base)
        try container.encode(amount, forKey: .amount)
        try container.encode(paidOn, forKey: .paidOn)
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
