import Foundation
import Testing

@testable import PartyBuilding

/// The README's code sample, run as written, with its comments checked.
@Suite("README sample")
struct ReadmeSampleTests {
    @Test func theSampleDoesWhatItsCommentsSay() async throws {
        var community = Community(id: "DG", name: "东关社区", district: "城中区", households: 2145, residents: 7393)
        community.organisations = [
            PartyOrganisation(id: "DG-P", name: "东关社区党支部", form: .branch, headcount: .init(total: 80))
        ]
        community.fundGrants = [
            FundGrant(year: 2025, purpose: .activity, source: .district, amount: Money(yuan: 12_000))
        ]

        #expect(ActivityFundFloor.suzhou2011.floor(members: 80).description == "15,000.00")
        #expect(WorkFundFloor.suzhou2011.floor(population: 7393).description == "147,860.00")

        let report = try await Auditor(packs: [.suzhou2011]).audit(
            [community], on: CalendarDate("2025-12-31"))
        let activity = try #require(report.findings.first { $0.ruleID == "SZ2011.19.activity-fund" })
        #expect(activity.severity == .violation)
        #expect(
            activity.message(.english)
                == "Activity funds in 2025 are CNY 12,000.00; in principle they should be at least CNY 15,000.00 (for 80 members)"
        )
        // The README's comment shows the same message.
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../README.md"), encoding: .utf8)
        #expect(readme.contains("// violation SZ2011.19.activity-fund 2025 " + activity.message(.english)))

        let scenario = Scenario(
            name: "200 元/人",
            overrides: [
                .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2025-01-01"))
            ])
        let whatIf = try await Auditor(scenario: scenario).reaudit(report, of: [community])
        #expect(whatIf.parameterChanges.map(\.scenario) == [.money(Money(yuan: 200))])
        #expect(
            whatIf.findings.first { $0.ruleID == "SZ2011.19.activity-fund" }?.required?.value
                == .money(Money(yuan: 16_000)))
    }
}
