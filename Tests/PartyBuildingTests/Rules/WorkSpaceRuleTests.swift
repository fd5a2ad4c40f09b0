import PartyBuilding
import Testing

/// `SZ2011.15.work-space` (shall): 其中工作活动用房按0.5%进行配置 — checked for a planned community.
@Suite("SZ2011.15.work-space")
struct WorkSpaceRuleTests {
    let rule: RuleID = "SZ2011.15.work-space"

    func planned(floorArea: Area, rooms: Area, development: Community.Development = .planned) -> Community {
        var community = Fixture.community()
        community.development = development
        community.residentialFloorArea = floorArea
        community.serviceSpace = floorArea.multiplied(by: Ratio(percent: 3), rounding: .up)
        community.workAndActivityRoomArea = rooms
        return community
    }

    @Test("exactly 0.5% passes")
    func exactlyHalfPercent() throws {
        #expect(try findings(rule, auditing: planned(floorArea: Area(m2: 100_000), rooms: Area(m2: 500))).isEmpty)
    }

    @Test("0.01 m² below 0.5% is a violation")
    func oneHundredthBelow() throws {
        let found = try findings(
            rule, auditing: planned(floorArea: Area(m2: 100_000), rooms: Area(m2: 499, hundredths: 99)))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: rule, severity: .violation, subject: .community(Fixture.communityID), article: "15")
        #expect(finding.measured == .area(Area(m2: 499, hundredths: 99)))
        #expect(finding.required == Requirement(.notLessThan, .area(Area(m2: 500))))
        #expect(parameterValue(SZ2011.Parameters.workSpaceShare, in: finding) == .ratio(Ratio(1, 200)))
        #expect(finding.message(.english).contains("0.5%"))
    }

    @Test("the required area is rounded up to 0.01 m²")
    func roundedUp() throws {
        // 0.5% of 1000.01 m² is 5.00005 m²: 5.00 is short, the shown minimum is 5.01.
        let short = try #require(
            try findings(rule, auditing: planned(floorArea: Area(m2: 1_000, hundredths: 1), rooms: Area(m2: 5))).first)
        #expect(short.required == Requirement(.notLessThan, .area(Area(m2: 5, hundredths: 1))))
    }

    @Test("an existing community is not checked by this rule")
    func existing() throws {
        let existing = planned(floorArea: Area(m2: 100_000), rooms: .zero, development: .existing)
        #expect(try findings(rule, auditing: existing).isEmpty)
    }
}
