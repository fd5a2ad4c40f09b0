import PartyBuilding
import Testing

/// `SZ2011.7.key-role-training` (shall): 社区党组织书记、居民委员会主任、工作站站长每年至少参加一次县级市、区或以上的
/// 集中培训，累计集中培训时间不少于7天.
@Suite("SZ2011.7.key-role-training")
struct KeyRoleTrainingRuleTests {
    let rule: RuleID = "SZ2011.7.key-role-training"

    func community(role: CommunityWorker.Role = .secretary, trainings: [Training]) -> Community {
        var community = Fixture.community()
        community.workers = [Fixture.worker("W-1", roles: [role], trainings: trainings)]
        return community
    }

    @Test("7 days or more at district level or higher passes", arguments: [70, 71, 100])
    func enoughDays(tenths: Int64) throws {
        #expect(
            try findings(rule, auditing: community(trainings: [Fixture.training(.district, tenths: tenths)])).isEmpty)
    }

    @Test("6.9 days is short of 7", arguments: CommunityWorker.Role.allCases)
    func shortOfSevenDays(role: CommunityWorker.Role) throws {
        let found = try findings(
            rule, auditing: community(role: role, trainings: [Fixture.training(.district, tenths: 69)]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: .worker("W-1"), article: "7")
        #expect(finding.measured == .days(Days(tenths: 69)))
        #expect(finding.required == Requirement(.noFewerThan, .days(Days(7))))
        #expect(finding.detail == .label(Training.Level.district.label))
        #expect(parameterValue(SZ2011.Parameters.keyRoleTrainingDays, in: finding) == .days(Days(7)))
        #expect(parameterValue(SZ2011.Parameters.keyRoleTrainings, in: finding) == .count(1))
    }

    @Test("days of several trainings add up (累计)")
    func cumulative() throws {
        let trainings = [
            Fixture.training(.district, tenths: 35, on: CalendarDate("2025-03-01")),
            Fixture.training(.city, tenths: 35, on: CalendarDate("2025-09-01")),
        ]
        #expect(try findings(rule, auditing: community(trainings: trainings)).isEmpty)
    }

    @Test(
        "a training at street level, not centralised, or in another year does not count",
        arguments: [
            Fixture.training(.street, tenths: 100),
            Fixture.training(.district, tenths: 100, isCentralised: false),
            Fixture.training(.district, tenths: 100, on: CalendarDate("2024-12-31")),
            Fixture.training(.district, tenths: 100, on: CalendarDate("2026-01-01")),
        ])
    func trainingThatDoesNotCount(training: Training) throws {
        let found = try findings(rule, auditing: community(trainings: [training]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: .worker("W-1"), article: "7")
        #expect(finding.measured == .count(0, .trainings))
        #expect(finding.required == Requirement(.orMore, .count(1, .trainings)))
    }

    @Test("street-level days do not make up the district-level days")
    func streetDaysDoNotAdd() throws {
        let trainings = [Fixture.training(.district, tenths: 50), Fixture.training(.street, tenths: 50)]
        let found = try findings(rule, auditing: community(trainings: trainings))
        #expect(found.map(\.measured) == [.days(Days(5))])
    }

    @Test("a worker holding two key roles is flagged once; an ordinary worker is not checked by this rule")
    func whoIsChecked() throws {
        var community = Fixture.community()
        community.workers = [
            Fixture.worker("W-1", roles: [.secretary, .residentsCommitteeDirector]), Fixture.worker("W-2"),
        ]
        #expect(try findings(rule, auditing: community).map(\.subject) == [.worker("W-1")])
    }
}
