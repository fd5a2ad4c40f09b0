import Foundation

/// A duration in days, exact to a tenth of a day (training is counted in whole and half days).
///
/// In the interchange format a duration is a JSON number of days (for example `7` or `2.5`).
public struct Days: Sendable, Hashable, Comparable {
    /// The duration in tenths of a day.
    public var tenths: Int64

    /// Creates a duration from tenths of a day.
    public init(tenths: Int64) { self.tenths = tenths }

    /// Creates a duration of whole days.
    public init(_ days: Int) { self.tenths = Int64(days) * 10 }

    /// Creates a duration from a decimal number of days.
    /// - Throws: ``ValueError/notExact(_:unit:)`` when it is finer than a tenth of a day.
    public init(_ days: Decimal) throws(ValueError) {
        self.tenths = try ExactDecimal.integer(days, scaledBy: 10, unit: "0.1 day")
    }

    /// No time.
    public static let zero = Days(tenths: 0)

    /// The duration as a decimal number of days.
    public var days: Decimal { Decimal(tenths) / 10 }

    public static func < (lhs: Days, rhs: Days) -> Bool { lhs.tenths < rhs.tenths }
    /// The sum of two durations.
    public static func + (lhs: Days, rhs: Days) -> Days { Days(tenths: lhs.tenths + rhs.tenths) }
    /// Adds a duration.
    public static func += (lhs: inout Days, rhs: Days) { lhs.tenths += rhs.tenths }
}

extension Days: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Decimal.self)
        do {
            try self.init(value)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "days \(value): \(error.localizedDescription)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(days)
    }
}

extension Days: CustomStringConvertible {
    /// The number of days, without a trailing `.0` (for example `7` or `2.5`).
    public var description: String {
        tenths % 10 == 0 ? String(tenths / 10) : ExactDecimal.format(tenths, scale: 1)
    }
}
