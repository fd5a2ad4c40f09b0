import Foundation

/// An exact floor area in square metres, held as a whole number of 0.01 m² (the precision of
/// Chinese property surveys, 房产面积精确到0.01平方米).
///
/// In the interchange format an area is a JSON number of square metres (for example `12000.5`).
public struct Area: Sendable, Hashable, Comparable {
    /// The area in hundredths of a square metre.
    public var hundredthsOfSquareMetre: Int64

    /// Creates an area from hundredths of a square metre.
    public init(hundredthsOfSquareMetre: Int64) { self.hundredthsOfSquareMetre = hundredthsOfSquareMetre }

    /// Creates an area from whole square metres.
    public init(squareMetres: Int) { self.hundredthsOfSquareMetre = Int64(squareMetres) * 100 }

    /// Creates an area from a decimal number of square metres.
    /// - Throws: ``ValueError/notExact(_:unit:)`` when it has more than two decimal places.
    public init(squareMetres: Decimal) throws(ValueError) {
        self.hundredthsOfSquareMetre = try ExactDecimal.integer(squareMetres, scaledBy: 100, unit: "0.01 m²")
    }

    /// Creates an area from a binary floating-point number of square metres, as read from a
    /// spreadsheet, rounding to the nearest 0.01 m².
    /// - Throws: ``ValueError/outOfRange(_:)`` when the value is NaN or infinite or too large.
    public init(squareMetres: Double) throws(ValueError) {
        guard squareMetres.isFinite, abs(squareMetres) < 9e15 else { throw .outOfRange("\(squareMetres)") }
        self.hundredthsOfSquareMetre = Int64((squareMetres * 100).rounded())
    }

    /// No area.
    public static let zero = Area(hundredthsOfSquareMetre: 0)

    /// The area as a decimal number of square metres, exact.
    public var squareMetres: Decimal { Decimal(hundredthsOfSquareMetre) / 100 }

    /// The area times an exact ratio, brought to 0.01 m² with `rounding`.
    public func multiplied(by ratio: Ratio, rounding: ExactRounding) -> Area {
        Area(hundredthsOfSquareMetre: ratio.apply(to: hundredthsOfSquareMetre, rounding: rounding))
    }

    /// Whether this area is not less than `share` of `base`, compared exactly (no rounding of the share).
    public func isAtLeast(_ share: Ratio, of base: Area) -> Bool {
        share.compare(hundredthsOfSquareMetre, timesBase: base.hundredthsOfSquareMetre) >= 0
    }

    public static func < (lhs: Area, rhs: Area) -> Bool { lhs.hundredthsOfSquareMetre < rhs.hundredthsOfSquareMetre }
    /// The sum of two areas.
    public static func + (lhs: Area, rhs: Area) -> Area {
        Area(hundredthsOfSquareMetre: lhs.hundredthsOfSquareMetre + rhs.hundredthsOfSquareMetre)
    }
}

extension Area: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Decimal.self)
        do {
            try self.init(squareMetres: value)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "area \(value) m²: \(error.localizedDescription)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(squareMetres)
    }
}

extension Area: CustomStringConvertible {
    /// The area with two decimals, for example `450.00 m²`.
    public var description: String { ExactDecimal.format(hundredthsOfSquareMetre, scale: 2) + " m²" }
}
