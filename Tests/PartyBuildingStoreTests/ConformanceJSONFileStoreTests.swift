import Foundation
import PartyBuilding
import PartyBuildingStoreTesting
import Testing

/// `JSONFileStore` passes the conformance kit, each check in a fresh temporary directory.
@Suite struct ConformanceJSONFileStoreTests {
    @Test(arguments: ConformanceCheck.allCases)
    func jsonFileStoreConforms(_ check: ConformanceCheck) async {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("conformance-\(check.rawValue)-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        await StoreConformance.check(check) { try JSONFileStore(directory: directory) }
    }
}
