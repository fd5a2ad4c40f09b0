import Foundation
import Testing

@testable import PartyBuilding

@Suite("Numbers in a CSV table of communities")
struct CommunityTableNumberTests {
    private func community(_ header: String, _ value: String) throws -> Community {
        try #require(try CommunityTable.read(csv: "id,\(header)\nDG,\"\(value)\"\n").first)
    }

    private func problem(_ header: String, _ value: String) throws -> CommunityTableProblem {
        let error = try #require(throws: CommunityTableError.self) {
            try CommunityTable.read(csv: "id,\(header)\nDG,\"\(value)\"\n", source: "t.csv")
        }
        #expect(error.problems.count == 1)
        return try #require(error.problems.first)
    }

    @Test func fullWidthDigitsAndSeparatorsReadAsASCII() throws {
        #expect(try community("households", "１００").households == 100)
        #expect(try community("households", "２，１４５").households == 2145)
        #expect(try community("households", "\u{3000}２１４５户\u{3000}").households == 2145)
        #expect(try community("serviceSpace", "５６００．５０").serviceSpace == Area(hundredthsOfSquareMetre: 560_050))
    }

    @Test func thousandsSeparatorsAndUnits() throws {
        #expect(try community("residents", "7,393人").residents == 7393)
        #expect(try community("serviceSpace", "5,600㎡").serviceSpace == Area(squareMetres: 5600))
        #expect(try community("serviceSpace", "5600 m²").serviceSpace == Area(squareMetres: 5600))
        #expect(try community("serviceSpace", "5600平方米").serviceSpace == Area(squareMetres: 5600))
        let funds = try community("year,activityFunds", "2025\",\"15,000.50元")
        #expect(funds.fundsGranted(in: 2025, for: [.activity]) == Money(fen: 1_500_050))
    }

    @Test func wanIsReadExactly() throws {
        let funds = try community("year,workFunds", "2025\",\"1.5万")
        #expect(funds.fundsGranted(in: 2025, for: [.work]) == Money(yuan: 15_000))
        #expect(try community("residents", "1.2345万人").residents == 12_345)
        let rejected = try problem("year,workFunds", "2025\",\"1.23456万")
        #expect(rejected.reason == .tooPreciseForWan)
        #expect(rejected.column == "workFunds" && rejected.value == "1.23456万")
        #expect(rejected.message(.chinese) == "t.csv 第 2 行“workFunds”列的值“1.23456万”以“万”为单位，小数超过 4 位（换算后须为整数单位）")
        #expect(
            rejected.message(.english)
                == "t.csv, line 2, column workFunds, value \"1.23456万\": has more than 4 decimals in 万, which would not be a whole unit"
        )
    }

    @Test(arguments: [
        ("households", "12.5", CommunityTableProblem.Reason.notWhole),
        ("households", "-3", .negative),
        ("households", "－３", .negative),
        ("households", "1,23", .notANumber),
        ("households", "abc", .notANumber),
        ("households", "100元", .unexpectedUnit("元", accepted: ["户", "人", "名", "个"])),
        ("serviceSpace", "100户", .unexpectedUnit("户", accepted: ["平方米", "m²", "㎡"])),
        ("serviceSpace", "1.234", .tooManyDecimals(allowed: 2)),
        ("households", "99999999999999999999", .tooLarge),
    ])
    func badNumbersAreRejectedNamingTheValue(header: String, value: String, reason: CommunityTableProblem.Reason) throws
    {
        let rejected = try problem(header, value)
        #expect(rejected.reason == reason)
        #expect(rejected.value == value)
        #expect(rejected.line == 2)
    }

    @Test func aUnitTheColumnDoesNotTakeIsWorded() throws {
        let rejected = try problem("households", "100元")
        #expect(rejected.message(.chinese) == "t.csv 第 2 行“households”列的值“100元”带有单位“元”，该列只接受“户”、“人”、“名”、“个”")
        #expect(
            rejected.message(.english)
                == "t.csv, line 2, column households, value \"100元\": has the unit 元; the column takes 户, 人, 名, 个")
    }
}
