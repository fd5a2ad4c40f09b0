import PartyBuilding
import PartyBuildingStoreTesting
import Testing

/// `InMemoryStore` passes the conformance kit, called the way an integrator calls it.
@Suite struct ConformanceInMemoryStoreTests {
    @Test(arguments: ConformanceCheck.allCases)
    func inMemoryStoreConforms(_ check: ConformanceCheck) async {
        await StoreConformance.check(check) { InMemoryStore() }
    }
}
