import Testing

@testable import PartyBuilding

@Test func dongguanWorkedExample() async throws {
    #expect(ActivityFundFloor.suzhou2011.floor(members: 80) == Money(yuan: 15_000))
    #expect(WorkFundFloor.suzhou2011.floor(population: 7393) == Money(yuan: 147_860))
    var community = Community(id: "DG", name: "东关社区", district: "城中区", households: 2145, residents: 7393)
    community.organisations = [
        PartyOrganisation(id: "DG-P", name: "东关社区党支部", form: .branch, headcount: .init(total: 80))
    ]
    let report = try await Auditor().audit(community, on: CalendarDate(unchecked: 2025, 12, 31))
    for finding in report.findings {
        print(finding.severity, finding.ruleID, finding.message(.chinese), "|", finding.message(.english))
    }
    #expect(report.countsByRule["SZ2011.19.activity-fund"] == 1)
}
