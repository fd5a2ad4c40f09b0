/// Renders a report as GitHub-flavoured Markdown.
///
/// The title is a `#` heading and the facts a bullet list (`- **label**: value`). A table is a `##`
/// heading and a pipe table whose alignment row has `---:` for trailing columns and `:---` for leading
/// ones; a subtotal or total row has its cells in bold. Markdown has no charts, so a chart is a `##`
/// heading and a table of label and value. A note is a paragraph.
///
/// In table cells, backslashes are doubled, `|` is written `\|` and a line break `<br>`. In headings and
/// facts a line break becomes a space, so that each stays on one line. A note is written as it is, so it
/// may hold Markdown of its own. Lines end with `\n`.
public struct MarkdownReportRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The document as Markdown.
    public func render(_ document: ReportDocument) -> String {
        var blocks = ["# " + TextReportRenderer.singleLine(document.title)]
        if !document.facts.isEmpty {
            blocks.append(
                document.facts.map {
                    "- **\(TextReportRenderer.singleLine($0.label))**: \(TextReportRenderer.singleLine($0.value))"
                }.joined(separator: "\n"))
        }
        for section in document.sections {
            switch section {
            case .table(let table): blocks.append(render(table))
            case .chart(let chart): blocks.append(render(chart))
            case .note(let text): blocks.append(text)
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// One table: a `##` heading and a pipe table.
    public func render(_ table: ReportTable) -> String {
        var lines = ["## " + TextReportRenderer.singleLine(table.title), ""]
        lines.append(Self.line(table.columns.map { Self.cell($0.header) }))
        lines.append(
            Self.line(table.columns.indices.map { table.alignment(ofColumn: $0) == .trailing ? "---:" : ":---" }))
        for row in table.rows {
            let bold = row.kind != .data
            lines.append(
                Self.line(
                    row.cells.map { cell in
                        let text = Self.cell(cell.display)
                        return bold && !text.isEmpty ? "**\(text)**" : text
                    }))
        }
        return lines.joined(separator: "\n")
    }

    /// One chart: a `##` heading and a table of label and value.
    public func render(_ chart: BarChart) -> String {
        let valueHeader = chart.unit.isEmpty ? "" : Self.cell(chart.unit)
        var lines = ["## " + TextReportRenderer.singleLine(chart.title), ""]
        lines.append(Self.line(["", valueHeader]))
        lines.append(Self.line([":---", "---:"]))
        for bar in chart.bars { lines.append(Self.line([Self.cell(bar.label), Self.cell(bar.display)])) }
        return lines.joined(separator: "\n")
    }

    /// Text made safe for a table cell: `\` doubled, `|` as `\|`, line breaks as `<br>`.
    public static func cell(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case "|": result += "\\|"
            case "\r": result += "<br>"
            case "\n": if !previousWasCarriageReturn { result += "<br>" }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Cells as one pipe-table line.
    static func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
