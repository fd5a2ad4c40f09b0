import PartyBuilding

/// Renders a report as one self-contained HTML5 page.
///
/// The page needs nothing else: its style is an inline `<style>` element, it has no scripts, no
/// external fonts, stylesheets or images, and no network URL (the only URL in it is the SVG namespace,
/// `http://www.w3.org/2000/svg`). Its fonts are a list that finds a Chinese face on Linux, macOS and
/// Windows ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif).
///
/// The title is an `<h1>` and the facts a `<dl>`. A table is an `<h2>` and a `<table>` with a `<thead>`;
/// trailing (numeric) cells are right-aligned, and subtotal and total rows have the classes `subtotal`
/// and `total` and are set in bold on a tinted ground. A chart is an inline `<svg>` with `role="img"`
/// and a `<title>` (see ``BarChart``). A note is a `<p>`. All text is escaped (`&`, `<`, `>`, `"`, `'`).
public struct HTMLReportRenderer: Sendable {
    /// The language of the page: its `lang` attribute and the few words the renderer writes itself.
    public var language: Language

    /// Creates a renderer for a page in `language`.
    public init(language: Language = .chinese) {
        self.language = language
    }

    /// The display width above which a text cell wraps instead of staying on one line.
    static let longText = 30

    /// The inline style sheet.
    static let style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", \
        sans-serif; margin: 2em; color: #222; line-height: 1.5; }
        h1 { font-size: 1.6em; margin-bottom: 0.3em; }
        h2 { font-size: 1.2em; margin-top: 1.6em; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
        dl.facts dt { color: #555; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; \
        white-space: nowrap; }
        td.long { white-space: normal; min-width: 18em; max-width: 48em; }
        thead th { background: #f2f2f2; }
        th.num, td.num { text-align: right; white-space: nowrap; }
        tr.subtotal td { font-weight: bold; background: #f7f7f7; }
        tr.total td { font-weight: bold; background: #ececec; border-top: 2px solid #888; }
        figure { margin: 1em 0; }
        svg { max-width: 100%; height: auto; }
        svg text { fill: #222; }
        svg .shortfall rect { fill: #c62828; }
        svg .surplus rect { fill: #2e7d32; }
        svg .neutral rect, svg .automatic rect { fill: #607d8b; }
        svg .axis { stroke: #444; stroke-width: 1; }
        svg .nodata { fill: #777; }
        @media print { body { margin: 0; } tr { break-inside: avoid; } }
        """

    /// The document as an HTML page.
    public func render(_ document: ReportDocument) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(document.title))</title>",
            "<style>",
            Self.style,
            "</style>",
            "</head>",
            "<body>",
            "<h1>\(HTMLText.escape(document.title))</h1>",
        ]
        if !document.facts.isEmpty {
            lines.append("<dl class=\"facts\">")
            for fact in document.facts {
                lines.append("<dt>\(HTMLText.escape(fact.label))</dt><dd>\(HTMLText.escapeLines(fact.value))</dd>")
            }
            lines.append("</dl>")
        }
        var chartNumber = 0
        for section in document.sections {
            switch section {
            case .table(let table): lines.append(render(table))
            case .chart(let chart):
                chartNumber += 1
                lines.append("<section class=\"chart\">")
                lines.append("<h2>\(HTMLText.escape(chart.titleWithUnit))</h2>")
                lines.append("<figure>")
                lines.append(SVGBarChart(chart: chart, identifier: "chart-\(chartNumber)", language: language).render())
                lines.append("</figure>")
                lines.append("</section>")
            case .note(let text): lines.append("<p>\(HTMLText.escapeLines(text))</p>")
            }
        }
        lines.append("</body>")
        lines.append("</html>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table as a `<section>` holding its `<h2>` title and `<table>`.
    public func render(_ table: ReportTable) -> String {
        let numeric = table.columns.indices.map { table.alignment(ofColumn: $0) == .trailing }
        func attribute(_ index: Int) -> String { numeric[index] ? " class=\"num\"" : "" }
        var lines = ["<section class=\"table\">", "<h2>\(HTMLText.escape(table.title))</h2>", "<table>", "<thead>"]
        let headers = table.columns.enumerated().map { index, column in
            "<th scope=\"col\"\(attribute(index))>\(HTMLText.escapeLines(column.header))</th>"
        }
        lines.append("<tr>" + headers.joined() + "</tr>")
        lines.append("</thead>")
        lines.append("<tbody>")
        for row in table.rows {
            let rowClass = row.kind == .data ? "" : " class=\"\(row.kind.rawValue)\""
            let cells = row.cells.enumerated().map { index, cell in
                // A long text (a finding's message) wraps; names and figures stay on one line.
                let long = !numeric[index] && DisplayWidth.of(cell.display) > Self.longText
                return "<td\(long ? " class=\"long\"" : attribute(index))>\(HTMLText.escapeLines(cell.display))</td>"
            }
            lines.append("<tr\(rowClass)>" + cells.joined() + "</tr>")
        }
        lines.append("</tbody>")
        lines.append("</table>")
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }
}
