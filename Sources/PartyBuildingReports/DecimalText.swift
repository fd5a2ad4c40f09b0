/// Exact decimal text from scaled integers, written with integer arithmetic only.
enum DecimalText {
    /// How a number's sign is written.
    enum Sign {
        /// An ASCII hyphen-minus before negative numbers only (`-1200.00`), for CSV and JSON.
        case plain
        /// A minus sign (U+2212) before negative numbers only (`−1,200.00`), for display.
        case negativeOnly
        /// A plus before positive numbers and a minus sign (U+2212) before negative ones (`+1,200.00`);
        /// zero has no sign.
        case explicit
    }

    /// The minus sign used for display.
    static let minusSign = "\u{2212}"

    /// `units / 10^scale` with exactly `scale` decimals, for example `(-120000, 2)` → `-1200.00`.
    static func fixed(_ units: Int64, scale: Int, grouping: Bool = false, sign: Sign = .plain) -> String {
        let magnitude = units.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        var whole = String(magnitude / divisor)
        if grouping { whole = grouped(whole) }
        var text = whole
        if scale > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: scale - fraction.count) + fraction
        }
        switch sign {
        case .plain: return units < 0 ? "-" + text : text
        case .negativeOnly: return units < 0 ? minusSign + text : text
        case .explicit: return units < 0 ? minusSign + text : units > 0 ? "+" + text : text
        }
    }

    /// Digits with a comma between each group of three from the right: `1234567` → `1,234,567`.
    static func grouped(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
