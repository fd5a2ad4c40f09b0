import PartyBuilding

/// One cell of a ``ReportTable``: text, or an exact value that each renderer writes in its own form.
///
/// Every cell has three forms, none of which passes through binary floating point:
///
/// | Cell | ``display`` | ``plain`` | ``jsonValue`` |
/// |---|---|---|---|
/// | `.text("双塔")` | `双塔` | `双塔` | `"双塔"` |
/// | `.integer(1234)` | `1,234` | `1234` | `1234` |
/// | `.money(Money(fen: 1_500_000))` | `15,000.00` | `15000.00` | `15000.00` |
/// | `.signedMoney(Money(fen: -120_000))` | `−1,200.00` | `-1200.00` | `-1200.00` |
/// | `.area(Area(hundredthsOfSquareMetre: 45_050))` | `450.50` | `450.50` | `450.50` |
/// | `.signedArea(Area(squareMetres: 12))` | `+12.00` | `12.00` | `12.00` |
/// | `.ratio(Ratio(1, 3))` | `33.33%` | `33.33%` | `33.33` (percent) |
/// | `.days(Days(tenths: 25))` | `2.5` | `2.5` | `2.5` |
/// | `.notRecorded` | `—` | (empty) | `null` |
///
/// Display forms group thousands and write a negative number with the minus sign U+2212; signed cells
/// (a gap or a change) also write `+` before a positive number. Plain forms have no grouping and an ASCII
/// `-`. Units belong in the column header, not in the cell.
public enum ReportCell: Sendable, Hashable {
    /// Text, shown as it is.
    case text(String)
    /// A whole number, such as a count of members.
    case integer(Int)
    /// An amount of money, with two decimals.
    case money(Money)
    /// A gap or change in money, shown with an explicit sign (`+1,200.00`, `−1,200.00`).
    case signedMoney(Money)
    /// A floor area in square metres, with two decimals.
    case area(Area)
    /// A gap or change in floor area, shown with an explicit sign.
    case signedArea(Area)
    /// A ratio, shown as a percentage (``Ratio/percentage``, rounded half up to two decimals).
    case ratio(Ratio)
    /// A number of days.
    case days(Days)
    /// A value that was not recorded: shown as `—`, empty in CSV and `null` in JSON.
    case notRecorded

    /// The text shown to a reader: grouped thousands, two decimals for money and area, a minus sign
    /// U+2212 for negative numbers, `+` for positive signed cells, and `—` for a value not recorded.
    public var display: String {
        switch self {
        case .text(let text): text
        case .integer(let value): DecimalText.fixed(Int64(value), scale: 0, grouping: true, sign: .negativeOnly)
        case .money(let money): DecimalText.fixed(money.fen, scale: 2, grouping: true, sign: .negativeOnly)
        case .signedMoney(let money): DecimalText.fixed(money.fen, scale: 2, grouping: true, sign: .explicit)
        case .area(let area):
            DecimalText.fixed(area.hundredthsOfSquareMetre, scale: 2, grouping: true, sign: .negativeOnly)
        case .signedArea(let area):
            DecimalText.fixed(area.hundredthsOfSquareMetre, scale: 2, grouping: true, sign: .explicit)
        case .ratio(let ratio): ratio.percentage
        case .days(let days): Self.daysText(days)
        case .notRecorded: "—"
        }
    }

    /// The text written to CSV: no grouping, an ASCII `-` for negative numbers, no `+`, and empty for a
    /// value not recorded. A ratio is its percentage with `%` (`33.33%`), which spreadsheets read as a number.
    public var plain: String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .money(let money), .signedMoney(let money): DecimalText.fixed(money.fen, scale: 2)
        case .area(let area), .signedArea(let area): DecimalText.fixed(area.hundredthsOfSquareMetre, scale: 2)
        case .ratio(let ratio): ratio.percentage
        case .days(let days): Self.daysText(days)
        case .notRecorded: ""
        }
    }

    /// The cell as JSON text: a string for text, `null` for a value not recorded, and otherwise a JSON
    /// number written from the exact decimal (`-1200.00`, never through `Double`). A ratio is its
    /// percentage as a number (`33.33` for a third), or its exact fraction as a string (`"1/3"`) when it
    /// is too large to show in decimals.
    public var jsonValue: String {
        switch self {
        case .text(let text): JSONText.string(text)
        case .notRecorded: "null"
        case .ratio(let ratio):
            ratio.percentage.hasSuffix("%") ? String(ratio.percentage.dropLast()) : JSONText.string(ratio.description)
        default: plain
        }
    }

    /// Whether the cell holds a number (anything but text and a value not recorded).
    public var isNumber: Bool {
        switch self {
        case .text, .notRecorded: false
        default: true
        }
    }

    /// Days with a tenth when they have one, with an ASCII `-` when negative: `7`, `2.5`, `-0.5`.
    private static func daysText(_ days: Days) -> String {
        days.tenths % 10 == 0 ? String(days.tenths / 10) : DecimalText.fixed(days.tenths, scale: 1)
    }
}
