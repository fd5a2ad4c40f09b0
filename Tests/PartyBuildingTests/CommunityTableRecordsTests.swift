import Foundation
import Testing

@testable import PartyBuilding

@Suite("Committees, grants by source and exceptions in a CSV table of communities")
struct CommunityTableRecordsTests {
    private func problems(_ csv: String) throws -> [CommunityTableProblem] {
        try #require(throws: CommunityTableError.self) { try CommunityTable.read(csv: csv, source: "t.csv") }.problems
    }

    @Test func committeesAndTheirOrganisations() throws {
        let csv = "编号,组织形式,居民委员会数,建立党组织的居民委员会数\nDG,党委,3,2\n"
        let community = try #require(try CommunityTable.read(csv: csv).first)
        #expect(community.residentsCommittees?.map(\.id) == ["DG-RC1", "DG-RC2", "DG-RC3"])
        #expect(community.residentsCommittees?.map(\.name) == ["第1居民委员会", "第2居民委员会", "第3居民委员会"])
        #expect(community.organisations.map(\.id) == ["DG-P", "DG-RC1-P", "DG-RC2-P"])
        #expect(community.organisations.map(\.form) == [.committee, .branch, .branch])
        #expect(community.organisations.map(\.parentID) == [nil, "DG-P", "DG-P"])
        #expect(community.organisations.map(\.residentsCommitteeID) == [nil, "DG-RC1", "DG-RC2"])
    }

    @Test func committeeOrganisationsWithoutACommunityOrganisationHaveNoParent() throws {
        let csv = "id,residentsCommittees,committeesWithPartyOrganisation\nDG,2,1\n"
        let community = try #require(try CommunityTable.read(csv: csv).first)
        #expect(community.organisations.map(\.id) == ["DG-RC1-P"])
        #expect(community.organisations.first?.parentID == nil)
    }

    @Test func committeesNotGivenAreNotRecordedAndNoneIsRecordedAsNone() throws {
        let communities = try CommunityTable.read(csv: "id,residentsCommittees\nDG,\nSQ,0\n")
        #expect(communities[0].residentsCommittees == nil)
        #expect(communities[1].residentsCommittees == [])
        #expect(try CommunityTable.read(csv: "id\nDG\n")[0].residentsCommittees == nil)
    }

    @Test func moreOrganisedCommitteesThanCommitteesIsAProblem() throws {
        let found = try problems("编号,居民委员会数,建立党组织的居民委员会数\nDG,2,3\nSQ,,1\n")
        #expect(found.map(\.line) == [2, 3])
        #expect(found.map(\.column) == ["建立党组织的居民委员会数", "居民委员会数"])
        #expect(found.map(\.reason) == [.exceeds("居民委员会数"), .requiredBy("建立党组织的居民委员会数")])
        #expect(found[0].message(.chinese) == "t.csv 第 2 行“建立党组织的居民委员会数”列的值“3”超过了它所属的“居民委员会数”")
    }

    @Test func grantsBySource() throws {
        let csv = """
            编号,年度,活动经费,活动经费（市级）,活动经费(区级),活动经费（街道）,工作经费（区级）
            DG,2025,15000,5000,6000,4000,100000

            """
        let community = try #require(try CommunityTable.read(csv: csv).first)
        #expect(
            community.fundGrants == [
                FundGrant(year: 2025, purpose: .work, source: .district, amount: Money(yuan: 100_000)),
                FundGrant(year: 2025, purpose: .activity, source: .city, amount: Money(yuan: 5000)),
                FundGrant(year: 2025, purpose: .activity, source: .district, amount: Money(yuan: 6000)),
                FundGrant(year: 2025, purpose: .activity, source: .street, amount: Money(yuan: 4000)),
            ])
    }

    @Test func aTotalWithoutSourcesIsAGrantOfSourceNotRecorded() throws {
        let csv = "id,year,activityFunds,workFunds,workFundsStreet\nDG,2025,1.5万元,,4000\n"
        let community = try #require(try CommunityTable.read(csv: csv).first)
        #expect(
            community.fundGrants == [
                FundGrant(year: 2025, purpose: .work, source: .street, amount: Money(yuan: 4000)),
                FundGrant(year: 2025, purpose: .activity, source: .unspecified, amount: Money(yuan: 15_000)),
            ])
    }

    @Test func aTotalDifferentFromItsSourcesIsAProblem() throws {
        let found = try problems(
            "id,year,activityFunds,activityFundsCity,activityFundsStreet\nDG,2025,15000,5000,4000\n")
        #expect(found.map(\.column) == ["activityFunds"])
        #expect(found.map(\.reason) == [.totalDiffersFromSources("9000")])
        #expect(
            found[0].message(.english)
                == "t.csv, line 2, column activityFunds, value \"15000\": differs from the sum of its sources, 9000")
    }

    @Test func aBySourceColumnNeedsAYear() throws {
        let found = try problems("id,workFundsStreet\nDG,4000\n")
        #expect(found.map(\.reason) == [.requiredBy("workFundsStreet")])
        #expect(found.map(\.column) == ["year"])
    }

    @Test func anExceptionRow() throws {
        let csv = """
            编号,例外规则,例外理由,批准人,批准日期,有效期至
            DG,SZ2011.9.secretary-pay；SZ2011.15.party-share,老城区用房紧张,城中区委组织部,2025-03-01,2025-12-31
            SQ,SZ2011.9.secretary-pay,过渡期,姑苏区委组织部,2025-01-01,

            """
        let communities = try CommunityTable.read(csv: csv)
        #expect(
            communities[0].exceptions == [
                RuleException(
                    ruleID: "SZ2011.9.secretary-pay", reason: "老城区用房紧张", approver: "城中区委组织部",
                    approvedOn: "2025-03-01", validUntil: "2025-12-31"),
                RuleException(
                    ruleID: "SZ2011.15.party-share", reason: "老城区用房紧张", approver: "城中区委组织部",
                    approvedOn: "2025-03-01", validUntil: "2025-12-31"),
            ])
        #expect(communities[1].exceptions.map(\.validUntil) == [nil])
    }

    @Test func aPartialExceptionRowIsAProblem() throws {
        let found = try problems("编号,例外规则,批准人\nDG,SZ2011.9.secretary-pay,城中区委组织部\n")
        #expect(found.map(\.column) == ["例外规则"])
        #expect(found.map(\.reason) == [.incompleteException(missing: ["exceptionReason", "exceptionApprovedOn"])])
        #expect(
            found[0].message(.chinese)
                == "t.csv 第 2 行“例外规则”列的值“SZ2011.9.secretary-pay”是例外的一部分，但缺少“exceptionReason”、“exceptionApprovedOn”（例外规则、理由、批准人和批准日期须一起填写）"
        )
    }

    @Test func anUnknownRuleABadDateAndAnEndBeforeTheApprovalAreProblems() throws {
        let csv = """
            id,exceptionRules,exceptionReason,exceptionApprover,exceptionApprovedOn,exceptionValidUntil
            DG,SZ2011.9.secretary-pay;SZ2099.1.none,r,a,2025-03-01,
            SQ,SZ2011.9.secretary-pay,r,a,2025-3-1,
            XY,SZ2011.9.secretary-pay,r,a,2025-03-01,2025-01-01

            """
        let found = try problems(csv)
        #expect(found.map(\.line) == [2, 3, 4])
        #expect(found.map(\.reason) == [.unknownRule("SZ2099.1.none"), .notADate, .before("exceptionApprovedOn")])
        #expect(found.map(\.column) == ["exceptionRules", "exceptionApprovedOn", "exceptionValidUntil"])
        #expect(
            found[0].message(.english)
                == "t.csv, line 2, column exceptionRules, value \"SZ2011.9.secretary-pay;SZ2099.1.none\": names the rule SZ2099.1.none, which no pack has"
        )
    }
}
