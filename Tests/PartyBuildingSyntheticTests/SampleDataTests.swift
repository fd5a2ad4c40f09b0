import Foundation
import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// The sample data under `Examples/Data/`: the district table in its three forms (UTF-8 CSV, the same
/// table as Excel on Chinese Windows saves it, and the interchange JSON), and 东关社区 with its
/// published figures and invented people.
///
/// The JSON files are what the library writes from the table, from ``SampleCommunities/dongguan`` and
/// from ``SampleCommunities/governed``;
/// after changing either, regenerate them and read the difference:
///
/// ```
/// UPDATE_GOLDEN=1 swift test --filter SampleDataTests
/// ```
@Suite("Sample data files")
struct SampleDataTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/Data")

    /// Compares `dataset` with the JSON file `name`, or writes it with `UPDATE_GOLDEN=1`.
    func expectFile(_ name: String, holds dataset: CommunityDataset) throws {
        let url = Self.data.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try dataset.write(to: url)
            Issue.record("UPDATE_GOLDEN=1: wrote \(url.path); read the diff, then run again")
            return
        }
        #expect(try CommunityDataset.read(from: url).communities == dataset.communities)
    }

    @Test func theDistrictTableReadsWithoutAProblemInEveryForm() throws {
        let table = try CommunityTable.read(contentsOf: Self.data.appendingPathComponent("district.csv"))
        #expect(table.count >= 45)
        #expect(Set(table.map(\.id)).count == table.count)
        #expect(Array(table.prefix(4).map(\.id)) == ["DG", "SQ", "XY", "HT"])
        let gb18030 = try CommunityTable.read(contentsOf: Self.data.appendingPathComponent("district-gb18030.csv"))
        #expect(gb18030 == table)
        try expectFile("district.json", holds: CommunityDataset(table))
    }

    @Test func theGovernedCommunityKeepsEveryGovernanceRecordAndItsFindingsAreTheOnesItsDocumentationNames()
        async throws
    {
        try expectFile("governance.json", holds: CommunityDataset([SampleCommunities.governed]))
        let report = try await Auditor(packs: PolicyPack.catalog).audit(
            SampleCommunities.governed, on: "2025-12-31")
        let failures = Set(
            report.findings.filter { $0.severity == .violation || $0.severity == .warning }.map(\.ruleID)
        ).filter {
            ["TA", "GRID", "MY", "DG"].contains($0.rawValue.split(separator: ".").first)
                || $0.rawValue.hasPrefix("NAT.dev.") || $0.rawValue.hasPrefix("NAT.grid")
        }
        #expect(
            failures == [
                "TA.decision-chain", "MY.monthly-ledgers", "MY.street-checklist", "NAT.dev.talk", "NAT.dev.approval",
            ])
    }

    @Test func dongguanIsThePublishedCommunityWithInventedPeople() throws {
        try expectFile("dongguan.json", holds: CommunityDataset([SampleCommunities.dongguan]))
        let dongguan = SampleCommunities.dongguan
        #expect(dongguan.households == 2145 && dongguan.residents == 7393)
        #expect(MembershipSummary(dongguan, on: "2025-12-31").heldByCommunity == 80)
        try dongguan.validate(on: "2025-12-31")
    }

    @Test func theBoundRowsOfTheDistrictGiveTheOutcomesTheirFiguresCallFor() async throws {
        let table = try CommunityTable.read(contentsOf: Self.data.appendingPathComponent("district.csv"))
        let report = try await Auditor().audit(table, on: "2025-12-31")
        func id(_ name: String) throws -> CommunityID { try #require(table.first { $0.name == name }).id }
        func findings(_ rule: RuleID, _ name: String) throws -> [Finding] {
            let community = try id(name)
            return report.findings(about: community).filter { $0.ruleID == rule }
        }
        // 101 members: 15,150.00 元; 0.01 元 short is a violation; 99 and 100 members need 15,000.00 元.
        #expect(try findings("SZ2011.19.activity-fund", "百零一社区").map(\.severity) == [.violation])
        #expect(try findings("SZ2011.19.activity-fund", "九九社区").isEmpty)
        #expect(try findings("SZ2011.19.activity-fund", "百户社区").isEmpty)
        // A planned community at exactly 3% and 0.5% meets them; 0.01 m² below does not.
        #expect(try findings("SZ2011.15.service-space", "规划足额社区").isEmpty)
        #expect(try findings("SZ2011.15.work-space", "规划足额社区").isEmpty)
        #expect(try findings("SZ2011.15.service-space", "规划差一分社区").map(\.severity) == [.violation])
        #expect(try findings("SZ2011.15.work-space", "规划差一分社区").map(\.severity) == [.violation])
        // 30 m² per 100 households: 600.00 m² for 2000 households meets it, 599.99 m² does not.
        #expect(try findings("NAT.service-space", "每百户足额社区").isEmpty)
        #expect(try findings("NAT.service-space", "每百户差一分社区").map(\.severity) == [.violation])
        // More than 3000 households: the resettlement rule applies at 3001, not at 3000.
        #expect(try findings("SZ2011.3.resettlement", "安置足额社区").isEmpty)
        #expect(try findings("SZ2011.3.resettlement", "安置三千户社区").isEmpty)
        #expect(try !findings("SZ2011.3.resettlement", "安置缺项社区").isEmpty)
        // The exception with its reason and approver makes the shortfall a note.
        #expect(try findings("SZ2011.19.activity-fund", "例外社区").map(\.severity) == [.note])
        // Space not recorded cannot be checked; no grant recorded cannot be checked: never a violation.
        #expect(try findings("SZ2011.15.party-share", "未填用房社区").map(\.severity) == [.information])
        #expect(try findings("SZ2011.19.work-fund", "未拨经费社区").map(\.severity) == [.information])
        #expect(try findings("SZ2011.19.activity-fund", "未拨经费社区").map(\.severity) == [.information])
    }
}
