import PartyBuilding
import Testing

@Suite struct InMemoryStoreTests {
    @Test func roundTripKeepsEveryField() async throws {
        let store: any CommunityStore = InMemoryStore()
        let community = Fixture.full()
        try await store.save(community)
        #expect(try await store.requireCommunity(community.id) == community)
    }

    @Test func savingAnIDAgainOverwritesTheWholeCommunity() async throws {
        let store: any CommunityStore = InMemoryStore()
        try await store.save(Fixture.small("A", members: 5))
        try await store.save(Fixture.small("A", members: 1))
        #expect(try await store.requireCommunity("A") == Fixture.small("A", members: 1))
        #expect(try await store.communityIDs() == ["A"])
    }

    @Test func fetchKeepsTheOrderAskedForAndLeavesOutMissingIDs() async throws {
        let store: any CommunityStore = InMemoryStore()
        try await store.save([Fixture.small("A"), Fixture.small("B")])
        let fetched = try await store.communities(["B", "missing", "A"])
        #expect(fetched.map(\.id) == ["B", "A"])
        #expect(try await store.community("missing") == nil)
        await #expect(throws: StoreError.self) { try await store.requireCommunity("missing") }
    }

    @Test func listsIDsInCodePointOrder() async throws {
        let store: any CommunityStore = InMemoryStore()
        let ids: [CommunityID] = ["b", "B", "a-2", "a-10", "东关", "Z"]
        try await store.save(ids.map { Fixture.small($0) })
        #expect(try await store.communityIDs() == ["B", "Z", "a-10", "a-2", "b", "东关"])
    }

    @Test func deleteRemovesAllOrNone() async throws {
        let store: any CommunityStore = InMemoryStore()
        try await store.save([Fixture.small("A"), Fixture.small("B"), Fixture.small("C")])
        let error = await #expect(throws: StoreError.self) { try await store.delete(["A", "missing", "B"]) }
        #expect(error?.code == .notFound)
        #expect(error?.recordID == "missing")
        #expect(try await store.communityIDs() == ["A", "B", "C"])
        try await store.delete(["A", "C"])
        #expect(try await store.communityIDs() == ["B"])
    }

    @Test func aBatchWithOneInvalidRecordStoresNothing() async throws {
        let store: any CommunityStore = InMemoryStore()
        try await store.save(Fixture.small("A", members: 3))
        let error = await #expect(throws: StoreError.self) {
            try await store.save([Fixture.small("A", members: 1), Fixture.small("B"), Fixture.invalid("C")])
        }
        #expect(error?.code == .invalidRecord)
        #expect(error?.recordID == "C")
        #expect((error?.underlying as? ValidationError)?.field == "organisationID")
        #expect(try await store.communityIDs() == ["A"])
        #expect(try await store.requireCommunity("A") == Fixture.small("A", members: 3))
    }

    @Test func aBatchNamingAnIDTwiceIsAConflict() async throws {
        let store: any CommunityStore = InMemoryStore()
        let error = await #expect(throws: StoreError.self) {
            try await store.save([Fixture.small("A"), Fixture.small("B"), Fixture.small("A")])
        }
        #expect(error?.code == .conflict)
        #expect(error?.recordID == "A")
        #expect(try await store.communityIDs().isEmpty)
    }

    @Test func anEmptyIDIsInvalid() async throws {
        let store: any CommunityStore = InMemoryStore()
        let error = await #expect(throws: StoreError.self) { try await store.save(Fixture.small("")) }
        #expect(error?.code == .invalidID)
    }

    @Test func manyConcurrentWritersLoseNothing() async throws {
        let store: any CommunityStore = InMemoryStore()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<16 {
                group.addTask {
                    for index in 0..<25 { try await store.save(Fixture.small(CommunityID("W\(writer)-\(index)"))) }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.communityIDs().count == 16 * 25)
    }

    @Test func concurrentUpdatesOfOneCommunityAreNeverLost() async throws {
        let store = InMemoryStore()
        try await store.save(Fixture.small("A", members: 0))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    for index in 0..<20 {
                        try await store.update("A") {
                            $0.members.append(
                                Member(id: MemberID("M-\(writer)-\(index)"), name: "x", organisationID: "P"))
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.requireCommunity("A").members.count == 8 * 20)
    }

    @Test func anUpdateThatBreaksTheRecordChangesNothing() async throws {
        let store = InMemoryStore()
        try await store.save(Fixture.small("A"))
        let invalid = await #expect(throws: StoreError.self) {
            try await store.update("A") { $0.members[0].organisationID = "NOWHERE" }
        }
        #expect(invalid?.code == .invalidRecord)
        let renamed = await #expect(throws: StoreError.self) { try await store.update("A") { $0.id = "B" } }
        #expect(renamed?.code == .conflict)
        let missing = await #expect(throws: StoreError.self) { try await store.update("Z") { _ in } }
        #expect(missing?.code == .notFound)
        #expect(try await store.allCommunities() == [Fixture.small("A")])
    }

    @Test func startsWithTheCommunitiesGiven() async throws {
        let store = try InMemoryStore([Fixture.small("B"), Fixture.small("A")])
        #expect(await store.communityIDs() == ["A", "B"])
        #expect(throws: StoreError.self) { try InMemoryStore([Fixture.small("A"), Fixture.small("A")]) }
    }
}
