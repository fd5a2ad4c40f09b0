import PartyBuilding
import Testing

/// The worked example of the seeds: 东关社区 (`004_3f6f0cae3b1191d2.txt`, "共有党员80名,住户2145户,居民7393人"):
/// 80 members → activity-fund floor 15,000 CNY; 7393 residents → work-fund floor 147,860 CNY.
@Suite("东关社区 worked example")
struct DongguanWorkedExampleTests {
    /// 东关社区 with its branch of 80 members (counted by hand) and the given grants for 2025.
    func dongguan(activityFen: Int64, workFen: Int64) -> Community {
        var community = Community(
            id: Fixture.communityID, name: "东关社区", district: "城中区", households: 2145, residents: 7393)
        community.organisations = [
            PartyOrganisation(id: Fixture.organisationID, name: "东关社区党支部", form: .branch, headcount: .init(total: 80))
        ]
        community.fundGrants = [Fixture.grant(.activity, fen: activityFen), Fixture.grant(.work, fen: workFen)]
        return community
    }

    @Test("the floors are 15,000 CNY and 147,860 CNY")
    func floors() {
        #expect(ActivityFundFloor.suzhou2011.floor(members: 80) == Money(yuan: 15_000))
        #expect(WorkFundFloor.suzhou2011.floor(population: 7393) == Money(yuan: 147_860))
    }

    @Test("granted exactly the floors, neither fund rule finds anything")
    func atFloors() throws {
        let report = try audit(dongguan(activityFen: 1_500_000, workFen: 14_786_000))
        #expect(report.countsByRule["SZ2011.19.activity-fund"] == nil)
        #expect(report.countsByRule["SZ2011.19.work-fund"] == nil)
    }

    @Test("one fen short of each floor, each rule reports the floor as required")
    func oneFenShort() throws {
        let report = try audit(dongguan(activityFen: 1_499_999, workFen: 14_785_999))
        let activity = try #require(report.findings.first { $0.ruleID == "SZ2011.19.activity-fund" })
        #expect(activity.required == Requirement(.notLessThan, .money(Money(yuan: 15_000))))
        #expect(activity.detail == .count(80, .members))
        #expect(activity.message(.chinese).contains("15,000.00"))
        let work = try #require(report.findings.first { $0.ruleID == "SZ2011.19.work-fund" })
        #expect(work.required == Requirement(.notLessThan, .money(Money(yuan: 147_860))))
        #expect(work.detail == .count(7393, .people))
        #expect(work.message(.english).contains("147,860.00"))
        #expect(report.countsByRule["SZ2011.19.activity-fund"] == 1)
        #expect(report.countsByRule["SZ2011.19.work-fund"] == 1)
    }
}
