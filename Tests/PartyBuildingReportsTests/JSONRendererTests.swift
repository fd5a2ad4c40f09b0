import Foundation
import PartyBuilding
import Testing

@testable import PartyBuildingReports

@Suite("JSON renderer")
struct JSONRendererTests {
    @Test func parsesAndKeepsExactNumbers() throws {
        let text = JSONReportRenderer().render(try Fixtures.document())
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "社区党建经费审核")
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.map { $0["type"] as? String } == ["table", "chart", "note"])
        let rows = try #require(sections[0]["rows"] as? [[String: Any]])
        #expect(rows.map { $0["kind"] as? String } == ["data", "data", "subtotal", "total"])
        let first = try #require(rows[0]["cells"] as? [String: Any])
        #expect(first["community"] as? String == "双塔")
        #expect(first["share"] as? NSNumber == 33.33)
        let second = try #require(rows[1]["cells"] as? [String: Any])
        #expect(second["training"] is NSNull)

        // The numbers are written from the exact decimals, with their two places.
        #expect(text.contains("\"activityFloor\": 15000.00,"))
        #expect(text.contains("\"gap\": -1200.00,"))
        #expect(text.contains("\"area\": 450.50,"))
        #expect(text.contains("\"training\": null"))
        #expect(text.contains("\"value\": -1200.00,"))
        #expect(text.contains("\"display\": \"\u{2212}1,200.00\","))
        #expect(text.contains("\"series\": \"shortfall\""))
        #expect(text.contains("\"text\": \"金额单位：元。\\n第二行\""))
        #expect(
            text.contains(
                "{\n          \"key\": \"activityFloor\",\n          \"header\": \"下限（元）\",\n"
                    + "          \"alignment\": \"trailing\"\n        }"
            ))
        #expect(JSONReportRenderer().render(try Fixtures.document()) == text)
    }

    @Test func writesEmptyContainersCompactly() {
        let text = JSONReportRenderer().render(ReportDocument(title: "空\""))
        #expect(text == "{\n  \"title\": \"空\\\"\",\n  \"facts\": [],\n  \"sections\": []\n}\n")
    }

    @Test func formatRendersEveryFormat() throws {
        let document = try Fixtures.document()
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "json", "csv", "markdown", "html"])
        for format in ReportFormat.allCases {
            let data = format.render(document, language: .chinese)
            #expect(!data.isEmpty)
            #expect((Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF]) == (format == .csv))
        }
        let json = ReportFormat.json.render(document, language: .english)
        #expect(String(decoding: json, as: UTF8.self) == JSONReportRenderer().render(document))
    }
}
