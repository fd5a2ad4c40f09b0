import PartyBuilding
import Testing

/// `SZ2011.15.service-space` (shall): 社区服务用房面积按不低于社区住宅地面建筑面积的3%规划建设 — checked for a planned
/// community (an existing one is `SZ2011.15.existing-shortfall`).
@Suite("SZ2011.15.service-space")
struct ServiceSpaceRuleTests {
    let rule: RuleID = "SZ2011.15.service-space"

    func planned(floorArea: Area, serviceSpace: Area, development: Community.Development = .planned) -> Community {
        var community = Fixture.community()
        community.development = development
        community.residentialFloorArea = floorArea
        community.serviceSpace = serviceSpace
        return community
    }

    @Test("exactly 3% passes, and 0.01 m² more")
    func exactlyThreePercent() throws {
        #expect(
            try findings(rule, auditing: planned(floorArea: Area(m2: 100_000), serviceSpace: Area(m2: 3_000))).isEmpty)
        let above = planned(floorArea: Area(m2: 100_000), serviceSpace: Area(m2: 3_000, hundredths: 1))
        #expect(try findings(rule, auditing: above).isEmpty)
    }

    @Test("0.01 m² below 3% is a violation")
    func oneHundredthBelow() throws {
        let found = try findings(
            rule, auditing: planned(floorArea: Area(m2: 100_000), serviceSpace: Area(m2: 2_999, hundredths: 99)))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: rule, severity: .violation, subject: .community(Fixture.communityID), article: "15")
        #expect(finding.measured == .area(Area(m2: 2_999, hundredths: 99)))
        #expect(finding.required == Requirement(.notLessThan, .area(Area(m2: 3_000))))
        #expect(parameterValue(SZ2011.Parameters.serviceSpaceShare, in: finding) == .ratio(Ratio(percent: 3)))
        #expect(finding.message(.english).contains("3%"))
    }

    @Test("the required area is rounded up to 0.01 m², and the comparison is exact")
    func roundedUp() throws {
        // 3% of 1000.01 m² is 30.0003 m²: 30.00 is short, the shown minimum is 30.01.
        let short = try #require(
            try findings(rule, auditing: planned(floorArea: Area(m2: 1_000, hundredths: 1), serviceSpace: Area(m2: 30)))
                .first)
        #expect(short.required == Requirement(.notLessThan, .area(Area(m2: 30, hundredths: 1))))
        let met = planned(floorArea: Area(m2: 1_000, hundredths: 1), serviceSpace: Area(m2: 30, hundredths: 1))
        #expect(try findings(rule, auditing: met).isEmpty)
    }

    @Test("an existing community is not checked by this rule")
    func existing() throws {
        let existing = planned(floorArea: Area(m2: 100_000), serviceSpace: .zero, development: .existing)
        #expect(try findings(rule, auditing: existing).isEmpty)
    }
}
