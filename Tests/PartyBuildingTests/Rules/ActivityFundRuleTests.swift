import PartyBuilding
import Testing

/// `SZ2011.19.activity-fund` (in principle): 自2011年起原则上按党的组织关系隶属于社区党组织的每名党员每年不低于150元的标准划拨，
/// 少于100名党员的社区按不低于1.5万元划拨.
@Suite("SZ2011.19.activity-fund")
struct ActivityFundRuleTests {
    let rule: RuleID = "SZ2011.19.activity-fund"

    /// A community whose organisation holds `members` members, granted `fen` of activity funds in 2025.
    func community(members: Int, grantedFen fen: Int64) -> Community {
        var community = Fixture.community(form: .branch, formal: members)
        community.fundGrants = [Fixture.grant(.activity, fen: fen)]
        return community
    }

    @Test(
        "the floor at 99, 100 and 101 members (少于100: exclusive)",
        arguments: [(99, Money(yuan: 15_000)), (100, Money(yuan: 15_000)), (101, Money(yuan: 15_150))])
    func floorAroundOneHundredMembers(members: Int, floor: Money) throws {
        #expect(try findings(rule, auditing: community(members: members, grantedFen: floor.fen)).isEmpty)

        let short = try findings(rule, auditing: community(members: members, grantedFen: floor.fen - 1))
        let finding = try #require(short.first)
        #expect(short.count == 1)
        expectFinding(
            finding, rule: rule, severity: .violation, subject: .community(Fixture.communityID), article: "19")
        #expect(finding.measured == .money(Money(fen: floor.fen - 1)))
        #expect(finding.required == Requirement(.notLessThan, .money(floor)))
        #expect(finding.detail == .count(members, .members))
        #expect(finding.exception == nil)
    }

    @Test("one fen above the floor passes")
    func oneFenAbove() throws {
        #expect(try findings(rule, auditing: community(members: 101, grantedFen: 1_515_001)).isEmpty)
    }

    @Test("the finding lists the three parameters with the values in force")
    func parametersUsed() throws {
        let finding = try #require(try findings(rule, auditing: community(members: 80, grantedFen: 0)).first)
        #expect(parameterValue(SZ2011.Parameters.activityFundPerMember, in: finding) == .money(Money(yuan: 150)))
        #expect(parameterValue(SZ2011.Parameters.activityFundSmallCommunity, in: finding) == .count(100))
        #expect(parameterValue(SZ2011.Parameters.activityFundMinimum, in: finding) == .money(Money(yuan: 15_000)))
        #expect(finding.parameters.count == 3)
        #expect(finding.message(.chinese).contains("15,000.00"))
        #expect(finding.message(.english).contains("15,000.00"))
    }

    @Test("members held elsewhere do not count; probationary members held by the community do")
    func whichMembersCount() throws {
        var community = Fixture.community(form: .generalBranch, formal: 100)
        community.members += Fixture.members(5, relationship: .heldElsewhere, prefix: "E")
        community.fundGrants = [Fixture.grant(.activity, fen: 1_500_000)]
        #expect(try findings(rule, auditing: community).isEmpty)

        var withProbationary = Fixture.community(form: .branch, formal: 99, probationary: 2)
        withProbationary.fundGrants = [Fixture.grant(.activity, fen: 1_514_999)]
        let finding = try #require(try findings(rule, auditing: withProbationary).first)
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 15_150))))
        #expect(finding.detail == .count(101, .members))
    }

    @Test("only activity grants of the audit year count")
    func onlyThisYearsActivityGrants() throws {
        var community = community(members: 80, grantedFen: 0)
        community.fundGrants = [
            Fixture.grant(.work, fen: 10_000_000),
            Fixture.grant(.partyOffice, fen: 10_000_000),
            Fixture.grant(.activity, fen: 1_500_000, year: 2024),
        ]
        // No activity grant of 2025 is recorded: not a grant of nothing, so the funds cannot be checked.
        let finding = try #require(try findings(rule, auditing: community).first)
        #expect(finding.severity == .information && finding.measured == nil)
        #expect(finding.message(.chinese) == "未记录2025年社区党组织活动经费的划拨，无法核对经费")

        community.fundGrants.append(Fixture.grant(.activity, fen: 750_000, source: .city))
        community.fundGrants.append(Fixture.grant(.activity, fen: 750_000, source: .street))
        #expect(try findings(rule, auditing: community).isEmpty)
    }

    @Test("not in force in 2010; in force from 2011-01-01 (自2011年起)")
    func inForceFrom2011() throws {
        let community = community(members: 80, grantedFen: 0)
        let before = try audit(community, on: CalendarDate("2010-12-31"))
        #expect(before.rulesNotInForce.contains(rule))
        #expect(!before.rulesApplied.contains(rule))
        #expect(before.findings.allSatisfy { $0.ruleID != rule })

        // Audited on 2011-01-01 the year judged is still 2010.
        #expect(try audit(community, on: CalendarDate("2011-01-01")).rulesNotInForce.contains(rule))
        let from = try audit(community, on: CalendarDate("2011-12-31"))
        #expect(from.applied(rule, for: .year(2011)))
        #expect(!from.rulesNotInForce.contains(rule))
        #expect(from.findings.filter { $0.ruleID == rule }.count == 1)
    }

    @Test("a scenario of 200 CNY from 2025 raises the floor and is reported as a parameter change")
    func scenarioOverride() throws {
        let community = community(members: 120, grantedFen: 1_800_000)
        #expect(try findings(rule, auditing: community).isEmpty)

        let report = try audit(community, scenario: Fixture.twoHundredPerMember)
        let finding = try #require(report.findings.first { $0.ruleID == rule })
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 24_000))))
        #expect(parameterValue(SZ2011.Parameters.activityFundPerMember, in: finding) == .money(Money(yuan: 200)))
        #expect(report.scenarioName == "200 元/人")
        let change = try #require(report.parameterChanges.first)
        // Changed for the fund year 2025, the one period judged by a rule that reads it.
        #expect(report.parameterChanges.map(\.period) == [.year(2025)])
        #expect(change.parameterID == SZ2011.Parameters.activityFundPerMember.id)
        #expect(change.baseline == .money(Money(yuan: 150)))
        #expect(change.scenario == .money(Money(yuan: 200)))
    }

    @Test("the scenario changes nothing before 2025")
    func scenarioNotYetInForce() throws {
        var community = community(members: 120, grantedFen: 0)
        community.fundGrants = [Fixture.grant(.activity, fen: 1_800_000, year: 2024)]
        let report = try audit(
            community, on: CalendarDate("2024-12-31"), scenario: Fixture.twoHundredPerMember)
        #expect(report.parameterChanges.isEmpty)
        #expect(report.findings.allSatisfy { $0.ruleID != rule })
    }

    @Test("under 200 CNY a small community's floor is never below the proportional figure")
    func scenarioSmallCommunity() throws {
        let finding = try #require(
            try findings(
                rule, auditing: community(members: 80, grantedFen: 1_500_000), scenario: Fixture.twoHundredPerMember
            )
            .first)
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 16_000))))
    }
}
