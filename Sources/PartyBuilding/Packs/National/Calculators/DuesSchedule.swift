/// The monthly Party dues a member owes, from the base the dues regulation names (党费规定 第二、五、六条).
///
/// The clauses: ``NAT/Clauses/duesEmployed``, ``NAT/Clauses/duesRetired``, ``NAT/Clauses/duesFlat``
/// and ``NAT/Clauses/duesLargeGift``.
///
/// One rate applies to the whole base (the brackets are not progressive), and every bracket states
/// 含 for its upper limit: an after-tax wage of 3000.00 CNY pays 0.5%, 3000.01 CNY pays 1%. Dues are
/// rounded to the nearest fen, halves up (四舍五入).
///
/// ```swift
/// DuesSchedule.national2008.dues(for: .wage(Money(yuan: 6_500))).amount   // 97.50 CNY (1.5%)
/// DuesSchedule.national2008.dues(for: .pension(Money(yuan: 5_000))).amount // 25.00 CNY (0.5%)
/// ```
public struct DuesSchedule: Sendable, Hashable {
    /// One bracket: the rate of a base up to and including `upTo` (`nil` for the last bracket).
    public struct Bracket: Sendable, Hashable {
        /// The highest base of the bracket, included (含); `nil` when the bracket has no upper limit.
        public var upTo: Money?
        /// The share of the whole base paid.
        public var rate: Ratio

        /// Creates a bracket.
        public init(upTo: Money?, rate: Ratio) {
            self.upTo = upTo
            self.rate = rate
        }
    }

    /// The brackets of an employed member's monthly after-tax wage, in rising order.
    public var wageBrackets: [Bracket]
    /// The brackets of a retired member's monthly pension, in rising order.
    public var pensionBrackets: [Bracket]
    /// The flat monthly dues of students, the unemployed, and members living on relief or the minimum
    /// living allowance (0.20 CNY).
    public var flatAmount: Money
    /// The least and most monthly dues of a farmer member (0.20–1.00 CNY).
    public var farmerRange: ClosedRange<Money>
    /// A voluntary one-off payment of this much or more (以上) is remitted in full to the centre (1000 CNY).
    public var largeGiftMinimum: Money

    /// Creates the calculator from its figures.
    /// - Precondition: each bracket list is not empty, rises, and only its last bracket has no limit.
    public init(
        wageBrackets: [Bracket], pensionBrackets: [Bracket], flatAmount: Money, farmerRange: ClosedRange<Money>,
        largeGiftMinimum: Money
    ) {
        for brackets in [wageBrackets, pensionBrackets] {
            precondition(
                !brackets.isEmpty && brackets.dropLast().allSatisfy { $0.upTo != nil } && brackets.last?.upTo == nil,
                "dues brackets must end with one without a limit")
        }
        self.wageBrackets = wageBrackets
        self.pensionBrackets = pensionBrackets
        self.flatAmount = flatAmount
        self.farmerRange = farmerRange
        self.largeGiftMinimum = largeGiftMinimum
    }

    /// The calculator with the parameter values in force for the period being bound.
    /// - Throws: ``ParameterError/outOfRange(_:_:)`` when the limits do not rise or the farmer's least
    ///   dues are above the most.
    public init(_ parameters: ParameterReader) throws(ParameterError) {
        typealias P = NAT.Parameters
        let wageLimits = [
            try parameters[P.employedLimit1], try parameters[P.employedLimit2], try parameters[P.employedLimit3],
        ]
        let wageRates = [
            try parameters[P.employedRate1], try parameters[P.employedRate2], try parameters[P.employedRate3],
            try parameters[P.employedRate4],
        ]
        let pensionLimit = try parameters[P.retiredLimit]
        let pensionRates = [try parameters[P.retiredRate1], try parameters[P.retiredRate2]]
        let flat = try parameters[P.flatAmount]
        let farmer = (try parameters[P.farmerMinimum], try parameters[P.farmerMaximum])
        let largeGift = try parameters[P.largeGiftMinimum]
        guard wageLimits[0] < wageLimits[1], wageLimits[1] < wageLimits[2] else {
            throw .outOfRange(P.employedLimit2.id, "the wage limits must rise")
        }
        guard farmer.0 <= farmer.1 else {
            throw .outOfRange(P.farmerMinimum.id, "the farmer's least dues are above the most")
        }
        self.init(
            wageBrackets: zip([Money?](wageLimits) + [nil], wageRates).map { Bracket(upTo: $0, rate: $1) },
            pensionBrackets: [
                Bracket(upTo: pensionLimit, rate: pensionRates[0]), Bracket(upTo: nil, rate: pensionRates[1]),
            ],
            flatAmount: flat, farmerRange: farmer.0...farmer.1, largeGiftMinimum: largeGift)
    }

    /// The regulation's own figures.
    public static let national2008 = DuesSchedule(
        wageBrackets: [
            Bracket(upTo: Money(yuan: 3_000), rate: Ratio(1, 200)),
            Bracket(upTo: Money(yuan: 5_000), rate: Ratio(1, 100)),
            Bracket(upTo: Money(yuan: 10_000), rate: Ratio(3, 200)), Bracket(upTo: nil, rate: Ratio(1, 50)),
        ],
        pensionBrackets: [
            Bracket(upTo: Money(yuan: 5_000), rate: Ratio(1, 200)), Bracket(upTo: nil, rate: Ratio(1, 100)),
        ],
        flatAmount: Money(fen: 20), farmerRange: Money(fen: 20)...Money(yuan: 1), largeGiftMinimum: Money(yuan: 1_000))

    /// A member's monthly dues and how they were found.
    public struct MonthlyDues: Sendable, Hashable {
        /// The base.
        public var base: DuesBase
        /// The bracket applied, for a wage or a pension.
        public var bracket: Bracket?
        /// The dues owed (for a farmer, the least).
        public var amount: Money
        /// The most asked, for a farmer (a range); otherwise `nil`: the amount is exact.
        public var maximum: Money?
    }

    /// The monthly dues of a base.
    /// - Precondition: a wage or pension is not negative and within ``ValidationLimits/maximumAmount``.
    public func dues(for base: DuesBase) -> MonthlyDues {
        switch base {
        case .wage(let wage): proportional(base, wage, wageBrackets)
        case .pension(let pension): proportional(base, pension, pensionBrackets)
        case .flat(.farmer): MonthlyDues(base: base, amount: farmerRange.lowerBound, maximum: farmerRange.upperBound)
        case .flat: MonthlyDues(base: base, amount: flatAmount)
        }
    }

    /// Whether a voluntary one-off payment is remitted in full to the centre: 1000 CNY or more (以上).
    public func isRemittedInFull(_ voluntaryPayment: Money) -> Bool {
        Bound.orMore.admits(voluntaryPayment, largeGiftMinimum)
    }

    private func proportional(_ base: DuesBase, _ amount: Money, _ brackets: [Bracket]) -> MonthlyDues {
        let bracket =
            brackets.first { $0.upTo.map { Bound.orLess.admits(amount, $0) } ?? true } ?? brackets[brackets.count - 1]
        return MonthlyDues(base: base, bracket: bracket, amount: amount.multiplied(by: bracket.rate, rounding: .halfUp))
    }
}
