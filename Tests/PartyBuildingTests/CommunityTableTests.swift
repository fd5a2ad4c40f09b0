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
        #expect(communities[1].organisations.isEmpty && communities[1].fundGrants.isEmpty)
        #expect(MembershipSummary(dongguan, on: .latest).heldByCommunity == 80)
    }

    @Test func anEmptyCellIsNotRecorded() throws {
        let csv = """
            id,households,residents,residentialFloorArea,serviceSpace,workAndActivityRoomArea,partyUseArea,isConcentratedResettlement,hasManagementServiceCentre,development,registeredResidents
            SQ,,,,,,,,,,

            """
        let community = try #require(try CommunityTable.read(csv: csv).first)
        #expect(community.households == nil && community.residents == nil && community.registeredResidents == nil)
        #expect(community.residentialFloorArea == nil && community.serviceSpace == nil)
        #expect(community.workAndActivityRoomArea == nil && community.partyUseArea == nil)
        #expect(community.isConcentratedResettlement == nil && community.hasManagementServiceCentre == nil)
        #expect(community.development == nil && community.residentsCommittees == nil)
    }

    @Test func anAbsentColumnIsNotRecordedAndZeroOrFalseIs() throws {
        let absent = try #require(try CommunityTable.read(csv: "id,name\nSQ,石泉社区\n").first)
        #expect(absent.households == nil && absent.serviceSpace == nil && absent.hasManagementServiceCentre == nil)
        #expect(absent.development == nil && absent.fundGrants.isEmpty)
        let csv = "id,households,serviceSpace,管理服务中心,development\nSQ,0,0,否,existing\n"
        let given = try #require(try CommunityTable.read(csv: csv).first)
        #expect(given.households == 0 && given.serviceSpace == .zero)
        #expect(given.hasManagementServiceCentre == false && given.development == .existing)
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
    func errorsNameTheLineColumnAndValue(csv: String, line: Int, column: String?, value: String?) throws {
        let error = try #require(throws: CommunityTableError.self) {
            try CommunityTable.read(csv: csv, source: "test.csv")
        }
        let problem = try #require(error.problems.first)
        #expect(error.problems.count == 1)
        #expect(problem.source == "test.csv")
        #expect(problem.line == line)
        #expect(problem.column == column)
        #expect(problem.value == value)
        #expect(error.errorDescription?.hasPrefix("test.csv, line \(line)") == true)
    }

    @Test func everyBadCellIsReportedAtOnceInFileOrder() throws {
        let csv = """
            编号,户数,社区服务用房,colour,常住人口
            DG,-2145,5600,red,7393
            SQ,12.5,1.234,blue,many
            XY,100,200,green
            DG,1,1,x,1

            """
        let error = try #require(throws: CommunityTableError.self) {
            try CommunityTable.read(csv: csv, source: "district.csv")
        }
        #expect(
            error.problems.map(\.reason) == [
                .unknownColumn, .negative, .notWhole, .tooManyDecimals(allowed: 2), .notANumber,
                .wrongCellCount(found: 4, expected: 5), .duplicateID,
            ])
        #expect(error.problems.map(\.line) == [1, 2, 3, 3, 3, 4, 5])
        #expect(error.problems.map(\.column) == ["colour", "户数", "户数", "社区服务用房", "常住人口", nil, "编号"])
        #expect(error.problems.map(\.value) == [nil, "-2145", "12.5", "1.234", "many", nil, "DG"])
        #expect(
            error.message(.chinese) == """
                district.csv 第 1 行“colour”列不是可用的列；可用的列为\(CommunityTable.Column.allCases.map(\.chineseName).joined(separator: "、"))
                district.csv 第 2 行“户数”列的值“-2145”不能为负数
                district.csv 第 3 行“户数”列的值“12.5”不是整数
                district.csv 第 3 行“社区服务用房”列的值“1.234”的小数超过 2 位
                district.csv 第 3 行“常住人口”列的值“many”不是数字
                district.csv 第 4 行有 4 个单元格，而表头有 5 列
                district.csv 第 5 行“编号”列的值“DG”与前面某行的编号重复
                """)
        #expect(
            error.problems[1].message(.english)
                == "district.csv, line 2, column 户数, value \"-2145\": must not be negative")
        #expect(
            error.problems[3].message(.english)
                == "district.csv, line 3, column 社区服务用房, value \"1.234\": has more than 2 decimals")
        #expect(error.problems[5].message(.english) == "district.csv, line 4: the row has 4 cells; the header has 5")
        #expect(error.errorDescription == error.message(.english))
        #expect(error.errorDescription?.split(separator: "\n").count == 7)
    }

    @Test func headersAreTrimmedAndEnglishHeadersIgnoreCase() throws {
        let csv = " ID ,HouseHolds,　名称　\nDG,2145,东关社区\n"
        let community = try #require(try CommunityTable.read(csv: csv).first)
        #expect(community.households == 2145)
        #expect(community.name == "东关社区")
    }

    @Test func textAfterAClosingQuoteIsAProblemOfItsRowAndLaterRowsAreStillRead() throws {
        let csv = "id,households\n\"A\"x,1\nB,-1\n"
        let error = try #require(throws: CommunityTableError.self) {
            try CommunityTable.read(csv: csv, source: "t.csv")
        }
        #expect(error.problems.map(\.reason) == [.textAfterQuote, .negative])
        #expect(error.problems.map(\.line) == [2, 3])
        #expect(error.problems[0].message(.chinese) == "t.csv 第 2 行的引号闭合后还有文字")
    }

    @Test func aValidationErrorNamesTheLineAndTheColumnsAsWritten() throws {
        let csv = "编号,社区服务用房,工作活动用房,党组织活动用房\nDG,5600,900,320\nSQ,500,900,100\nXY,5600,900,1000\n"
        let error = try #require(throws: CommunityTableError.self) {
            try CommunityTable.read(csv: csv, source: "district.csv")
        }
        #expect(error.problems.map(\.line) == [3, 4])
        #expect(error.problems.map(\.column) == ["工作活动用房", "党组织活动用房"])
        #expect(error.problems.map(\.reason) == [.exceeds("社区服务用房"), .exceeds("工作活动用房")])
        #expect(error.problems[0].message(.chinese) == "district.csv 第 3 行“工作活动用房”列的值“900”超过了它所属的“社区服务用房”")
        #expect(
            error.problems[1].message(.english)
                == "district.csv, line 4, column 党组织活动用房, value \"1000\": exceeds 工作活动用房, of which it is part")
    }

    @Test func probationaryMembersAboveTheTotalNameTheirColumn() throws {
        let error = try #require(throws: CommunityTableError.self) {
            try CommunityTable.read(csv: "id,members,probationaryMembers\nDG,3,5\n", source: "t.csv")
        }
        #expect(error.problems.map(\.column) == ["probationaryMembers"])
        #expect(error.problems.map(\.reason) == [.exceeds("members")])
    }

    @Test func anEmptyTextIsAProblemOfTheWholeFile() throws {
        let error = try #require(throws: CommunityTableError.self) { try CommunityTable.read(csv: "", source: "t.csv") }
        #expect(error.message(.chinese) == "t.csv：文件为空，没有表头")
        #expect(error.message(.english) == "t.csv: the file is empty; it has no header")
    }
}
