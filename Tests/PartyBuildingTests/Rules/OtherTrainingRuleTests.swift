import PartyBuilding
import Testing

/// `SZ2011.7.other-training` (shall): 其他社区工作者每年至少参加一次街道或以上的集中培训，时间不少于5天.
@Suite("SZ2011.7.other-training")
struct OtherTrainingRuleTests {
    let rule: RuleID = "SZ2011.7.other-training"

    func community(trainings: [Training]) -> Community {
        var community = Fixture.community()
        community.workers = [Fixture.worker("W-1", trainings: trainings)]
        return community
    }

    @Test(
        "5 days or more at street level or higher passes",
        arguments: [
            Fixture.training(.street, tenths: 50), Fixture.training(.street, tenths: 51),
            Fixture.training(.district, tenths: 50), Fixture.training(.national, tenths: 80),
        ])
    func enough(training: Training) throws {
        #expect(try findings(rule, auditing: community(trainings: [training])).isEmpty)
    }

    @Test("4.9 days is short of 5")
    func shortOfFiveDays() throws {
        let found = try findings(rule, auditing: community(trainings: [Fixture.training(.street, tenths: 49)]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: .worker("W-1"), article: "7")
        #expect(finding.measured == .days(Days(tenths: 49)))
        #expect(finding.required == Requirement(.noFewerThan, .days(Days(5))))
        #expect(finding.detail == .label(Training.Level.street.label))
        #expect(parameterValue(SZ2011.Parameters.otherTrainingDays, in: finding) == .days(Days(5)))
        #expect(parameterValue(SZ2011.Parameters.otherTrainings, in: finding) == .count(1))
    }

    @Test(
        "a training not centralised or in another year does not count",
        arguments: [
            Fixture.training(.street, tenths: 50, isCentralised: false),
            Fixture.training(.street, tenths: 50, on: CalendarDate("2024-12-31")),
        ])
    func trainingThatDoesNotCount(training: Training) throws {
        let found = try findings(rule, auditing: community(trainings: [training]))
        #expect(found.map(\.measured) == [.count(0, .trainings)])
        #expect(found.map(\.required) == [Requirement(.orMore, .count(1, .trainings))])
    }

    @Test("key-role holders are not checked by this rule", arguments: CommunityWorker.Role.allCases)
    func keyRolesExcluded(role: CommunityWorker.Role) throws {
        var community = Fixture.community()
        community.workers = [Fixture.worker("W-1", roles: [role])]
        #expect(try findings(rule, auditing: community).isEmpty)
    }
}
