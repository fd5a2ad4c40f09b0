import PartyBuilding
import Testing

@testable import PartyBuildingReports

@Suite("Text renderer")
struct TextRendererTests {
    @Test func everyLineOfATableHasTheSameDisplayWidth() throws {
        let lines = TextReportRenderer().lines(of: try Fixtures.fundingTable())
        #expect(lines.first == "活动经费 Funding")
        let body = lines.dropFirst()
        #expect(body.count == 1 + 1 + 4 + 2)  // header, rule, four rows, a rule before the subtotal and the total
        let widths = Set(body.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "widths \(widths) of\n\(body.joined(separator: "\n"))")
        #expect(body.contains { $0.hasPrefix("═") })
        #expect(body.dropFirst().first?.allSatisfy { $0 == "─" } == true)
    }

    @Test func alignsChineseAndNumbersExactly() throws {
        let table = try ReportTable(
            title: "T",
            columns: [ReportColumn(key: "name", header: "社区"), ReportColumn(key: "gap", header: "差额（元）")],
            rows: [
                ReportRow([.text("双塔"), .signedMoney(Money(fen: -120_000))]),
                ReportRow([.text("A1"), .money(Money(fen: 5))]),
            ])
        let lines = TextReportRenderer().lines(of: table)
        #expect(
            lines == [
                "T",
                "社区  差额（元）",
                "────────────────",
                "双塔   \u{2212}1,200.00",
                "A1          0.05",
            ])
    }

    @Test func rendersTitleFactsChartAndNote() throws {
        let text = TextReportRenderer(barWidth: 10).render(try Fixtures.document())
        #expect(text.hasPrefix("社区党建经费审核\n════════════════\n审核日期  2025-12-31\nPack      SZ2011\n\n"))
        #expect(text.contains("差额 Gap（元）\n双塔        ██████│ \u{2212}1,200.00\nCanglang A1       │████ 800.00\n"))
        #expect(text.hasSuffix("\n金额单位：元。\n第二行\n"))
    }

    @Test func chartsWithoutValuesDoNotBreak() {
        let renderer = TextReportRenderer(barWidth: 8)
        let zeros = BarChart(title: "Z", unit: "", bars: [BarChart.Bar(label: "a", value: 0)])
        #expect(renderer.lines(of: zeros) == ["Z", "a │ 0.00"])
        #expect(renderer.lines(of: BarChart(title: "E", unit: "CNY", bars: [])) == ["E (CNY)", "(no data)"])
        #expect(renderer.lines(of: BarChart(title: "缺口", unit: "元", bars: [])) == ["缺口（元）", "（无数据）"])
        let negative = BarChart(
            title: "N", unit: "", bars: [BarChart.Bar(label: "a", value: -200), BarChart.Bar(label: "bb", value: -100)])
        #expect(renderer.lines(of: negative) == ["N", "a  ████████│ \u{2212}2.00", "bb     ████│ \u{2212}1.00"])
        let positive = BarChart(
            title: "P", unit: "", bars: [BarChart.Bar(label: "a", value: 1), BarChart.Bar(label: "b", value: 800)])
        #expect(renderer.lines(of: positive) == ["P", "a │█ 0.01", "b │████████ 8.00"])
    }
}
