import PartyBuilding
import Testing

/// `SZ2011.9.staff-pay` (in principle): 社区党组织、居民委员会、工作站专职人员总体待遇原则上不低于上年度当地城镇职工
/// 平均工资水平.
@Suite("SZ2011.9.staff-pay")
struct StaffPayRuleTests {
    let rule: RuleID = "SZ2011.9.staff-pay"
    let community = Subject.community(Fixture.communityID)

    /// Full-time workers paid `fen` in 2025, with 2024's average wage of `wageFen`.
    func staff(paidFen pays: [Int64], wageFen: Int64 = 10_000_000) -> Community {
        var community = Fixture.community()
        community.localAverageWages = [AverageWage(year: 2024, amount: Money(fen: wageFen))]
        community.workers = pays.enumerated().map { index, fen in
            Fixture.worker(WorkerID("W-\(index)"), pay: [AnnualPay(year: 2025, amount: Money(fen: fen))])
        }
        return community
    }

    @Test(
        "an average of exactly last year's wage passes",
        arguments: [[10_000_000], [9_000_000, 10_000_000, 11_000_000]])
    func exactlyAtFloor(pays: [Int64]) throws {
        #expect(try findings(rule, auditing: staff(paidFen: pays)).isEmpty)
    }

    @Test("a total one fen below is a violation")
    func oneFenBelow() throws {
        let found = try findings(rule, auditing: staff(paidFen: [9_000_000, 10_000_000, 10_999_999]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: community, article: "9")
        #expect(finding.measured == .money(Money(yuan: 99_999, fen: 99)))
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 100_000))))
        #expect(finding.detail == .count(3, .workers))
        #expect(parameterValue(SZ2011.Parameters.staffPayMultiple, in: finding) == .ratio(.one))
    }

    @Test("part-time workers and workers without this year's pay are not counted")
    func whoCounts() throws {
        var community = staff(paidFen: [10_000_000])
        community.workers.append(
            Fixture.worker("PT", isFullTime: false, pay: [AnnualPay(year: 2025, amount: Money(yuan: 10_000))]))
        community.workers.append(Fixture.worker("OLD", pay: [AnnualPay(year: 2024, amount: Money(yuan: 10_000))]))
        #expect(try findings(rule, auditing: community).isEmpty)
    }

    @Test("last year's wage is the base, not this year's")
    func lastYearsWage() throws {
        var community = staff(paidFen: [10_000_000])
        community.localAverageWages.append(AverageWage(year: 2025, amount: Money(yuan: 200_000)))
        #expect(try findings(rule, auditing: community).isEmpty)
    }

    @Test("without last year's wage the check cannot be made, and says so")
    func noWage() throws {
        var community = staff(paidFen: [1])
        community.localAverageWages = [AverageWage(year: 2025, amount: Money(yuan: 100_000))]
        let finding = try #require(try findings(rule, auditing: community).first)
        expectFinding(finding, rule: rule, severity: .information, subject: self.community, article: "9")
        #expect(finding.message(.english).contains("2024"))
    }

    @Test("an approved exception turns the violation into a note that carries it")
    func exception() throws {
        var community = staff(paidFen: [9_999_999])
        let approval = Fixture.exception(rule)
        community.exceptions = [approval]
        let finding = try #require(try findings(rule, auditing: community).first)
        expectFinding(finding, rule: rule, severity: .note, subject: self.community, article: "9")
        #expect(finding.exception == approval)
    }
}
