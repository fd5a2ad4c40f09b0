import Foundation
import PartyBuilding
import Testing

/// `SZ2011.6.age-structure` (shall, a goal): 形成一支以40岁左右人员为主体，年龄梯次结构合理的社区工作者队伍 —
/// advise when the workers' median age (in full years, 周岁) falls outside 35–45.
@Suite("SZ2011.6.age-structure")
struct AgeStructureRuleTests {
    let rule: RuleID = "SZ2011.6.age-structure"

    /// A community whose workers are of the given ages on the audit date (each has a birthday on it).
    func community(ages: [Int]) -> Community {
        var community = Fixture.community()
        community.workers = ages.enumerated().map { index, age in
            Fixture.worker(WorkerID("W-\(index)"), born: CalendarDate(known: 2025 - age, 12, 31))
        }
        return community
    }

    @Test(
        "a median inside the band, bounds included, gives nothing",
        arguments: [[35], [45], [40], [30, 40], [40, 50], [35, 36, 60]])
    func insideBand(ages: [Int]) throws {
        #expect(try findings(rule, auditing: community(ages: ages)).isEmpty)
    }

    @Test("a median of 34.5 is below 35")
    func justBelow() throws {
        let found = try findings(rule, auditing: community(ages: [34, 35]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: rule, severity: .advisory, subject: .community(Fixture.communityID), article: "6")
        #expect(finding.measured == .fractionalAge(Decimal(string: "34.5")!))
        #expect(finding.required == Requirement(between: .age(35), and: .age(45)))
        #expect(finding.message(.chinese) == "社区工作者年龄中位数为 34.5 岁，应在 35–45 岁之间（以 40 岁左右人员为主体）")
        #expect(parameterValue(SZ2011.Parameters.ageBandLow, in: finding) == .years(35))
        #expect(parameterValue(SZ2011.Parameters.ageBandHigh, in: finding) == .years(45))
    }

    @Test("a median of 45.5 is above 45")
    func justAbove() throws {
        let finding = try #require(try findings(rule, auditing: community(ages: [45, 46])).first)
        #expect(finding.severity == .advisory)
        #expect(finding.measured == .fractionalAge(Decimal(string: "45.5")!))
        #expect(finding.required == Requirement(between: .age(35), and: .age(45)))
    }

    @Test("ages are full years: a worker turning 46 on the audit date is 46, the day before 45")
    func birthdayOnAuditDate() throws {
        var community = Fixture.community()
        community.workers = [Fixture.worker("W-1", born: CalendarDate("1979-12-31"))]
        #expect(try findings(rule, auditing: community).map(\.measured) == [.fractionalAge(46)])
        #expect(try findings(rule, auditing: community, on: CalendarDate("2025-12-30")).isEmpty)
    }

    @Test("a community without workers gives nothing")
    func noWorkers() throws {
        #expect(try findings(rule, auditing: Fixture.community()).isEmpty)
    }
}
