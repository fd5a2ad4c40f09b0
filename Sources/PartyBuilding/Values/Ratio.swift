import Foundation

/// How a product that is not a whole number of units is brought to one.
public enum ExactRounding: String, Sendable, Hashable, Codable {
    /// Toward positive infinity: used for required minima, so that meeting the shown figure meets the rule.
    case up
    /// Toward negative infinity.
    case down
    /// To the nearest unit, halves away from zero (四舍五入).
    case halfUp
}

/// An exact ratio of two integers, such as 3% (3/100), 0.5% (1/200), one third or 1.2 (6/5).
///
/// Ratios state the shares and multiples in the rules without binary floating point, so that
/// "exactly 3% of the floor area" compares equal to the rule's bound.
public struct Ratio: Sendable, Hashable, Comparable {
    /// The numerator, reduced.
    public let numerator: Int64
    /// The denominator, reduced and positive.
    public let denominator: Int64

    /// Creates the ratio `numerator / denominator`, reduced to lowest terms, with a positive denominator.
    /// - Precondition: `denominator` is not zero.
    public init(_ numerator: Int64, _ denominator: Int64) {
        precondition(denominator != 0, "a ratio's denominator cannot be zero")
        let sign: Int64 = denominator < 0 ? -1 : 1
        let divisor = Swift.max(Ratio.gcd(numerator.magnitude, denominator.magnitude), 1)
        self.numerator = sign * numerator / Int64(divisor)
        self.denominator = sign * denominator / Int64(divisor)
    }

    /// A percentage, for example `Ratio(percent: 3)` for 3%.
    public init(percent: Int64) { self.init(percent, 100) }

    /// A ratio from a decimal, for example 1.2 or 0.005.
    /// - Throws: ``ValueError`` when the decimal is not finite or has more than 9 decimal places.
    public init(_ value: Decimal) throws(ValueError) {
        let scale: Int64 = 1_000_000_000
        self.init(try ExactDecimal.integer(value, scaledBy: scale, unit: "billionths"), scale)
    }

    /// The ratio 1.
    public static let one = Ratio(1, 1)

    /// The ratio as a decimal (rounded to 38 significant digits for ratios like 1/3).
    public var decimal: Decimal { Decimal(numerator) / Decimal(denominator) }

    /// `value × self` brought to a whole number with `rounding`, computed in double-width
    /// integers so that no intermediate product overflows.
    @inlinable
    public func apply(to value: Int64, rounding: ExactRounding) -> Int64 {
        let (quotient, remainder): (Int64, Int64)
        let (narrow, overflow) = value.multipliedReportingOverflow(by: numerator)
        if overflow {
            (quotient, remainder) = denominator.dividingFullWidth(value.multipliedFullWidth(by: numerator))
        } else {
            (quotient, remainder) = narrow.quotientAndRemainder(dividingBy: denominator)
        }
        // The denominator is positive, so the remainder has the sign of the exact value's fraction;
        // the adjustments are branch-free, as the sign varies from one community to the next.
        switch rounding {
        case .down: return quotient - (remainder < 0 ? 1 : 0)
        case .up: return quotient + (remainder > 0 ? 1 : 0)
        case .halfUp:
            let away: Int64 = remainder.magnitude * 2 >= UInt64(denominator) ? 1 : 0
            return quotient + (remainder < 0 ? -away : away)
        }
    }

    /// The sign of `measured − self × base`: −1, 0 or 1, computed exactly.
    @inlinable
    public func compare(_ measured: Int64, timesBase base: Int64) -> Int {
        let left = measured.multipliedFullWidth(by: denominator)
        let right = base.multipliedFullWidth(by: numerator)
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }

    public static func < (lhs: Ratio, rhs: Ratio) -> Bool {
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high != right.high ? left.high < right.high : left.low < right.low
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

extension Ratio: Codable {
    private enum CodingKeys: String, CodingKey { case numerator, denominator }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let denominator = try container.decode(Int64.self, forKey: .denominator)
        let numerator = try container.decode(Int64.self, forKey: .numerator)
        guard Self.canDecode(numerator, denominator) else {
            throw DecodingError.dataCorruptedError(
                forKey: .denominator, in: container, debugDescription: Self.decodingFailure)
        }
        self.init(numerator, denominator)
    }

    /// Whether a document's parts make a ratio: a denominator other than zero, and neither part
    /// `Int64.min`, whose negation does not exist.
    static func canDecode(_ numerator: Int64, _ denominator: Int64) -> Bool {
        denominator != 0 && denominator != .min && numerator != .min
    }

    /// Why a document's parts do not make a ratio.
    static let decodingFailure = "a ratio's denominator cannot be zero, and neither part can be \(Int64.min)"

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
    }
}

extension Ratio {
    /// The ratio as a percentage rounded half up to two decimals, without trailing zeros: `3%`,
    /// `0.5%`, `33.33%` (a third), `120%`.
    /// A ratio too large to show in decimals (beyond ±10¹²) is shown as its exact fraction.
    public var percentage: String {
        guard let text = twoDecimals(times: 100) else { return description }
        return text + "%"
    }

    /// The ratio as a percentage with exactly `decimals` decimals (0 to 6), brought there with
    /// `rounding`: 37/38 is `97.3%` with one decimal ``ExactRounding/down`` (truncated, as 东关's
    /// application prints it) and `97.4%` with ``ExactRounding/halfUp``. A ratio too large to show in
    /// decimals (beyond ±10¹²) is shown as its exact fraction.
    public func percentage(decimals: Int, rounding: ExactRounding) -> String {
        let places = Swift.min(Swift.max(decimals, 0), 6)
        guard numerator.magnitude / denominator.magnitude < 1_000_000_000_000 else { return description }
        var factor: Int64 = 100
        for _ in 0..<places { factor *= 10 }
        return ExactDecimal.format(apply(to: factor, rounding: rounding), scale: places) + "%"
    }

    /// The ratio as a decimal rounded half up to two decimals, without trailing zeros: `1.2`, `1`.
    /// A ratio too large to show in decimals (beyond ±10¹²) is shown as its exact fraction.
    public var decimalText: String { twoDecimals(times: 1) ?? description }

    /// The ratio times `factor`, rounded half up to two decimals without trailing zeros; `nil` when the
    /// ratio is beyond ±10¹², where the scaled value could overflow.
    private func twoDecimals(times factor: Int64) -> String? {
        guard numerator.magnitude / denominator.magnitude < 1_000_000_000_000 else { return nil }
        let scaled = apply(to: factor * 100, rounding: .halfUp)
        let text = ExactDecimal.format(scaled, scale: 2)
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}

extension Ratio: CustomStringConvertible {
    /// The exact ratio, `numerator/denominator` (`1/3`, `3/100`), or the whole number it is (`1`).
    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
}
