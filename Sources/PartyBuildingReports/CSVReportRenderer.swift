import Foundation

/// Renders tables as CSV (RFC 4180) for spreadsheets, as UTF-8 bytes with a leading byte-order mark.
///
/// Lines end with CR LF. A field that holds a comma, a double quote, a CR or an LF is put in double quotes,
/// with each double quote inside doubled. Cells are written in their ``ReportCell/plain`` form: no
/// thousands separators, an ASCII `-`, and an empty field for a value not recorded.
///
/// The bytes start with the UTF-8 byte-order mark EF BB BF, so that Excel reads the Chinese text as
/// UTF-8 rather than in the system's code page.
///
/// - ``render(_:)-(ReportTable)`` writes one table: the header row, then the rows.
/// - ``render(_:)-(ReportDocument)`` writes the document's tables and charts in order, each as a block
///   that starts with a row holding only its title, with an empty line between blocks. A chart is a block
///   of two columns, its label and its value in the chart's unit (the header says which). The document's
///   title, facts and notes are not written: CSV holds data only.
///
/// Subtotal and total rows are ordinary rows in CSV; their first cell should say what they are (for
/// example "姑苏区 小计").
///
/// Fields are not altered to defeat spreadsheet formulas (a text cell starting with `=` stays as it
/// is, since a negative number must keep its leading `-`): text from untrusted sources should be checked
/// by the caller.
public struct CSVReportRenderer: Sendable {
    /// The UTF-8 byte-order mark that starts every rendering.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Creates a renderer.
    public init() {}

    /// The document's tables and charts as CSV bytes, with the byte-order mark.
    public func render(_ document: ReportDocument) -> Data {
        var blocks: [String] = []
        for section in document.sections {
            switch section {
            case .table(let table): blocks.append(Self.record([table.title]) + text(of: table))
            case .chart(let chart): blocks.append(Self.record([chart.title]) + text(of: chart))
            case .note: continue
            }
        }
        return Self.bytes(blocks.joined(separator: "\r\n"))
    }

    /// One table as CSV bytes, with the byte-order mark: the header row, then the rows.
    public func render(_ table: ReportTable) -> Data {
        Self.bytes(text(of: table))
    }

    /// One table as CSV text without the byte-order mark: the header row, then the rows, each ending CR LF.
    public func text(of table: ReportTable) -> String {
        var result = Self.record(table.columns.map(\.header))
        for row in table.rows { result += Self.record(row.cells.map(\.plain)) }
        return result
    }

    /// One chart as CSV text without the byte-order mark: a header, then a label and value a bar.
    func text(of chart: BarChart) -> String {
        let valueHeader = chart.unit.isEmpty ? "value" : chart.unit
        var result = Self.record(["", valueHeader])
        for bar in chart.bars { result += Self.record([bar.label, DecimalText.fixed(bar.value, scale: 2)]) }
        return result
    }

    /// A field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Fields joined by commas, ending CR LF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// The byte-order mark followed by `text` in UTF-8.
    static func bytes(_ text: String) -> Data {
        var data = Data(byteOrderMark)
        data.append(contentsOf: Array(text.utf8))
        return data
    }
}
