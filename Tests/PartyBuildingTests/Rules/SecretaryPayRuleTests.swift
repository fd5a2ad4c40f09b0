import PartyBuilding
import Testing

/// `SZ2011.9.secretary-pay` (in principle): 其中社区党组织书记待遇原则上不低于上年度当地城镇职工平均工资水平的1.2倍.
@Suite("SZ2011.9.secretary-pay")
struct SecretaryPayRuleTests {
    let rule: RuleID = "SZ2011.9.secretary-pay"
    let secretary = Subject.worker("SEC")

    /// A secretary paid `payFen` in 2025, with 2024's average wage of `wageFen`.
    func community(payFen: Int64, wageFen: Int64 = 10_000_000, exceptions: [RuleException] = []) -> Community {
        var community = Fixture.community()
        community.localAverageWages = [AverageWage(year: 2024, amount: Money(fen: wageFen))]
        community.workers = [
            Fixture.worker("SEC", roles: [.secretary], pay: [AnnualPay(year: 2025, amount: Money(fen: payFen))]),
            Fixture.worker("W-2", pay: [AnnualPay(year: 2025, amount: Money(fen: 1))]),
        ]
        community.exceptions = exceptions
        return community
    }

    @Test("exactly 1.2 × the wage passes, and one fen more")
    func exactlyAtFloor() throws {
        #expect(try findings(rule, auditing: community(payFen: 12_000_000)).isEmpty)
        #expect(try findings(rule, auditing: community(payFen: 12_000_001)).isEmpty)
    }

    @Test("one fen below 1.2 × the wage is a violation")
    func oneFenBelow() throws {
        let found = try findings(rule, auditing: community(payFen: 11_999_999))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: secretary, article: "9")
        #expect(finding.measured == .money(Money(yuan: 119_999, fen: 99)))
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 120_000))))
        #expect(finding.detail == .multiple(Ratio(6, 5)))
        #expect(parameterValue(SZ2011.Parameters.secretaryPayMultiple, in: finding) == .ratio(Ratio(6, 5)))
        #expect(finding.message(.english).contains("1.2 times"))
    }

    @Test("the required pay is rounded up to the fen, and the comparison is exact")
    func roundedUpFloor() throws {
        // 1.2 × 100,000.01 = 120,000.012: 120,000.01 is short, and the shown minimum is 120,000.02.
        let short = try #require(try findings(rule, auditing: community(payFen: 12_000_001, wageFen: 10_000_001)).first)
        #expect(short.required == Requirement(.notLessThan, .money(Money(yuan: 120_000, fen: 2))))
        #expect(try findings(rule, auditing: community(payFen: 12_000_002, wageFen: 10_000_001)).isEmpty)
    }

    @Test(
        "an exception for the secretary or the whole community, in force on the audit date, makes a note",
        arguments: [
            Fixture.exception("SZ2011.9.secretary-pay", subject: .worker("SEC")),
            Fixture.exception("SZ2011.9.secretary-pay"),
            Fixture.exception("SZ2011.9.secretary-pay", validUntil: Fixture.auditDate),
            Fixture.exception("SZ2011.9.secretary-pay", approvedOn: Fixture.auditDate),
        ])
    func exceptionInForce(exception: RuleException) throws {
        let found = try findings(rule, auditing: community(payFen: 11_999_999, exceptions: [exception]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .note, subject: secretary, article: "9")
        #expect(finding.exception == exception)
        #expect(finding.exception?.reason.isEmpty == false)
        #expect(finding.exception?.approver.isEmpty == false)
    }

    @Test(
        "an exception expired, not yet approved, for another worker or another rule leaves the violation",
        arguments: [
            Fixture.exception(
                "SZ2011.9.secretary-pay", approvedOn: CalendarDate("2024-01-01"), validUntil: CalendarDate("2024-12-31")
            ),
            Fixture.exception("SZ2011.9.secretary-pay", approvedOn: CalendarDate("2026-01-01")),
            // Lapsed before the end of the year judged.
            Fixture.exception("SZ2011.9.secretary-pay", validUntil: CalendarDate("2025-06-30")),
            Fixture.exception("SZ2011.9.secretary-pay", subject: .worker("W-2")),
            Fixture.exception("SZ2011.9.staff-pay", subject: .worker("SEC")),
        ])
    func exceptionNotApplying(exception: RuleException) throws {
        let found = try findings(rule, auditing: community(payFen: 11_999_999, exceptions: [exception]))
        let finding = try #require(found.first)
        #expect(finding.severity == .violation)
        #expect(finding.exception == nil)
    }

    @Test("without last year's wage the check cannot be made, and says so")
    func noWage() throws {
        var community = community(payFen: 1)
        community.localAverageWages = []
        let finding = try #require(try findings(rule, auditing: community).first)
        expectFinding(finding, rule: rule, severity: .information, subject: secretary, article: "9")
    }
}
