import PartyBuilding
import Testing

@testable import PartyBuildingReports

@Suite("Markdown renderer")
struct MarkdownRendererTests {
    @Test func escapesPipesBackslashesAndLineBreaks() {
        #expect(MarkdownReportRenderer.cell("a|b") == "a\\|b")
        #expect(MarkdownReportRenderer.cell("one\ntwo\r\nthree") == "one<br>two<br>three")
        #expect(MarkdownReportRenderer.cell("c:\\x") == "c:\\\\x")
    }

    @Test func writesAlignmentRowAndBoldSubtotals() throws {
        let table = try ReportTable(
            title: "T",
            columns: [ReportColumn(key: "name", header: "社区|名称"), ReportColumn(key: "gap", header: "差额（元）")],
            rows: [
                ReportRow([.text("双塔\n二行"), .signedMoney(Money(fen: -120_000))]),
                ReportRow([.text("小计"), .notRecorded], kind: .subtotal),
            ])
        #expect(
            MarkdownReportRenderer().render(table) == """
                ## T

                | 社区\\|名称 | 差额（元） |
                | :--- | ---: |
                | 双塔<br>二行 | \u{2212}1,200.00 |
                | **小计** | **—** |
                """)
    }

    @Test func writesTheDocument() throws {
        let text = MarkdownReportRenderer().render(try Fixtures.document())
        #expect(text.hasPrefix("# 社区党建经费审核\n\n- **审核日期**: 2025-12-31\n- **Pack**: SZ2011\n\n## 活动经费 Funding\n"))
        #expect(text.contains("| :--- | ---: | ---: | ---: | ---: | ---: |\n"))
        #expect(
            text.contains(
                "## 差额 Gap\n\n|  | 元 |\n| :--- | ---: |\n| 双塔 | \u{2212}1,200.00 |\n| Canglang A1 | 800.00 |\n"))
        #expect(text.hasSuffix("\n\n金额单位：元。\n第二行\n"))
    }
}
