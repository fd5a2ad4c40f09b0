import PartyBuilding
import PartyBuildingStoreTesting
import XCTest

/// The framework-neutral core used from XCTest, as an integrator without Swift Testing would.
final class ConformanceXCTests: XCTestCase {
    func testACorrectStoreHasNoFailures() async {
        let failures = await StoreConformance.all { InMemoryStore() }
        XCTAssertEqual(failures, [], failures.map(\.description).joined(separator: "\n"))
    }

    func testABrokenStoreHasFailuresNamingTheCheck() async {
        let failures = await StoreConformance.run(.listingOrder) { UTF16OrderStore() }
        XCTAssertFalse(failures.isEmpty)
        XCTAssertTrue(failures.allSatisfy { $0.check == .listingOrder })
    }
}
