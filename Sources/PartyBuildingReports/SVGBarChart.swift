import PartyBuilding

/// A bar chart as inline SVG: horizontal bars either side of a zero axis, labels on the left.
///
/// The width is fixed and the height grows with the number of bars, one row of ``rowHeight`` each, so
/// that charts of fifty bars and more stay legible. Coordinates are integers of tenths of a pixel,
/// written with one decimal; no value can produce NaN.
struct SVGBarChart {
    /// The SVG namespace; the only URL a rendering holds.
    static let namespace = "http://www.w3.org/2000/svg"
    /// The chart's width in pixels.
    static let width: Int64 = 760
    /// The height of one bar's row, in pixels.
    static let rowHeight: Int64 = 22
    /// The height of a bar, in pixels.
    static let barHeight: Int64 = 14
    /// The height above the first bar, in pixels.
    static let top: Int64 = 12
    /// The right edge of the labels, in pixels.
    static let labelEnd: Int64 = 196
    /// Where the plot starts and ends, in pixels (the right margin holds the values).
    static let plotStart: Int64 = 204
    static let plotEnd: Int64 = 640
    /// The widest label drawn, in display columns; longer ones are cut with `…` (the whole label is the
    /// bar's tooltip).
    static let labelColumns = 30

    let chart: BarChart
    /// A unique identifier within the page, for the title's `id`.
    let identifier: String
    let language: Language

    /// The `<svg>` element.
    func render() -> String {
        let title = HTMLText.escape(chart.titleWithUnit)
        let titleID = "\(identifier)-title"
        guard !chart.bars.isEmpty else {
            let noData = language == .chinese ? "无数据" : "No data"
            return """
                <svg xmlns="\(Self.namespace)" role="img" aria-labelledby="\(titleID)" width="\(Self.width)" \
                height="40" viewBox="0 0 \(Self.width) 40"><title id="\(titleID)">\(title)</title>\
                <text x="\(Self.width / 2)" y="24" text-anchor="middle" class="nodata">\(noData)</text></svg>
                """
        }
        let count = Int64(chart.bars.count)
        let height = Self.top * 2 + Self.rowHeight * count
        let scale = BarScale(chart.bars.map(\.value))
        let plotWidth = UInt64((Self.plotEnd - Self.plotStart) * 10)
        let axis = Self.plotStart * 10 + Int64(scale.axis(in: plotWidth))
        var lines = [
            "<svg xmlns=\"\(Self.namespace)\" role=\"img\" aria-labelledby=\"\(titleID)\" width=\"\(Self.width)\" "
                + "height=\"\(height)\" viewBox=\"0 0 \(Self.width) \(height)\" font-size=\"12\">",
            "<title id=\"\(titleID)\">\(title)</title>",
        ]
        for (index, bar) in chart.bars.enumerated() {
            let rowTop = (Self.top + Self.rowHeight * Int64(index)) * 10
            let barTop = rowTop + (Self.rowHeight - Self.barHeight) * 5
            let baseline = rowTop + Self.rowHeight * 10 / 2 + 40
            let length = Int64(scale.length(of: bar.value.magnitude, in: plotWidth))
            let barStart = bar.value < 0 ? axis - length : axis
            let valueStart = (bar.value > 0 ? axis + length : axis) + 40
            let label = HTMLText.escape(bar.label)
            var line =
                "<g class=\"\(bar.resolvedSeries.rawValue)\"><title>\(label): \(HTMLText.escape(bar.display))</title>"
            line += "<text x=\"\(Self.coordinate(Self.labelEnd * 10))\" y=\"\(Self.coordinate(baseline))\" "
            line += "text-anchor=\"end\">\(HTMLText.escape(Self.shortened(bar.label)))</text>"
            if length > 0 {
                line += "<rect x=\"\(Self.coordinate(barStart))\" y=\"\(Self.coordinate(barTop))\" "
                line += "width=\"\(Self.coordinate(length))\" height=\"\(Self.barHeight)\"/>"
            }
            line += "<text x=\"\(Self.coordinate(valueStart))\" y=\"\(Self.coordinate(baseline))\" class=\"value\">"
            line += "\(HTMLText.escape(bar.display))</text></g>"
            lines.append(line)
        }
        let axisX = Self.coordinate(axis)
        lines.append(
            "<line class=\"axis\" x1=\"\(axisX)\" y1=\"\(Self.top - 4)\" x2=\"\(axisX)\" "
                + "y2=\"\(height - Self.top + 4)\"/>")
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    /// Tenths of a pixel written with one decimal: `2045` → `204.5`.
    static func coordinate(_ tenths: Int64) -> String { DecimalText.fixed(tenths, scale: 1) }

    /// A label cut to ``labelColumns`` display columns, ending `…` when it was cut.
    static func shortened(_ label: String) -> String {
        let single = TextReportRenderer.singleLine(label)
        guard DisplayWidth.of(single) > labelColumns else { return single }
        var result = ""
        var width = 0
        for character in single {
            let next = DisplayWidth.of(character)
            if width + next > labelColumns - 1 { break }
            result.append(character)
            width += next
        }
        return result + "…"
    }
}
