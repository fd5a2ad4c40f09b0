import PartyBuilding
import Testing

/// 原则上: a failed check is a violation, unless an exception with a reason and an approver is recorded,
/// then a note that carries it. Rules of other strengths are not excepted.
@Suite("In-principle exceptions")
struct InPrincipleExceptionTests {
    let activityFund: RuleID = "SZ2011.19.activity-fund"

    /// 80 members and no activity funds: short of 15,000 CNY.
    func underfunded(exceptions: [RuleException]) -> Community {
        var community = Fixture.community(form: .branch, formal: 80)
        // Grants are recorded for the year: nothing for activity and too little for work.
        community.fundGrants = [Fixture.grant(.work, fen: 100), Fixture.grant(.activity, fen: 0)]
        community.exceptions = exceptions
        return community
    }

    @Test("an exception for the community makes the activity-fund shortfall a note carrying it")
    func note() throws {
        let approval = Fixture.exception(activityFund, subject: .community(Fixture.communityID))
        let found = try findings(activityFund, auditing: underfunded(exceptions: [approval]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: activityFund, severity: .note, subject: .community(Fixture.communityID), article: "19")
        #expect(finding.exception == approval)
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 15_000))))
    }

    @Test(
        "an exception expired, for another community's record, or for another rule leaves a violation",
        arguments: [
            Fixture.exception(
                "SZ2011.19.activity-fund", approvedOn: CalendarDate("2024-01-01"),
                validUntil: CalendarDate("2024-12-31")),
            Fixture.exception("SZ2011.19.activity-fund", subject: .community("C-999")),
            Fixture.exception("SZ2011.19.work-fund"),
        ])
    func notCovering(exception: RuleException) throws {
        let found = try findings(activityFund, auditing: underfunded(exceptions: [exception]))
        #expect(found.map(\.severity) == [.violation])
        #expect(found.first?.exception == nil)
    }

    @Test("a shall rule is not excepted: the work-fund shortfall stays a violation")
    func shallRule() throws {
        var community = Fixture.community()
        community.residents = 100
        community.fundGrants = [Fixture.grant(.work, fen: 100)]
        community.exceptions = [Fixture.exception("SZ2011.19.work-fund")]
        let found = try findings("SZ2011.19.work-fund", auditing: community)
        #expect(found.map(\.severity) == [.violation])
    }

    @Test("an exception without a reason or an approver is rejected before the audit")
    func incomplete() {
        var noReason = Fixture.exception(activityFund)
        noReason.reason = ""
        var noApprover = Fixture.exception(activityFund)
        noApprover.approver = ""
        for exception in [noReason, noApprover] {
            #expect(throws: AuditError.self) { try audit(underfunded(exceptions: [exception])) }
        }
    }
}
