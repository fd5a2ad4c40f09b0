import PartyBuilding
import Testing

/// `SZ2011.15.existing-shortfall` (shall): 已建而未达到要求的逐步建设到位 — an existing community below 3% / 0.5% needs
/// a remediation plan; this is not the same finding as a planned community below the ratios.
@Suite("SZ2011.15.existing-shortfall")
struct ExistingShortfallRuleTests {
    let rule: RuleID = "SZ2011.15.existing-shortfall"
    let community = Subject.community(Fixture.communityID)

    func existing(serviceSpace: Area, rooms: Area, plan: RemediationPlan? = nil) -> Community {
        var community = Fixture.community()
        community.development = .existing
        community.residentialFloorArea = Area(m2: 100_000)
        community.serviceSpace = serviceSpace
        community.workAndActivityRoomArea = rooms
        community.spaceRemediationPlan = plan
        return community
    }

    @Test("an existing community exactly at 3% and 0.5% gives nothing")
    func atRatios() throws {
        #expect(try findings(rule, auditing: existing(serviceSpace: Area(m2: 3_000), rooms: Area(m2: 500))).isEmpty)
    }

    @Test("service space 0.01 m² short, without a plan, is a violation")
    func serviceSpaceShort() throws {
        let report = try audit(existing(serviceSpace: Area(m2: 2_999, hundredths: 99), rooms: Area(m2: 500)))
        let found = report.findings.filter { $0.ruleID == rule }
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: community, article: "15")
        #expect(finding.measured == .area(Area(m2: 2_999, hundredths: 99)))
        #expect(finding.required == Requirement(.notLessThan, .area(Area(m2: 3_000))))
        #expect(parameterValue(SZ2011.Parameters.serviceSpaceShare, in: finding) == .ratio(Ratio(percent: 3)))
        #expect(parameterValue(SZ2011.Parameters.workSpaceShare, in: finding) == .ratio(Ratio(1, 200)))
        #expect(report.findings.allSatisfy { $0.ruleID != "SZ2011.15.service-space" })
    }

    @Test("both spaces short give a finding each")
    func bothShort() throws {
        let found = try findings(
            rule, auditing: existing(serviceSpace: Area(m2: 2_000), rooms: Area(m2: 499, hundredths: 99)))
        #expect(found.count == 2)
        #expect(found.map(\.required).contains(Requirement(.notLessThan, .area(Area(m2: 500)))))
    }

    @Test("with a remediation plan the shortfall is information giving the plan's target date")
    func withPlan() throws {
        let target = CalendarDate("2027-12-31")
        let plan = RemediationPlan(summary: "租用邻近用房", targetDate: target, approver: "区民政局")
        let found = try findings(
            rule, auditing: existing(serviceSpace: Area(m2: 2_000), rooms: Area(m2: 500), plan: plan))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .information, subject: community, article: "15")
        #expect(finding.detail == .date(target))
        #expect(finding.message(.chinese).contains("2027年12月31日"))
    }

    @Test("a plan whose target date has passed is overdue: a violation again; on its target date it still holds")
    func overduePlan() throws {
        let short = { (target: CalendarDate) in
            self.existing(
                serviceSpace: Area(m2: 2_000), rooms: Area(m2: 500),
                plan: RemediationPlan(summary: "租用邻近用房", targetDate: target, approver: "区民政局"))
        }
        let overdue = try findings(rule, auditing: short(CalendarDate("2025-12-30")))
        #expect(overdue.map(\.severity) == [.violation])
        #expect(overdue.first?.detail == .date(CalendarDate("2025-12-30")))
        expectMessages(try #require(overdue.first))
        let dueToday = try findings(rule, auditing: short(Fixture.auditDate))
        #expect(dueToday.map(\.severity) == [.information])
    }

    @Test("a planned community below the ratios is not this rule's finding")
    func plannedCommunity() throws {
        var planned = existing(serviceSpace: Area(m2: 2_000), rooms: Area(m2: 400))
        planned.development = .planned
        let report = try audit(planned)
        #expect(report.findings.allSatisfy { $0.ruleID != rule })
        #expect(report.findings.contains { $0.ruleID == "SZ2011.15.service-space" })
        #expect(report.findings.contains { $0.ruleID == "SZ2011.15.work-space" })
    }
}
