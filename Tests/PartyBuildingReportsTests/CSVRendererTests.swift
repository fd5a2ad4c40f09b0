import Foundation
import PartyBuilding
import Testing

@testable import PartyBuildingReports

@Suite("CSV renderer")
struct CSVRendererTests {
    @Test func quotesFieldsAsRFC4180Says() {
        #expect(CSVReportRenderer.field("plain") == "plain")
        #expect(CSVReportRenderer.field("a,b") == "\"a,b\"")
        #expect(CSVReportRenderer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReportRenderer.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVReportRenderer.field("cr\rhere") == "\"cr\rhere\"")
        #expect(CSVReportRenderer.field("") == "")
    }

    @Test func writesBOMCRLFAndPlainValues() throws {
        let table = try ReportTable(
            title: "T",
            columns: [ReportColumn(key: "name", header: "社区,名称"), ReportColumn(key: "gap", header: "差额（元）")],
            rows: [
                ReportRow([.text("双\"塔\""), .signedMoney(Money(fen: -120_000))]),
                ReportRow([.text("a\nb"), .notRecorded]),
                ReportRow([.text("合计"), .money(Money(fen: 123_456_789))], kind: .total),
            ])
        let data = CSVReportRenderer().render(table)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(
            text == "\"社区,名称\",差额（元）\r\n\"双\"\"塔\"\"\",-1200.00\r\n\"a\nb\",\r\n合计,1234567.89\r\n")
    }

    @Test func writesADocumentAsTitledBlocks() throws {
        let data = CSVReportRenderer().render(try Fixtures.document())
        #expect(Array(data.prefix(3)) == CSVReportRenderer.byteOrderMark)
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("活动经费 Funding\r\n社区 Community,下限（元）,差额（元）,面积（m²）,占比,培训（天）\r\n"))
        #expect(text.contains("\r\n双塔,15000.00,-1200.00,450.50,33.33%,2.5\r\n"))
        #expect(text.contains("\r\nCanglang A1,0.99,800.00,12.00,3%,\r\n"))
        #expect(text.hasSuffix("\r\n\r\n差额 Gap\r\n,元\r\n双塔,-1200.00\r\nCanglang A1,800.00\r\n"))
        #expect(!text.contains("金额单位"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
