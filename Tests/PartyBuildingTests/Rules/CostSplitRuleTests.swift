import PartyBuilding
import Testing

/// `SZ2011.19.cost-split` (shall): 平江区、沧浪区、金阊区所需经费由市和三个城区按现行财政体制分级承担，其中市本级财政承担30%，
/// 三个城区财政承担70% — until those districts merged into 姑苏区 on 2012-10-26.
@Suite("SZ2011.19.cost-split")
struct CostSplitRuleTests {
    let rule: RuleID = "SZ2011.19.cost-split"
    let auditDate = CalendarDate("2012-06-30")

    func community(district: String = "平江区", cityFen: Int64, districtFen: Int64) -> Community {
        var community = Fixture.community(district: district)
        community.fundGrants = [
            // Audited during 2012, the last complete year is 2011, whose funds are checked.
            Fixture.grant(.work, fen: cityFen, source: .city, year: 2011),
            Fixture.grant(.work, fen: districtFen, source: .district, year: 2011),
        ]
        return community
    }

    @Test("30% and 70% exactly passes", arguments: ["平江区", "沧浪区", "金阊区"])
    func exactSplit(district: String) throws {
        let split = community(district: district, cityFen: 3_000_000, districtFen: 7_000_000)
        #expect(try findings(rule, auditing: split, on: auditDate).isEmpty)
    }

    @Test("the city one fen short of 30% is a violation")
    func cityShort() throws {
        let found = try findings(rule, auditing: community(cityFen: 2_999_999, districtFen: 7_000_001), on: auditDate)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: rule, severity: .violation, subject: .community(Fixture.communityID), article: "19")
        #expect(finding.measured == .money(Money(yuan: 29_999, fen: 99)))
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 30_000))))
        #expect(parameterValue(SZ2011.Parameters.citySplitShare, in: finding) == .ratio(Ratio(3, 10)))
        #expect(parameterValue(SZ2011.Parameters.districtSplitShare, in: finding) == .ratio(Ratio(7, 10)))
    }

    @Test("the district one fen short of 70% is a violation")
    func districtShort() throws {
        let found = try findings(rule, auditing: community(cityFen: 3_000_001, districtFen: 6_999_999), on: auditDate)
        #expect(found.map(\.measured) == [.money(Money(yuan: 69_999, fen: 99))])
        #expect(found.map(\.required) == [Requirement(.notLessThan, .money(Money(yuan: 70_000)))])
    }

    @Test(
        "paying the parts CostSplit computes is never flagged", arguments: [1, 5, 7, 33, 99_999, 1_234_567, 10_000_001])
    func calculatorPartsPass(totalFen: Int64) throws {
        let parts = CostSplit.suzhou2011.split(Money(fen: totalFen))
        let paid = community(cityFen: parts.city.fen, districtFen: parts.district.fen)
        #expect(try findings(rule, auditing: paid, on: auditDate).isEmpty)
    }

    @Test("a community in another district is not checked")
    func otherDistrict() throws {
        let elsewhere = community(district: "吴中区", cityFen: 0, districtFen: 10_000_000)
        #expect(try findings(rule, auditing: elsewhere, on: auditDate).isEmpty)
    }

    @Test("in force on 2012-10-25, not from 2012-10-26 (the merger into 姑苏区)")
    func endsWithTheMerger() throws {
        let unequal = community(cityFen: 0, districtFen: 10_000_000)
        let last = try audit(unequal, on: CalendarDate("2012-10-25"))
        #expect(last.rulesApplied.contains(rule))
        #expect(last.findings.filter { $0.ruleID == rule }.count == 1)
        let after = try audit(unequal, on: CalendarDate("2012-10-26"))
        #expect(after.rulesNotInForce.contains(rule))
        #expect(after.findings.allSatisfy { $0.ruleID != rule })
    }
}
