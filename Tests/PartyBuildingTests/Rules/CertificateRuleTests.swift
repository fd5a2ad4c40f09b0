import PartyBuilding
import Testing

/// `SZ2011.8.certificate` (must): 到2015年，45岁以下的社区工作者均须取得国家《社会工作者职业水平证书》 —
/// from 2015, every worker aged 45 or under (以下 includes 45) holds the certificate.
@Suite("SZ2011.8.certificate")
struct CertificateRuleTests {
    let rule: RuleID = "SZ2011.8.certificate"
    let auditDate = CalendarDate("2025-06-15")

    func community(born: CalendarDate, certificate: Certificate? = nil) -> Community {
        var community = Fixture.community()
        community.workers = [Fixture.worker("W-1", born: born, certificate: certificate)]
        return community
    }

    @Test(
        "a worker of 45 full years or less without the certificate is a violation",
        arguments: [
            (CalendarDate("1980-06-15"), 45),  // 45 today
            (CalendarDate("1979-06-16"), 45),  // 46 tomorrow
            (CalendarDate("2000-06-15"), 25),
        ])
    func required(born: CalendarDate, age: Int) throws {
        let found = try findings(rule, auditing: community(born: born), on: auditDate)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: .worker("W-1"), article: "8")
        #expect(finding.measured == .flag(false))
        #expect(finding.required == Requirement(.exactly, .flag(true)))
        #expect(finding.detail == .age(age))
        #expect(parameterValue(SZ2011.Parameters.certificateMaxAge, in: finding) == .years(45))
    }

    @Test("a worker of 46 full years (46 today) need not hold it")
    func fortySix() throws {
        #expect(
            try findings(rule, auditing: community(born: CalendarDate("1979-06-15")), on: auditDate).isEmpty)
    }

    @Test("a certificate obtained on or before the audit date counts; one obtained after does not")
    func obtainedWhen() throws {
        let born = CalendarDate("1990-01-01")
        let onTheDay = community(born: born, certificate: Certificate(level: .assistant, obtainedOn: auditDate))
        #expect(try findings(rule, auditing: onTheDay, on: auditDate).isEmpty)
        let later = community(
            born: born, certificate: Certificate(level: .intermediate, obtainedOn: CalendarDate("2025-06-16"))
        )
        #expect(try findings(rule, auditing: later, on: auditDate).count == 1)
    }

    @Test("not in force in 2014; in force from 2015-01-01 (到2015年)")
    func inForceFrom2015() throws {
        let community = community(born: CalendarDate("1980-01-01"))
        let before = try audit(community, on: CalendarDate("2014-12-31"))
        #expect(before.rulesNotInForce.contains(rule))
        #expect(!before.rulesApplied.contains(rule))
        #expect(before.findings.allSatisfy { $0.ruleID != rule })

        let from = try audit(community, on: CalendarDate("2015-01-01"))
        #expect(from.rulesApplied.contains(rule))
        #expect(!from.rulesNotInForce.contains(rule))
        #expect(from.findings.filter { $0.ruleID == rule }.count == 1)
    }
}
