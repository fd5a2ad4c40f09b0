import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

@Suite("SQLiteStore concurrency")
struct ConcurrencyTests {
    @Test("many tasks saving through one store lose no update")
    func manyTasksOneStore() async throws {
        let store = try TemporaryDatabase().store()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<64 {
                group.addTask { try await store.save(ConformanceFixtures.variant(index, id: CommunityID("T\(index)"))) }
            }
            try await group.waitForAll()
        }
        #expect(try await store.communityIDs().count == 64)
    }

    @Test("several connections writing the same file at once lose no update (WAL, busy timeout)")
    func manyConnectionsOneFile() async throws {
        let database = try TemporaryDatabase()
        let stores = try (0..<4).map { _ throws(StoreError) in try database.store() }
        let expected = (0..<80).map { ConformanceFixtures.variant($0, id: CommunityID("P\($0)")) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, community) in expected.enumerated() {
                let store = stores[index % stores.count]
                group.addTask { try await store.save(community) }
            }
            try await group.waitForAll()
        }
        let fetched = try await stores[0].communities(expected.map(\.id))
        #expect(fetched == expected)
    }
}
