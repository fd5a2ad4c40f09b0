import PartyBuilding
import Testing

/// `SZ2011.7.rotation` (shall): 每三年对社区工作者轮训一遍 — every worker has a training in the three years up
/// to the audit date.
@Suite("SZ2011.7.rotation")
struct RotationRuleTests {
    let rule: RuleID = "SZ2011.7.rotation"
    let auditDate = CalendarDate("2025-06-15")

    func community(trainedOn dates: [CalendarDate], startedOn: CalendarDate? = nil) -> Community {
        var community = Fixture.community()
        community.workers = [
            Fixture.worker(
                "W-1", startedOn: startedOn, trainings: dates.map { Fixture.training(.street, tenths: 10, on: $0) })
        ]
        return community
    }

    @Test("a training on the same day three years before is within the window")
    func atWindowStart() throws {
        let trained = community(trainedOn: [CalendarDate("2022-06-15")])
        #expect(try findings(rule, auditing: trained, on: auditDate).isEmpty)
    }

    @Test("a training one day before the window is a violation")
    func justBeforeWindow() throws {
        let trained = community(trainedOn: [CalendarDate("2022-06-14"), CalendarDate("2019-01-01")])
        let found = try findings(rule, auditing: trained, on: auditDate)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: .worker("W-1"), article: "7")
        #expect(finding.measured == .date(CalendarDate("2022-06-14")))
        #expect(finding.required == Requirement(.notEarlierThan, .date(CalendarDate("2022-06-15"))))
        #expect(parameterValue(SZ2011.Parameters.rotationYears, in: finding) == .years(3))
    }

    @Test("a worker never trained is a violation with nothing measured")
    func neverTrained() throws {
        let finding = try #require(try findings(rule, auditing: community(trainedOn: []), on: auditDate).first)
        #expect(finding.measured == nil)
        expectMessages(finding)
    }

    @Test("a training after the audit date does not count")
    func futureTraining() throws {
        let trained = community(trainedOn: [CalendarDate("2025-06-16")])
        #expect(try findings(rule, auditing: trained, on: auditDate).count == 1)
    }

    @Test("a worker who started less than three years before is not yet due")
    func newWorker() throws {
        let recent = community(trainedOn: [], startedOn: CalendarDate("2022-06-16"))
        #expect(try findings(rule, auditing: recent, on: auditDate).isEmpty)
        let due = community(trainedOn: [], startedOn: CalendarDate("2022-06-15"))
        #expect(try findings(rule, auditing: due, on: auditDate).count == 1)
    }

    @Test("audited on 29 February the window starts on 28 February three years before")
    func leapDayAudit() throws {
        let leapDay = CalendarDate("2024-02-29")
        #expect(
            try findings(rule, auditing: community(trainedOn: [CalendarDate("2021-02-28")]), on: leapDay)
                .isEmpty)
        let late = try findings(
            rule, auditing: community(trainedOn: [CalendarDate("2021-02-27")]), on: leapDay)
        #expect(late.map(\.required) == [Requirement(.notEarlierThan, .date(CalendarDate("2021-02-28")))])
    }
}
