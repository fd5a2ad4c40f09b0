/// Renders a report as plain text for a terminal, lining columns up by ``DisplayWidth``.
///
/// The title comes first, underlined with `═`, then the facts with their labels lined up. A table is its
/// title, a header row, a rule of `─`, and its rows, every line padded to the same width; a rule of `─`
/// comes before each subtotal row and a rule of `═` before each total row. A chart is its title and one
/// line a bar: the label, the bar in `█` blocks scaled to ``barWidth`` columns either side of a `│` zero
/// axis (negative values to the left), and the displayed value. A note is a paragraph. Sections are
/// separated by an empty line; lines end with `\n`.
///
/// ```
/// 活动经费
/// 社区  差额（元）
/// ────────────────
/// 双塔  −1,200.00
/// ```
public struct TextReportRenderer: Sendable {
    /// The number of columns the longest bar of a chart takes.
    public var barWidth: Int

    /// Creates a renderer.
    /// - Parameter barWidth: The columns the longest bar of a chart takes (at least 1; 40 by default).
    public init(barWidth: Int = 40) {
        self.barWidth = max(barWidth, 1)
    }

    /// The document as text.
    public func render(_ document: ReportDocument) -> String {
        var blocks: [[String]] = []
        var head = [document.title, String(repeating: "═", count: max(DisplayWidth.of(document.title), 1))]
        let labelWidth = document.facts.map { DisplayWidth.of($0.label) }.max() ?? 0
        for fact in document.facts {
            head.append(DisplayWidth.padEnd(fact.label, to: labelWidth) + "  " + fact.value)
        }
        blocks.append(head)
        for section in document.sections {
            switch section {
            case .table(let table): blocks.append(lines(of: table))
            case .chart(let chart): blocks.append(lines(of: chart))
            case .note(let text):
                blocks.append(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
        }
        return blocks.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    /// A table as lines: its title, then header, rule and rows, each of the same display width.
    public func lines(of table: ReportTable) -> [String] {
        let headers = table.columns.map { Self.singleLine($0.header) }
        let cells = table.rows.map { row in row.cells.map { Self.singleLine($0.display) } }
        var widths = headers.map { DisplayWidth.of($0) }
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        let alignments = table.columns.indices.map { table.alignment(ofColumn: $0) }
        let separator = "  "
        let total = widths.reduce(0, +) + separator.count * max(widths.count - 1, 0)
        func line(_ fields: [String]) -> String {
            zip(fields, zip(widths, alignments)).map { field, layout in
                layout.1 == .trailing
                    ? DisplayWidth.padStart(field, to: layout.0) : DisplayWidth.padEnd(field, to: layout.0)
            }.joined(separator: separator)
        }
        var result = [table.title, line(headers), String(repeating: "─", count: total)]
        for (row, fields) in zip(table.rows, cells) {
            switch row.kind {
            case .data: break
            case .subtotal: result.append(String(repeating: "─", count: total))
            case .total: result.append(String(repeating: "═", count: total))
            }
            result.append(line(fields))
        }
        return result
    }

    /// A chart as lines: its title with its unit, then one line a bar, or a line saying there is no data.
    public func lines(of chart: BarChart) -> [String] {
        let title = chart.titleWithUnit
        guard !chart.bars.isEmpty else { return [title, chart.isChinese ? "（无数据）" : "(no data)"] }
        let scale = BarScale(chart.bars.map(\.value))
        let width = UInt64(barWidth)
        let left = Int(scale.axis(in: width))
        let right = barWidth - left
        let labels = chart.bars.map { Self.singleLine($0.label) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        var result = [title]
        for (bar, label) in zip(chart.bars, labels) {
            var blocks = Int(scale.length(of: bar.value.magnitude, in: width))
            if bar.value != 0 { blocks = max(blocks, 1) }
            let negative = bar.value < 0 ? min(blocks, max(left, 1)) : 0
            let positive = bar.value > 0 ? min(blocks, max(right, 1)) : 0
            var text = DisplayWidth.padEnd(label, to: labelWidth) + " "
            if left > 0 || negative > 0 {
                text += String(repeating: " ", count: max(left - negative, 0)) + String(repeating: "█", count: negative)
            }
            text += "│" + String(repeating: "█", count: positive) + " " + Self.singleLine(bar.display)
            result.append(text)
        }
        return result
    }

    /// Text on one line: line breaks become spaces.
    static func singleLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }
}
