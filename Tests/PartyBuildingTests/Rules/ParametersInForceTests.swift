import PartyBuilding
import Testing

/// Each obligation is judged for its own period with the values in force for that period: the value
/// in force on the period's first day (``ParameterValues``). The activity fund applies from 2011-01-01
/// (自2011年起), the certificate from 2015-01-01 (到2015年), the cost split until 2012-10-25, the other
/// figures from the opinion's date, 2011-06-24.
@Suite("SZ2011 parameters in force for the period judged")
struct ParametersInForceTests {
    func values(for period: Period, scenario: Scenario? = nil) throws -> ParameterValues {
        try ParameterValues(packs: [.suzhou2011], scenario: scenario, for: period)
    }

    /// A community of 80 members whose activity funds for `year` are 12,000 CNY (short of 15,000).
    func shortOfFunds(in year: Int) -> Community {
        var community = Fixture.community(form: .branch, formal: 80)
        community.fundGrants = [Fixture.grant(.activity, fen: 1_200_000, year: year)]
        return community
    }

    @Test("the activity fund's figures have no value for 2010 and apply to 2011 on")
    func activityFund() throws {
        let before = try values(for: .year(2010))
        #expect(before.values[SZ2011.Parameters.activityFundPerMember.id] == nil)
        #expect(before.values[SZ2011.Parameters.activityFundMinimum.id] == nil)
        let from = try values(for: .year(2011))
        #expect(try from.value(SZ2011.Parameters.activityFundPerMember) == Money(yuan: 150))
        #expect(try from.value(SZ2011.Parameters.activityFundMinimum) == Money(yuan: 15_000))
    }

    @Test("audited on 2011-03-31, the 2010 funds are not judged under a rule that applies only from 2011")
    func fundsOf2010() throws {
        let report = try audit(shortOfFunds(in: 2010), on: "2011-03-31")
        #expect(report.period == .year(2010))
        #expect(
            report.applicationsNotInForce.contains(
                RuleApplication(ruleID: "SZ2011.19.activity-fund", period: .year(2010))))
        #expect(report.findings.filter { $0.ruleID == "SZ2011.19.activity-fund" }.isEmpty)
        // The same records a year later: the 2011 fund year is judged, and short.
        let next = try audit(shortOfFunds(in: 2011), on: "2012-03-31")
        let finding = try #require(next.findings.first { $0.ruleID == "SZ2011.19.activity-fund" })
        #expect(finding.period == .year(2011))
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 15_000))))
    }

    @Test("a scenario from 2026-01-01 audited on 2026-03-31 judges 2025's funds at 150 CNY, not 200")
    func scenarioAfterTheYearJudged() throws {
        var community = Fixture.community(form: .branch, formal: 120)
        community.fundGrants = [Fixture.grant(.activity, fen: 1_800_000, year: 2025)]  // 150 × 120
        let scenario = Scenario(
            name: "200 from 2026",
            overrides: [
                .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2026-01-01"))
            ])
        let report = try audit(community, on: "2026-03-31", scenario: scenario)
        #expect(report.period == .year(2025))
        #expect(report.findings.filter { $0.ruleID == "SZ2011.19.activity-fund" }.isEmpty)
        #expect(report.applied("SZ2011.19.activity-fund", for: .year(2025)))
        #expect(!report.parameterChanges.contains { $0.period == .year(2025) })
        // No rule judging a period of this audit reads the figure from 2026: nothing it judged changed.
        #expect(report.parameterChanges.isEmpty)
    }

    @Test("a scenario from mid-year applies to the next year judged, not to the year it starts in")
    func scenarioFromMidYear() throws {
        var community = Fixture.community(form: .branch, formal: 120)
        community.fundGrants = [
            Fixture.grant(.activity, fen: 1_800_000, year: 2025), Fixture.grant(.activity, fen: 1_800_000, year: 2026),
        ]
        let scenario = Scenario(
            name: "200 from July 2025",
            overrides: [
                .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2025-07-01"))
            ])
        let twoYears = try Period(from: "2025-01-01", through: "2026-12-31")
        let report = try Auditor(scenario: scenario).auditSequentially([community], on: "2026-12-31", judging: twoYears)
        let found = report.findings.filter { $0.ruleID == "SZ2011.19.activity-fund" }
        #expect(report.periods(of: "SZ2011.19.activity-fund") == [.year(2025), .year(2026)])
        #expect(found.map(\.period) == [.year(2026)])
        #expect(found.first?.required == Requirement(.notLessThan, .money(Money(yuan: 24_000))))
        #expect(
            found.first.flatMap { parameterValue(SZ2011.Parameters.activityFundPerMember, in: $0) }
                == .money(Money(yuan: 200)))
    }

    @Test("a value that changes on 1 January applies to that year and not to the year before")
    func changeOnFirstOfJanuary() throws {
        var community = Fixture.community(form: .branch, formal: 120)
        community.fundGrants = [
            Fixture.grant(.activity, fen: 1_800_000, year: 2024), Fixture.grant(.activity, fen: 1_800_000, year: 2025),
        ]
        let scenario = Scenario(
            name: "200 from 2025",
            overrides: [
                .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2025-01-01"))
            ])
        let report = try Auditor(scenario: scenario).auditSequentially(
            [community], on: "2025-12-31", judging: try Period(from: "2024-01-01", through: "2025-12-31"))
        let found = report.findings.filter { $0.ruleID == "SZ2011.19.activity-fund" }
        #expect(found.map(\.period) == [.year(2025)])
        #expect(
            report.parameterChanges.filter { $0.parameterID == SZ2011.Parameters.activityFundPerMember.id }.map(
                \.period) == [.year(2025)])
    }

    @Test("the cost split, in force until 2012-10-25, is judged for the fund year 2012 and not for 2013")
    func costSplitEndingInOctober2012() throws {
        var community = Fixture.community(district: "平江区")
        community.fundGrants = [
            Fixture.grant(.work, fen: 10_000_000, source: .district, year: 2012),
            Fixture.grant(.work, fen: 10_000_000, source: .district, year: 2013),
        ]
        let in2012 = try audit(community, on: "2012-12-31")
        #expect(in2012.applied("SZ2011.19.cost-split", for: .year(2012)))
        let found = in2012.findings.filter { $0.ruleID == "SZ2011.19.cost-split" }
        #expect(found.map(\.period) == [.year(2012)])
        #expect(found.map(\.measured) == [.money(.zero)])  // the city paid nothing of its 30%
        let in2013 = try audit(community, on: "2013-12-31")
        #expect(in2013.rulesNotInForce.contains("SZ2011.19.cost-split"))
        #expect(in2013.findings.filter { $0.ruleID == "SZ2011.19.cost-split" }.isEmpty)
    }

    @Test("the certificate's age has no value in 2014 and applies from 2015-01-01")
    func certificate() throws {
        #expect(try values(for: .day("2014-12-31")).values[SZ2011.Parameters.certificateMaxAge.id] == nil)
        #expect(try values(for: .day("2015-01-01")).value(SZ2011.Parameters.certificateMaxAge) == 45)
    }

    @Test("an audit in 2010 lists the activity fund and the certificate as not in force")
    func rulesNotInForce() throws {
        let report = try audit(Fixture.community(), on: "2010-12-31")
        #expect(report.rulesNotInForce.contains("SZ2011.19.activity-fund"))
        #expect(report.rulesNotInForce.contains("SZ2011.8.certificate"))
        #expect(report.findings.isEmpty)
    }

    @Test("an audit in 2014 applies the activity fund but not the certificate; in 2015 both")
    func certificateFrom2015() throws {
        let in2014 = try audit(Fixture.community(), on: "2014-12-31")
        #expect(in2014.rulesApplied.contains("SZ2011.19.activity-fund"))
        #expect(in2014.rulesNotInForce.contains("SZ2011.8.certificate"))
        let in2015 = try audit(Fixture.community(), on: "2015-12-31")
        #expect(in2015.rulesApplied.contains("SZ2011.8.certificate"))
        #expect(!in2015.rulesNotInForce.contains("SZ2011.19.activity-fund"))
    }

    @Test("the yearly rules dated from the opinion (2011-06-24) are judged from the fund year 2012")
    func yearlyRulesFrom2012() throws {
        let in2011 = try audit(Fixture.community(), on: "2011-12-31")
        #expect(in2011.rulesNotInForce.contains("SZ2011.19.work-fund"))
        #expect(in2011.rulesApplied.contains("SZ2011.19.activity-fund"))
        #expect(in2011.rulesApplied.contains("SZ2011.15.service-space"))  // a state on 2011-12-31
        #expect(try audit(Fixture.community(), on: "2012-12-31").rulesApplied.contains("SZ2011.19.work-fund"))
    }

    @Test("every finding carries the period it judges")
    func findingsCarryTheirPeriod() throws {
        let report = try audit(shortOfFunds(in: 2025), on: "2025-12-31")
        for finding in report.findings {
            let rules = PolicyPack.builtIn.flatMap(\.rules)
            let rule = try #require(rules.first { $0.descriptor.id == finding.ruleID })
            #expect(finding.period == (rule.descriptor.cadence == .yearly ? .year(2025) : .day("2025-12-31")))
        }
        #expect(!report.findings.isEmpty)
    }

    @Test("a scenario's parameter change is reported only where it changes a value")
    func scenarioChanges() throws {
        let scenario = Fixture.twoHundredPerMember
        let changed = try values(for: .year(2025), scenario: scenario)
        #expect(try changed.value(SZ2011.Parameters.activityFundPerMember) == Money(yuan: 200))
        #expect(changed.changes.map(\.parameterID) == [SZ2011.Parameters.activityFundPerMember.id])
        #expect(try values(for: .year(2024), scenario: scenario).changes.isEmpty)

        let same = Scenario(
            name: "150", overrides: [.init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 150))])
        #expect(try values(for: .year(2025), scenario: same).changes.isEmpty)
    }

    @Test("an override of another unit, or of no parameter, stops the audit")
    func badOverride() {
        let wrongUnit = Scenario(
            name: "x", overrides: [.init(SZ2011.Parameters.activityFundPerMember.id, value: .count(200))])
        #expect(throws: AuditError.self) { try audit(Fixture.community(), scenario: wrongUnit) }
        let unknown = Scenario(name: "y", overrides: [.init("SZ2011.99.nothing", value: .count(1))])
        #expect(throws: AuditError.self) { try audit(Fixture.community(), scenario: unknown) }
    }
}
