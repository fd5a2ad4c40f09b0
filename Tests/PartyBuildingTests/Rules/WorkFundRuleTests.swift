import PartyBuilding
import Testing

/// `SZ2011.19.work-fund` (shall): 社区工作经费按不低于20元/人·年的标准核拨.
@Suite("SZ2011.19.work-fund")
struct WorkFundRuleTests {
    let rule: RuleID = "SZ2011.19.work-fund"

    func community(residents: Int, grants: [FundGrant]) -> Community {
        var community = Fixture.community()
        community.residents = residents
        community.fundGrants = grants
        return community
    }

    @Test("exactly 20 CNY a resident passes, and one fen more")
    func exactlyAtFloor() throws {
        #expect(
            try findings(rule, auditing: community(residents: 7393, grants: [Fixture.grant(.work, fen: 14_786_000)]))
                .isEmpty)
        #expect(
            try findings(rule, auditing: community(residents: 7393, grants: [Fixture.grant(.work, fen: 14_786_001)]))
                .isEmpty)
    }

    @Test("one fen below is a violation")
    func oneFenBelow() throws {
        let found = try findings(
            rule, auditing: community(residents: 7393, grants: [Fixture.grant(.work, fen: 14_785_999)]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: rule, severity: .violation, subject: .community(Fixture.communityID), article: "19")
        #expect(finding.measured == .money(Money(yuan: 147_859, fen: 99)))
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 147_860))))
        #expect(finding.detail == .count(7393, .people))
        #expect(parameterValue(SZ2011.Parameters.workFundPerResident, in: finding) == .money(Money(yuan: 20)))
        #expect(parameterValue(SZ2011.Parameters.workFundPopulationBase, in: finding) == .text("resident"))
    }

    @Test("the Party office's share is part of the work funds; activity funds and other years are not")
    func whichGrantsCount() throws {
        let grants = [
            Fixture.grant(.work, fen: 10_000_000, source: .city),
            Fixture.grant(.partyOffice, fen: 4_786_000, source: .street),
            Fixture.grant(.activity, fen: 50_000_000),
            Fixture.grant(.work, fen: 50_000_000, year: 2024),
        ]
        #expect(try findings(rule, auditing: community(residents: 7393, grants: grants)).isEmpty)
        let short = try findings(rule, auditing: community(residents: 7393, grants: Array(grants.dropFirst())))
        #expect(short.map(\.measured) == [.money(Money(yuan: 47_860))])
    }

    @Test("no grant recorded for the year: information that the funds cannot be checked, not a violation")
    func noGrantsRecorded() throws {
        let found = try findings(rule, auditing: community(residents: 7393, grants: []))
        #expect(found.map(\.severity) == [.information])
        #expect(
            found.first?.detail == .label(Quantity.Label(code: "workFunds", chinese: "社区工作经费", english: "work funds")))
        #expect(found.first?.period == .year(2025))
        #expect(found.first?.message(.chinese) == "未记录2025年社区工作经费的划拨，无法核对经费")
        expectMessages(try #require(found.first))
        let activity = try findings("SZ2011.19.activity-fund", auditing: Fixture.community(form: .branch, formal: 80))
        #expect(activity.map(\.severity) == [.information])
        #expect(try findings("SZ2011.19.activity-fund", auditing: Fixture.community()).isEmpty)
    }

    @Test("a scenario may count registered residents instead")
    func registeredBase() throws {
        var community = community(residents: 7393, grants: [Fixture.grant(.work, fen: 14_786_000)])
        community.registeredResidents = 8000
        let scenario = Scenario(
            name: "户籍人口", overrides: [.init(SZ2011.Parameters.workFundPopulationBase, value: "registered")])
        let found = try findings(rule, auditing: community, scenario: scenario)
        #expect(found.map(\.required) == [Requirement(.notLessThan, .money(Money(yuan: 160_000)))])
        #expect(found.map(\.detail) == [.count(8000, .people)])
    }
}
