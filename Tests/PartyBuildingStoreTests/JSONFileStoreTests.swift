import Foundation
import PartyBuilding
import Testing

@Suite struct JSONFileStoreTests {
    @Test func roundTripKeepsEveryFieldAcrossReopening() async throws {
        try await withTemporaryDirectory { directory in
            let community = Fixture.full()
            try await JSONFileStore(directory: directory).save(community)
            let reopened = try JSONFileStore(directory: directory)
            #expect(try await reopened.requireCommunity(community.id) == community)
        }
    }

    @Test func eachCommunityIsOneDatasetFileWithTheSchemaVersion() async throws {
        try await withTemporaryDirectory { directory in
            try await JSONFileStore(directory: directory).save([Fixture.small("DG-01"), Fixture.small("b")])
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            #expect(names == ["!d!g-01.json", ".lock", "b.json"])
            let file = directory.appendingPathComponent("!d!g-01.json")
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            #expect(object?["format"] as? String == "PartyBuildingKit")
            #expect(object?["schemaVersion"] as? Int == CommunityDataset.currentSchemaVersion)
            #expect(try CommunityDataset.read(from: file).communities == [Fixture.small("DG-01")])
        }
    }

    @Test func filesAreOwnerOnly() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory.appendingPathComponent("nested/store"))
            try await store.save([Fixture.small("a"), Fixture.small("b")])
            try await store.update("a") { $0.name = "changed" }
            #expect(try permissions(of: store.directory) == 0o700)
            for name in try FileManager.default.contentsOfDirectory(atPath: store.directory.path) {
                #expect(try permissions(of: store.directory.appendingPathComponent(name)) == 0o600, "\(name)")
            }
        }
    }

    @Test func savingAnIDAgainOverwritesTheWholeCommunity() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("A", members: 5))
            try await store.save([Fixture.small("A", members: 1), Fixture.small("B")])
            #expect(try await store.requireCommunity("A") == Fixture.small("A", members: 1))
            #expect(try await store.communityIDs() == ["A", "B"])
        }
    }

    @Test func fetchKeepsTheOrderAskedForAndLeavesOutMissingIDs() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save([Fixture.small("A"), Fixture.small("B")])
            #expect(try await store.communities(["B", "missing", "A"]).map(\.id) == ["B", "A"])
            #expect(try await store.community("missing") == nil)
            #expect(try await store.communities([]).isEmpty)
        }
    }

    @Test func listsIDsInCodePointOrder() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            let ids: [CommunityID] = ["b", "Bx", "a-2", "a-10", "东关", "Z", "a.b", "a_b", "a b"]
            try await store.save(ids.map { Fixture.small($0) })
            #expect(try await store.communityIDs() == ["Bx", "Z", "a b", "a-10", "a-2", "a.b", "a_b", "b", "东关"])
        }
    }

    @Test func deleteRemovesAllOrNone() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save([Fixture.small("A"), Fixture.small("B"), Fixture.small("C")])
            let error = await #expect(throws: StoreError.self) { try await store.delete(["A", "missing", "B"]) }
            #expect(error?.code == .notFound)
            #expect(error?.recordID == "missing")
            #expect(try await store.communityIDs() == ["A", "B", "C"])
            try await store.delete(["A", "C", "A"])
            #expect(try await store.communityIDs() == ["B"])
            try await store.delete("B")
            #expect(try await store.communityIDs().isEmpty)
        }
    }

    @Test func aBatchWithOneInvalidRecordStoresNothing() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("A", members: 3))
            let before = try snapshot(of: directory)
            let error = await #expect(throws: StoreError.self) {
                try await store.save([Fixture.small("A", members: 1), Fixture.small("B"), Fixture.invalid("C")])
            }
            #expect(error?.code == .invalidRecord)
            #expect(error?.recordID == "C")
            #expect((error?.underlying as? ValidationError)?.field == "organisationID")
            #expect(try snapshot(of: directory) == before)
            #expect(try await store.allCommunities() == [Fixture.small("A", members: 3)])
        }
    }

    @Test func aBatchNamingAnIDTwiceIsAConflict() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            let error = await #expect(throws: StoreError.self) {
                try await store.save([Fixture.small("A"), Fixture.small("B"), Fixture.small("A")])
            }
            #expect(error?.code == .conflict)
            #expect(try await store.communityIDs().isEmpty)
        }
    }

    @Test func manyConcurrentWritersFromManyTasksLoseNothing() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            let second = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("shared", members: 0))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<12 {
                    group.addTask {
                        let mine = writer.isMultiple(of: 2) ? store : second
                        for index in 0..<10 {
                            try await mine.save(Fixture.small(CommunityID("W\(writer)-\(index)")))
                            try await mine.update("shared") {
                                $0.members.append(
                                    Member(id: MemberID("M-\(writer)-\(index)"), name: "x", organisationID: "P"))
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.communityIDs().count == 12 * 10 + 1)
            #expect(try await second.requireCommunity("shared").members.count == 12 * 10)
        }
    }

    @Test func anUpdateThatBreaksTheRecordChangesNothing() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("A"))
            let before = try snapshot(of: directory)
            let invalid = await #expect(throws: StoreError.self) {
                try await store.update("A") { $0.members[0].organisationID = "NOWHERE" }
            }
            #expect(invalid?.code == .invalidRecord)
            let renamed = await #expect(throws: StoreError.self) { try await store.update("A") { $0.id = "B" } }
            #expect(renamed?.code == .conflict)
            let missing = await #expect(throws: StoreError.self) { try await store.update("Z") { _ in } }
            #expect(missing?.code == .notFound)
            #expect(try snapshot(of: directory) == before)
        }
    }

    @Test func aFileInThePlaceOfTheDirectoryIsUnavailable() async throws {
        try await withTemporaryDirectory { directory in
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let file = directory.appendingPathComponent("not-a-directory")
            try plant("x", as: "not-a-directory", in: directory)
            let error = #expect(throws: StoreError.self) { try JSONFileStore(directory: file) }
            #expect(error?.code == .unavailable)
            #expect(error?.path == file.path)
        }
    }
}
