import Foundation

/// A number in a cell as analysts write it: full-width digits and signs (`２，１４５`), thousands
/// separators, an optional `万` (ten thousand) and an optional unit after it (`1.5万元`), read
/// exactly as its whole part and its decimals.
struct CellNumber {
    /// What a column counts or measures, and the units it may be written with.
    enum Unit {
        /// Households, people, committees: 户, 人, 名 or 个.
        case count
        /// A year: no unit.
        case year
        /// Yuan: 元.
        case yuan
        /// Square metres: m², ㎡ or 平方米.
        case squareMetre

        var suffixes: [String] {
            switch self {
            case .count: ["户", "人", "名", "个"]
            case .year: []
            case .yuan: ["元"]
            case .squareMetre: ["平方米", "m²", "㎡"]
            }
        }
    }

    /// Why a cell is not a number of its unit.
    struct Failure: Error {
        var reason: CommunityTableProblem.Reason
        init(_ reason: CommunityTableProblem.Reason) { self.reason = reason }
    }

    /// The digits before the decimal point, without leading zeros (`0` for none).
    private var whole: String
    /// The digits after the decimal point, without trailing zeros.
    private var decimals: String

    init(_ text: String, unit: Unit) throws(Failure) {
        var text = Self.halfWidth(text).trimmingCharacters(in: .whitespaces)
        if let suffix = unit.suffixes.first(where: { text.hasSuffix($0) }) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        let inWan = text.hasSuffix("万")
        if inWan { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        let negative = text.first == "-"
        if text.first == "-" || text.first == "+" { text.removeFirst() }
        let number = text.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
        let rest = text[number.endIndex...].trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, number.first != "," else { throw Failure(.notANumber) }
        guard rest.isEmpty else { throw Failure(.unexpectedUnit(rest, accepted: unit.suffixes)) }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, !(parts.count == 2 && parts[1].isEmpty),
            parts.count == 1 || !parts[1].contains(",")
        else { throw Failure(.notANumber) }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }) else {
            throw Failure(.notANumber)
        }
        guard !negative else { throw Failure(.negative) }
        var whole = groups.joined()
        var decimals = parts.count == 2 ? String(parts[1]) : ""
        if inWan {
            guard decimals.count <= 4 else { throw Failure(.tooPreciseForWan) }
            whole += decimals.padding(toLength: 4, withPad: "0", startingAt: 0)
            decimals = ""
        }
        while whole.count > 1 && whole.first == "0" { whole.removeFirst() }
        while decimals.last == "0" { decimals.removeLast() }
        self.whole = whole
        self.decimals = decimals
    }

    /// The number as a count.
    /// - Throws: a failure for a number with decimals or one too large for an `Int`.
    func count() throws(Failure) -> Int {
        guard decimals.isEmpty else { throw Failure(.notWhole) }
        guard let count = Int(whole) else { throw Failure(.tooLarge) }
        return count
    }

    /// The number as an exact decimal of at most two decimals (fen, or hundredths of a square metre).
    /// - Throws: a failure for a number of more than two decimals.
    func hundredths() throws(Failure) -> Decimal {
        guard decimals.count <= 2 else { throw Failure(.tooManyDecimals(allowed: 2)) }
        guard let number = Decimal(string: decimals.isEmpty ? whole : whole + "." + decimals) else {
            throw Failure(.tooLarge)
        }
        return number
    }

    /// The text with full-width digits, separators, signs and the ideographic space in their ASCII forms.
    private static func halfWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF0B, 0xFF0C, 0xFF0D, 0xFF0E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
