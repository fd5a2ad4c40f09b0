import Foundation

/// An exact amount of Chinese yuan (CNY), held as a whole number of fen (分, 0.01 CNY).
///
/// Money never passes through binary floating point: amounts are built from whole yuan, whole fen
/// or a `Decimal` that has at most two decimal places, and arithmetic is integer arithmetic that
/// traps on overflow rather than wrapping.
///
/// In the interchange format an amount is a JSON number of yuan (for example `15000` or `97.5`).
///
/// ```swift
/// let floor = Money(yuan: 150) * 80          // 12,000.00 CNY
/// let grant = try Money(yuan: Decimal(string: "14999.99")!)
/// grant < Money(yuan: 15_000)                // true
/// ```
public struct Money: Sendable, Hashable, Comparable {
    /// The amount in fen (0.01 CNY).
    public var fen: Int64

    /// Creates an amount from a whole number of fen.
    public init(fen: Int64) { self.fen = fen }

    /// Creates an amount from a whole number of yuan.
    public init(yuan: Int) { self.fen = Int64(yuan) * 100 }

    /// Creates an amount from a decimal number of yuan.
    /// - Throws: ``ValueError/notExact(_:unit:)`` when the amount has more than two decimal
    ///   places (it cannot be held in whole fen), or ``ValueError/outOfRange(_:)`` when it is not finite
    ///   or too large.
    public init(yuan: Decimal) throws(ValueError) {
        self.fen = try ExactDecimal.integer(yuan, scaledBy: 100, unit: "fen")
    }

    /// No money.
    public static let zero = Money(fen: 0)

    /// The amount as a decimal number of yuan, exact.
    public var yuan: Decimal { Decimal(fen) / 100 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    /// The sum of two amounts; traps on overflow.
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    /// The difference of two amounts; traps on overflow.
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    /// Adds an amount; traps on overflow.
    public static func += (lhs: inout Money, rhs: Money) { lhs.fen += rhs.fen }
    /// The amount multiplied by a whole count (for example a per-member rate times members).
    public static func * (lhs: Money, rhs: Int) -> Money { Money(fen: lhs.fen * Int64(rhs)) }

    /// The amount times an exact ratio, rounded up to the next whole fen.
    ///
    /// Used for a required minimum, so that paying the displayed figure always meets the rule.
    public func multiplied(by ratio: Ratio, rounding: ExactRounding) -> Money {
        Money(fen: ratio.apply(to: fen, rounding: rounding))
    }
}

extension Money: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Decimal.self)
        do {
            try self.init(yuan: value)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "money \(value) yuan: \(error.localizedDescription)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(yuan)
    }
}

extension Money: CustomStringConvertible {
    /// The amount in yuan with two decimals and a thousands separator, for example `15,000.00`.
    public var description: String { ExactDecimal.format(fen, scale: 2, grouping: true) }
}
