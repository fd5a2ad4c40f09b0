import PartyBuilding
import Testing

/// `SZ2011.6.one-shoulder` (encouraged): 提倡社区党组织书记、居民委员会主任"一肩挑".
@Suite("SZ2011.6.one-shoulder")
struct OneShoulderRuleTests {
    let rule: RuleID = "SZ2011.6.one-shoulder"

    @Test("a secretary who does not direct the residents' committee gets an advisory")
    func secretaryOnly() throws {
        var community = Fixture.community()
        community.workers = [
            Fixture.worker("W-1", roles: [.secretary]), Fixture.worker("W-2", roles: [.residentsCommitteeDirector]),
        ]
        let found = try findings(rule, auditing: community)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .advisory, subject: .worker("W-1"), article: "6")
        #expect(finding.measured == .flag(false))
        #expect(finding.required == Requirement(.exactly, .flag(true)))
    }

    @Test(
        "roles combined, or no secretary, give nothing",
        arguments: [
            [CommunityWorker.Role.secretary, .residentsCommitteeDirector],
            [.secretary, .residentsCommitteeDirector, .workStationHead], [.residentsCommitteeDirector], [],
        ])
    func combined(roles: [CommunityWorker.Role]) throws {
        var community = Fixture.community()
        community.workers = [Fixture.worker("W-1", roles: Set(roles))]
        #expect(try findings(rule, auditing: community).isEmpty)
    }
}
