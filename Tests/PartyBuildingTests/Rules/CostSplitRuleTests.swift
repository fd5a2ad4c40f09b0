import PartyBuilding
import Testing

/// `SZ2011.19.cost-split` (shall): 平江区、沧浪区、金阊区所需经费由市和三个城区按现行财政体制分级承担，其中市本级财政承担30%，
/// 三个城区财政承担70% — until those districts merged into 姑苏区 on 2012-10-26. The fund year 2012 starts
/// under the split and is judged by it; 2013 is not.
@Suite("SZ2011.19.cost-split")
struct CostSplitRuleTests {
    let rule: RuleID = "SZ2011.19.cost-split"
    let auditDate = CalendarDate("2012-12-31")

    func community(district: String = "平江区", cityFen: Int64, districtFen: Int64, year: Int = 2012) -> Community {
        var community = Fixture.community(district: district)
        community.fundGrants = [
            Fixture.grant(.work, fen: cityFen, source: .city, year: year),
            Fixture.grant(.work, fen: districtFen, source: .district, year: year),
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

    @Test("judged for the fund year 2012, which starts before the merger into 姑苏区 (2012-10-26); not for 2013")
    func endsWithTheMerger() throws {
        let last = try audit(community(cityFen: 0, districtFen: 10_000_000), on: auditDate)
        #expect(last.applied(rule, for: .year(2012)))
        #expect(last.findings.filter { $0.ruleID == rule }.map(\.period) == [.year(2012)])
        let after = try audit(community(cityFen: 0, districtFen: 10_000_000, year: 2013), on: "2013-12-31")
        #expect(after.rulesNotInForce.contains(rule))
        #expect(after.findings.allSatisfy { $0.ruleID != rule })
        // Nor is a fund year before the opinion judged: 2011 starts before 2011-06-24.
        let first = try audit(community(cityFen: 0, districtFen: 10_000_000, year: 2011), on: "2011-12-31")
        #expect(first.rulesNotInForce.contains(rule))
    }
}
