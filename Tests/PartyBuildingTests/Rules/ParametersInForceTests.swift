import PartyBuilding
import Testing

/// The value used is the one in force on the audit date: the activity fund from 2011-01-01 (自2011年起), the
/// certificate from 2015-01-01 (到2015年), the other figures from the opinion's date, 2011-06-24.
@Suite("SZ2011 parameters in force")
struct ParametersInForceTests {
    func values(on date: CalendarDate, scenario: Scenario? = nil) throws -> ParameterValues {
        try ParameterValues(packs: [.suzhou2011], scenario: scenario, on: date)
    }

    @Test("the activity fund's figures have no value in 2010 and apply from 2011-01-01")
    func activityFund() throws {
        let before = try values(on: CalendarDate("2010-12-31"))
        #expect(before.values[SZ2011.Parameters.activityFundPerMember] == nil)
        #expect(before.values[SZ2011.Parameters.activityFundMinimum] == nil)
        let from = try values(on: CalendarDate("2011-01-01"))
        #expect(try from.money(SZ2011.Parameters.activityFundPerMember) == Money(yuan: 150))
        #expect(try from.money(SZ2011.Parameters.activityFundMinimum) == Money(yuan: 15_000))
    }

    @Test("the certificate's age has no value in 2014 and applies from 2015-01-01")
    func certificate() throws {
        #expect(
            try values(on: CalendarDate("2014-12-31")).values[SZ2011.Parameters.certificateMaxAge] == nil)
        #expect(try values(on: CalendarDate("2015-01-01")).years(SZ2011.Parameters.certificateMaxAge) == 45)
    }

    @Test("an audit in 2010 lists the activity fund and the certificate as not in force")
    func rulesNotInForce() throws {
        let report = try audit(Fixture.community(), on: CalendarDate("2010-12-31"))
        #expect(report.rulesNotInForce.contains("SZ2011.19.activity-fund"))
        #expect(report.rulesNotInForce.contains("SZ2011.8.certificate"))
        #expect(report.findings.isEmpty)
    }

    @Test("an audit in 2014 applies the activity fund but not the certificate; in 2015 both")
    func certificateFrom2015() throws {
        let in2014 = try audit(Fixture.community(), on: CalendarDate("2014-12-31"))
        #expect(in2014.rulesApplied.contains("SZ2011.19.activity-fund"))
        #expect(in2014.rulesNotInForce.contains("SZ2011.8.certificate"))
        let in2015 = try audit(Fixture.community(), on: CalendarDate("2015-12-31"))
        #expect(in2015.rulesApplied.contains("SZ2011.8.certificate"))
        #expect(!in2015.rulesNotInForce.contains("SZ2011.19.activity-fund"))
    }

    @Test("a scenario's parameter change is reported only where it changes a value")
    func scenarioChanges() throws {
        let scenario = Fixture.twoHundredPerMember
        let changed = try values(on: CalendarDate("2025-01-01"), scenario: scenario)
        #expect(try changed.money(SZ2011.Parameters.activityFundPerMember) == Money(yuan: 200))
        #expect(changed.changes.map(\.parameterID) == [SZ2011.Parameters.activityFundPerMember])
        #expect(try values(on: CalendarDate("2024-12-31"), scenario: scenario).changes.isEmpty)

        let same = Scenario(
            name: "150", overrides: [.init(SZ2011.Parameters.activityFundPerMember, value: .money(Money(yuan: 150)))])
        #expect(try values(on: CalendarDate("2025-01-01"), scenario: same).changes.isEmpty)
    }

    @Test("an override of another unit, or of no parameter, stops the audit")
    func badOverride() {
        let wrongUnit = Scenario(
            name: "x", overrides: [.init(SZ2011.Parameters.activityFundPerMember, value: .count(200))])
        #expect(throws: AuditError.self) { try audit(Fixture.community(), scenario: wrongUnit) }
        let unknown = Scenario(name: "y", overrides: [.init("SZ2011.99.nothing", value: .count(1))])
        #expect(throws: AuditError.self) { try audit(Fixture.community(), scenario: unknown) }
    }
}
