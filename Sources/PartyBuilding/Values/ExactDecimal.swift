import Foundation

/// Conversions between `Decimal` and scaled integers, exact or not at all.
enum ExactDecimal {
    /// `value × scale` as an integer, when that product is a whole number that fits in `Int64`.
    static func integer(_ value: Decimal, scaledBy scale: Int64, unit: String) throws(ValueError) -> Int64 {
        guard value.isFinite else { throw .outOfRange("\(value)") }
        let scaled = value * Decimal(scale)
        var rounded = Decimal()
        var source = scaled
        NSDecimalRound(&rounded, &source, 0, .plain)
        guard rounded == scaled else { throw .notExact("\(value)", unit: unit) }
        guard rounded <= Decimal(Int64.max), rounded >= Decimal(Int64.min) else {
            throw .outOfRange("\(value)")
        }
        return NSDecimalNumber(decimal: rounded).int64Value
    }

    /// Formats `units / 10^scale` with exactly `scale` decimals, for example 1500000, 2 → "15000.00".
    /// A plain decimal number written in ASCII — digits with at most one point and an optional leading
    /// minus, such as `150`, `97.5` or `-0.25` — or `nil` for anything else (`12abc`, `1e3`, ` 5`, `1,000`).
    static func parse(_ text: String) -> Decimal? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            digits.filter({ $0 == "." }).count <= 1, digits != "."
        else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    static func format(_ units: Int64, scale: Int, grouping: Bool = false) -> String {
        let negative = units < 0
        let magnitude = units.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        var whole = String(magnitude / divisor)
        if grouping, whole.count > 3 {
            var grouped = ""
            for (index, digit) in whole.enumerated() {
                if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            whole = grouped
        }
        var text = negative ? "-" + whole : whole
        if scale > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: scale - fraction.count) + fraction
        }
        return text
    }
}

/// Why a value could not be represented exactly.
public enum ValueError: Error, Sendable, Hashable, LocalizedError {
    /// The value has more precision than its unit holds (for example 0.001 CNY, finer than a fen).
    case notExact(String, unit: String)
    /// The value is not finite, or too large to hold.
    case outOfRange(String)

    public var errorDescription: String? {
        switch self {
        case .notExact(let value, let unit): "\(value) is not a whole number of \(unit)"
        case .outOfRange(let value): "\(value) is not finite or is out of range"
        }
    }
}
