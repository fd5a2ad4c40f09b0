import PartyBuilding
import Testing

/// `SZ2011.15.party-share` (shall): 要将不少于三分之一的面积规划用于党组织和党员活动 — of the work-and-activity rooms.
@Suite("SZ2011.15.party-share")
struct PartyShareRuleTests {
    let rule: RuleID = "SZ2011.15.party-share"

    func community(rooms: Area, partyUse: Area) -> Community {
        var community = Fixture.community()
        community.serviceSpace = rooms
        community.workAndActivityRoomArea = rooms
        community.partyUseArea = partyUse
        return community
    }

    @Test("exactly a third passes")
    func exactlyAThird() throws {
        #expect(try findings(rule, auditing: community(rooms: Area(m2: 300), partyUse: Area(m2: 100))).isEmpty)
    }

    @Test("0.01 m² below a third is a violation")
    func oneHundredthBelow() throws {
        let found = try findings(
            rule, auditing: community(rooms: Area(m2: 300), partyUse: Area(m2: 99, hundredths: 99)))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: rule, severity: .violation, subject: .community(Fixture.communityID), article: "15")
        #expect(finding.measured == .area(Area(m2: 99, hundredths: 99)))
        #expect(finding.required == Requirement(.noFewerThan, .area(Area(m2: 100))))
        #expect(finding.detail == .area(Area(m2: 300)))
        #expect(parameterValue(SZ2011.Parameters.partyShare, in: finding) == .ratio(Ratio(1, 3)))
    }

    @Test("a third of 100 m² is shown as 33.34 m²: 33.33 fails, 33.34 passes")
    func roundedUp() throws {
        let short = try #require(
            try findings(rule, auditing: community(rooms: Area(m2: 100), partyUse: Area(m2: 33, hundredths: 33))).first)
        #expect(short.required == Requirement(.noFewerThan, .area(Area(m2: 33, hundredths: 34))))
        #expect(
            try findings(rule, auditing: community(rooms: Area(m2: 100), partyUse: Area(m2: 33, hundredths: 34)))
                .isEmpty)
    }

    @Test("a community without work-and-activity rooms has nothing to share")
    func noRooms() throws {
        #expect(try findings(rule, auditing: community(rooms: .zero, partyUse: .zero)).isEmpty)
    }
}
