import PartyBuilding
import Testing

@testable import PartyBuildingReports

@Suite("Report tables and cells")
struct ReportTableTests {
    @Test func rejectsARowWithTheWrongCellCount() throws {
        let columns = [ReportColumn(key: "a", header: "A"), ReportColumn(key: "b", header: "B")]
        #expect(throws: ReportTableError.wrongCellCount(table: "T", row: 1, cells: 1, columns: 2)) {
            try ReportTable(
                title: "T", columns: columns, rows: [ReportRow([.text("x"), .integer(1)]), ReportRow([.text("y")])])
        }
        var table = try ReportTable(title: "T", columns: columns)
        #expect(throws: ReportTableError.wrongCellCount(table: "T", row: 0, cells: 3, columns: 2)) {
            try table.append(ReportRow([.text("x"), .integer(1), .integer(2)]))
        }
        #expect(table.rows.isEmpty)
        try table.append(ReportRow([.text("x"), .integer(1)]))
        #expect(table.rows.count == 1)
        let error = ReportTableError.wrongCellCount(table: "T", row: 1, cells: 1, columns: 2)
        #expect(error.localizedDescription == "row 1 of table “T” has 1 cells, but the table has 2 columns")
    }

    @Test func rejectsDuplicateColumnKeys() {
        #expect(throws: ReportTableError.duplicateColumnKey(table: "T", key: "a")) {
            try ReportTable(
                title: "T", columns: [ReportColumn(key: "a", header: "A"), ReportColumn(key: "a", header: "B")])
        }
    }

    @Test func alignmentComesFromTheCells() throws {
        let table = try Fixtures.fundingTable()
        #expect(table.alignment(ofColumn: 0) == .leading)
        #expect(table.alignment(ofColumn: 1) == .trailing)
        #expect(table.alignment(ofColumn: 5) == .trailing)
        let chosen = try ReportTable(
            title: "T", columns: [ReportColumn(key: "a", header: "A", alignment: .leading)],
            rows: [ReportRow([.integer(1)])])
        #expect(chosen.alignment(ofColumn: 0) == .leading)
    }

    @Test func cellsHaveExactDisplayPlainAndJSONForms() {
        let gap = ReportCell.signedMoney(Money(fen: -120_000))
        #expect(gap.display == "\u{2212}1,200.00")
        #expect(gap.plain == "-1200.00")
        #expect(gap.jsonValue == "-1200.00")
        #expect(ReportCell.signedMoney(Money(fen: 120_000)).display == "+1,200.00")
        #expect(ReportCell.signedMoney(Money.zero).display == "0.00")
        #expect(ReportCell.money(Money(fen: 1_500_000)).display == "15,000.00")
        #expect(ReportCell.money(Money(fen: 5)).plain == "0.05")
        #expect(ReportCell.money(Money(fen: -5)).plain == "-0.05")
        #expect(ReportCell.money(Money(fen: 123_456_789_012)).display == "1,234,567,890.12")
        #expect(ReportCell.area(Area(hundredthsOfSquareMetre: 45_050)).display == "450.50")
        #expect(ReportCell.signedArea(Area(hundredthsOfSquareMetre: -1)).display == "\u{2212}0.01")
        #expect(ReportCell.integer(1_234_567).display == "1,234,567")
        #expect(ReportCell.integer(-1_234).plain == "-1234")
        #expect(ReportCell.ratio(Ratio(1, 3)).display == "33.33%")
        #expect(ReportCell.ratio(Ratio(1, 3)).jsonValue == "33.33")
        #expect(ReportCell.days(Days(tenths: 25)).display == "2.5")
        #expect(ReportCell.days(Days(7)).jsonValue == "7")
        #expect(ReportCell.notRecorded.display == "—")
        #expect(ReportCell.notRecorded.plain == "")
        #expect(ReportCell.notRecorded.jsonValue == "null")
        #expect(ReportCell.text("a\"b\n").jsonValue == "\"a\\\"b\\n\"")
        #expect(ReportCell.money(Money(fen: Int64.min)).plain == "-92233720368547758.08")
    }
}
