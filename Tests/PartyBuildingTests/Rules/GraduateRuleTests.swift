import PartyBuilding
import Testing

/// `SZ2011.6.graduate` (shall): 健全"一社区一名大学生"工作长效机制 — at least one worker with an associate
/// degree (大专) or higher.
@Suite("SZ2011.6.graduate")
struct GraduateRuleTests {
    let rule: RuleID = "SZ2011.6.graduate"

    @Test(
        "no college graduate among the workers is a violation",
        arguments: [[Education.seniorSecondary], [.juniorSecondaryOrLess, .seniorSecondary]])
    func noGraduate(educations: [Education]) throws {
        var community = Fixture.community()
        community.workers = educations.enumerated().map { index, education in
            Fixture.worker(WorkerID("W-\(index)"), education: education)
        }
        let found = try findings(rule, auditing: community)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: rule, severity: .violation, subject: .community(Fixture.communityID), article: "6")
        #expect(finding.measured == .count(0, .workers))
        #expect(finding.required == Requirement(.orMore, .count(1, .workers)))
        #expect(parameterValue(SZ2011.Parameters.graduatesPerCommunity, in: finding) == .count(1))
    }

    @Test("a community without worker records is not checked: its workforce is not recorded")
    func noWorkerRecords() throws {
        var community = Fixture.community()
        community.workers = []
        #expect(try findings("SZ2011.6.graduate", auditing: community).isEmpty)
    }

    @Test(
        "one worker with an associate degree or higher is enough",
        arguments: [Education.associate, .bachelor, .doctorate])
    func oneGraduate(education: Education) throws {
        var community = Fixture.community()
        community.workers = [
            Fixture.worker("W-1", education: .seniorSecondary), Fixture.worker("W-2", education: education),
        ]
        #expect(try findings(rule, auditing: community).isEmpty)
    }
}
