import Foundation
import Testing

@testable import PartyBuilding

@Suite("Reading communities from a CSV table")
struct CommunityTableTests {
    @Test func readsEnglishHeadersQuotesAndEmptyCells() throws {
        let csv = """
            id,name,district,households,residents,residentialFloorArea,serviceSpace,members,probationaryMembers,organisationForm,year,activityFunds,workFunds,lastYearAverageWage\r
            DG,"东关社区, 城中",城中区,2145,7393,"180,000.50",5600,80,2,branch,2025,15000,147860.00,98000\r
            SQ,石泉社区,姑苏区,,,,,,,,,,,\r

            """
        let communities = try CommunityTable.read(csv: csv)
        #expect(communities.count == 2)
        let dongguan = communities[0]
        #expect(dongguan.name == "东关社区, 城中")
        #expect(dongguan.residentialFloorArea == Area(hundredthsOfSquareMetre: 18_000_050))
        #expect(dongguan.organisations.first?.headcount == .init(total: 80, probationary: 2))
        #expect(dongguan.fundsGranted(in: 2025, for: [.activity]) == Money(yuan: 15_000))
        #expect(dongguan.fundsGranted(in: 2025, for: [.work]) == Money(yuan: 147_860))
        #expect(dongguan.averageWage(in: 2024) == Money(yuan: 98_000))
        #expect(communities[1].households == 0 && communities[1].organisations.isEmpty)
        #expect(MembershipSummary(dongguan, on: .latest).heldByCommunity == 80)
    }

    @Test func readsChineseHeadersAndBom() throws {
        let csv = "\u{FEFF}编号,名称,建设状态,集中安置,组织形式,党员\nXY,新苑社区,规划,是,党总支,60\n"
        let community = try #require(try CommunityTable.read(csv: csv).first)
        #expect(community.development == .planned)
        #expect(community.isConcentratedResettlement == true)
        #expect(community.organisations.first?.form == .generalBranch)
    }

    @Test func quotedFieldsMayHoldQuotesAndLineBreaks() throws {
        let csv = "id,name\nA,\"He said \"\"hi\"\"\nnext line\"\nB,plain\n"
        let communities = try CommunityTable.read(csv: csv)
        #expect(communities.map(\.name) == ["He said \"hi\"\nnext line", "plain"])
    }

    @Test(arguments: [
        ("id,colour\nA,red\n", 1, "colour", nil as String?),
        ("name\nA\n", 1, "id", nil),
        ("id,households\nA,-3\n", 2, "households", "-3"),
        ("id,households\nA,12.5\n", 2, "households", "12.5"),
        ("id,serviceSpace\nA,1.234\n", 2, "serviceSpace", "1.234"),
        ("id,activityFunds\nA,100\n", 2, "year", ""),
        ("id,workFunds,year\nA,0.001,2025\n", 2, "workFunds", "0.001"),
        ("id,development\nA,soon\n", 2, "development", "soon"),
        ("id\nA\nA\n", 3, "id", "A"),
        ("id,name\nA\n", 2, nil, nil),
        ("id,name\nA,\"open\n", 2, nil, nil),
    ])
    func errorsNameTheLineColumnAndValue(csv: String, line: Int, column: String?, value: String?) {
        do {
            _ = try CommunityTable.read(csv: csv, source: "test.csv")
            Issue.record("read \(csv.debugDescription) without an error")
        } catch {
            #expect(error.source == "test.csv")
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.value == value)
            #expect(error.errorDescription?.hasPrefix("test.csv, line \(line)") == true)
        }
    }

    @Test func aMissingFileIsATypedError() {
        #expect(throws: CommunityTableError.self) {
            try CommunityTable.read(contentsOf: URL(fileURLWithPath: "/nonexistent/communities.csv"))
        }
    }
}
