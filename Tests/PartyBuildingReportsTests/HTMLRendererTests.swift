import Foundation
import PartyBuilding
import Testing

@testable import PartyBuildingReports

@Suite("HTML renderer")
struct HTMLRendererTests {
    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func isSelfContained() throws {
        var document = try Fixtures.document()
        document.sections.append(.chart(BarChart(title: "空", unit: "元", bars: [])))
        let html = HTMLReportRenderer(language: .chinese).render(document)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("url("))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<img"))
        let withoutNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!withoutNamespace.lowercased().contains("http"))
        #expect(Self.occurrences(of: "<svg ", in: html) == 2)
        #expect(Self.occurrences(of: "role=\"img\"", in: html) == 2)
        #expect(html.contains("<title id=\"chart-1-title\">差额 Gap（元）</title>"))
        #expect(html.contains(">无数据</text>"))
        #expect(html.contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\""))
        #expect(html.contains("<p>金额单位：元。<br>第二行</p>"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        let english = HTMLReportRenderer(language: .english).render(document)
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains(">No data</text>"))
    }

    @Test func escapesTextAndStylesRows() throws {
        let table = try ReportTable(
            title: "<T>",
            columns: [ReportColumn(key: "name", header: "名'称"), ReportColumn(key: "gap", header: "差额")],
            rows: [
                ReportRow([.text("<b>&\"x\""), .signedMoney(Money(fen: -120_000))]),
                ReportRow([.text("小计"), .money(Money(fen: 1))], kind: .subtotal),
            ])
        let html = HTMLReportRenderer().render(table)
        #expect(html.contains("<h2>&lt;T&gt;</h2>"))
        #expect(
            html.contains("<thead>\n<tr><th scope=\"col\">名&#39;称</th><th scope=\"col\" class=\"num\">差额</th></tr>"))
        #expect(html.contains("<tr><td>&lt;b&gt;&amp;&quot;x&quot;</td><td class=\"num\">\u{2212}1,200.00</td></tr>"))
        #expect(html.contains("<tr class=\"subtotal\"><td>小计</td><td class=\"num\">0.01</td></tr>"))
        #expect(!html.contains("<b>"))
    }

    @Test func chartCoordinatesStayFiniteAndLegible() throws {
        let zeros = BarChart(title: "Z", unit: "", bars: [BarChart.Bar(label: "a", value: 0)])
        let flat = SVGBarChart(chart: zeros, identifier: "c", language: .chinese).render()
        #expect(!flat.contains("NaN"))
        #expect(!flat.contains("<rect"))
        #expect(flat.contains("<line class=\"axis\" x1=\"204.0\""))

        let mixed = SVGBarChart(chart: Fixtures.gapChart, identifier: "c", language: .chinese).render()
        // The plot is 436 px: 120,000 of 200,000 fen below zero puts the axis 261.6 px in, at 465.6.
        #expect(mixed.contains("<line class=\"axis\" x1=\"465.6\""))
        #expect(mixed.contains("<g class=\"shortfall\"><title>双塔: \u{2212}1,200.00</title>"))
        #expect(mixed.contains("<rect x=\"204.0\" y=\"16.0\" width=\"261.6\" height=\"14\"/>"))
        #expect(mixed.contains("<g class=\"surplus\">"))
        #expect(mixed.contains("<rect x=\"465.6\" y=\"38.0\" width=\"174.4\" height=\"14\"/>"))
        #expect(mixed.contains("text-anchor=\"end\">双塔</text>"))

        let many = BarChart(
            title: "M", unit: "m²",
            bars: (0..<60).map { BarChart.Bar(label: "社区\($0) 很长很长很长很长很长很长的名字", value: Int64($0 - 30) * 1_000) })
        let svg = SVGBarChart(chart: many, identifier: "m", language: .chinese).render()
        #expect(svg.contains("height=\"1344\" viewBox=\"0 0 760 1344\""))  // 12 + 60 × 22 + 12
        #expect(Self.occurrences(of: "<rect ", in: svg) == 59)
        #expect(svg.contains("text-anchor=\"end\">社区0 很长很长很长很长很长很…</text>"))

        let extreme = BarChart(
            title: "X", unit: "",
            bars: [BarChart.Bar(label: "min", value: .min), BarChart.Bar(label: "max", value: .max)])
        let wide = SVGBarChart(chart: extreme, identifier: "x", language: .english).render()
        #expect(wide.contains("<line class=\"axis\" x1=\"422.0\""))
    }
}
