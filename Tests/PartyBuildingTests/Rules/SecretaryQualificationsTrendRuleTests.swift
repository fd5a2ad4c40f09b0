import PartyBuilding
import Testing

/// `SZ2011.7.secretary-quals-trend` (shall): 逐年提高社区党组织书记中具有大专以上学历和持有国家《社会工作者职业水平证书》
/// 的比例 — across the communities audited, each share rises year on year.
@Suite("SZ2011.7.secretary-quals-trend")
struct SecretaryQualificationsTrendRuleTests {
    let rule: RuleID = "SZ2011.7.secretary-quals-trend"

    /// Communities with a 2024 and a 2025 ledger entry each: (degree, certificate) per year.
    func communities(_ ledgers: [((Bool, Bool), (Bool, Bool))]) -> [Community] {
        ledgers.enumerated().map { index, ledger in
            var community = Community(id: CommunityID("C-\(index)"), name: "社区\(index)", district: "姑苏区")
            community.secretaryQualifications = [
                SecretaryQualificationRecord(
                    year: 2024, hasAssociateDegreeOrHigher: ledger.0.0, hasCertificate: ledger.0.1),
                SecretaryQualificationRecord(
                    year: 2025, hasAssociateDegreeOrHigher: ledger.1.0, hasCertificate: ledger.1.1),
            ]
            return community
        }
    }

    func trendFindings(_ communities: [Community]) throws -> [Finding] {
        try Auditor().auditSequentially(communities, on: Fixture.auditDate).findings.filter { $0.ruleID == rule }
    }

    @Test("both shares rising gives nothing")
    func rising() throws {
        let found = try trendFindings(communities([((false, false), (true, true)), ((true, false), (true, false))]))
        #expect(found.isEmpty)
    }

    @Test("a share that stayed the same is a violation about all communities")
    func flat() throws {
        let found = try trendFindings(communities([((false, false), (true, false)), ((true, true), (true, true))]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: .portfolio, article: "7")
        #expect(finding.measured == .share(Ratio(1, 2)))
        #expect(finding.required == Requirement(.moreThan, .share(Ratio(1, 2))))
    }

    @Test("a share that fell is a violation")
    func falling() throws {
        let found = try trendFindings(
            communities([
                ((true, false), (false, true)), ((true, false), (true, true)), ((false, false), (false, true)),
            ]))
        #expect(found.map(\.measured) == [.share(Ratio(1, 3))])
        #expect(found.map(\.required) == [Requirement(.moreThan, .share(Ratio(2, 3)))])
    }

    @Test("a share that fell from 100% is a violation")
    func fallingFromAll() throws {
        let found = try trendFindings(communities([((true, false), (false, true)), ((true, false), (true, true))]))
        #expect(found.map(\.measured) == [.share(Ratio(1, 2))])
        #expect(found.map(\.required) == [Requirement(.moreThan, .share(.one))])
    }

    @Test("shares already at 100% cannot rise and give nothing")
    func alreadyAll() throws {
        #expect(try trendFindings(communities([((true, true), (true, true))])).isEmpty)
    }

    @Test("with a single year recorded the rule cannot decide")
    func oneYear() throws {
        var community = Fixture.community()
        community.secretaryQualifications = [
            SecretaryQualificationRecord(year: 2025, hasAssociateDegreeOrHigher: false, hasCertificate: false)
        ]
        #expect(try trendFindings([community]).isEmpty)
    }
}
