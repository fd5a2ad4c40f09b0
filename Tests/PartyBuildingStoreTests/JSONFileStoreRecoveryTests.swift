import Foundation
import PartyBuilding
import Testing

/// Damaged files and batches interrupted at each step, planted in the directory as a crash, a newer
/// library or a careless editor would leave them.
@Suite struct JSONFileStoreRecoveryTests {
    /// The bytes the store writes for a community (a compact dataset of one).
    static func record(_ community: Community) throws -> String {
        String(decoding: try CommunityDataset([community]).encoded(prettyPrinted: false), as: UTF8.self)
    }

    static let damagedFiles: [(String, StoreError.Code, String)] = [
        ("{\"communities\":[", .corrupted, "truncated"),
        ("", .corrupted, "empty"),
        (#"{"format":"PartyBuildingKit","schemaVersion":3,"communities":[]}"#, .unsupportedSchemaVersion, "newer"),
        (#"{"format":"PartyBuildingKit","schemaVersion":1,"communities":[]}"#, .corrupted, "no community"),
        (#"{"communities":[{"id":"a","name":"a","district":"d"}]}"#, .corrupted, "no format marker"),
        (
            #"{"format":"PartyBuildingKit","schemaVersion":1,"communities":[{"id":"b","name":"b","district":"d"}]}"#,
            .corrupted, "another ID"
        ),
        (
            #"{"format":"PartyBuildingKit","schemaVersion":1,"communities":[{"id":"a","name":"a","district":"d","households":-1.5}]}"#,
            .corrupted, "a fraction of a household"
        ),
    ]

    @Test(arguments: damagedFiles)
    func aDamagedFileIsNamedAndTheStoreChangesNothing(_ text: String, _ code: StoreError.Code, _ kind: String)
        async throws
    {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save([Fixture.small("a"), Fixture.small("c")])
            try plant(text, as: "a.json", in: directory)
            let before = try snapshot(of: directory)
            let file = directory.appendingPathComponent("a.json").path
            for call in [{ _ = try await store.community("a") }, { _ = try await store.allCommunities() }] {
                let error = await #expect(throws: StoreError.self, "\(kind)") { try await call() }
                #expect(error?.code == code, "\(kind)")
                #expect(error?.path == file, "\(kind)")
                #expect(error?.recordID == "a", "\(kind)")
                #expect(error?.message.contains(file) == true, "\(kind)")
            }
            #expect(try await store.communityIDs() == ["a", "c"])
            #expect(try await store.community("c") == Fixture.small("c"))
            #expect(try snapshot(of: directory) == before, "\(kind)")
        }
    }

    @Test func aNewerFileCarriesTheInterchangeErrorUnderneath() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("a"))
            try plant(#"{"format":"PartyBuildingKit","schemaVersion":7,"communities":[]}"#, as: "a.json", in: directory)
            let error = await #expect(throws: StoreError.self) { try await store.community("a") }
            let underlying = try #require(error?.underlying as? InterchangeError)
            #expect(
                underlying.problem
                    == .newerSchemaVersion(found: 7, newestSupported: CommunityDataset.currentSchemaVersion))
            #expect(underlying.file == directory.appendingPathComponent("a.json").path)
        }
    }

    @Test func aCommittedBatchInterruptedBeforeItsRenamesIsRolledForward() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save([Fixture.small("a", members: 1), Fixture.small("gone")])
            try plant(try Self.record(Fixture.small("a", members: 4)), as: ".tmp-crash-0", in: directory)
            try plant(try Self.record(Fixture.small("b", members: 3)), as: ".tmp-crash-1", in: directory)
            try plant(
                #"{"renames":[{"from":".tmp-crash-0","to":"a.json"},{"from":".tmp-crash-1","to":"b.json"}],"removals":["gone.json"]}"#,
                as: ".journal", in: directory)
            let reopened = try JSONFileStore(directory: directory)
            #expect(
                try await reopened.allCommunities() == [Fixture.small("a", members: 4), Fixture.small("b", members: 3)])
            #expect(try snapshot(of: directory).keys.sorted() == ["a.json", "b.json"])
        }
    }

    @Test func aBatchInterruptedHalfwayThroughItsRenamesIsCompleted() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try plant(try Self.record(Fixture.small("a", members: 4)), as: "a.json", in: directory)
            try plant(try Self.record(Fixture.small("b", members: 3)), as: ".tmp-crash-1", in: directory)
            try plant(
                #"{"renames":[{"from":".tmp-crash-0","to":"a.json"},{"from":".tmp-crash-1","to":"b.json"}],"removals":[]}"#,
                as: ".journal", in: directory)
            try await store.save(Fixture.small("c"))
            #expect(try await store.communityIDs() == ["a", "b", "c"])
            #expect(try await store.community("b") == Fixture.small("b", members: 3))
            #expect(try snapshot(of: directory).keys.sorted() == ["a.json", "b.json", "c.json"])
        }
    }

    @Test func aBatchInterruptedBeforeItsCommitLeavesNothing() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("a", members: 1))
            try plant(try Self.record(Fixture.small("a", members: 4)), as: ".tmp-crash-0", in: directory)
            try plant(try Self.record(Fixture.small("b")), as: ".tmp-crash-1", in: directory)
            try plant(#"{"renames":[{"from":".tmp-crash-0","to":"a.json"}"#, as: ".journal.tmp", in: directory)
            #expect(try await store.allCommunities() == [Fixture.small("a", members: 1)])
            try await store.save(Fixture.small("c"))
            #expect(try await store.allCommunities() == [Fixture.small("a", members: 1), Fixture.small("c")])
            #expect(try snapshot(of: directory).keys.sorted() == ["a.json", "c.json"])
        }
    }

    @Test func whatACrashedWriterStagedIsRemovedWhenTheStoreIsOpened() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("a", members: 1))
            try plant(try Self.record(Fixture.small("a", members: 4)), as: ".tmp-crash-0", in: directory)
            try plant(#"{"renames":[{"from":".tmp-crash-0","to":"a.json"}"#, as: ".journal.tmp", in: directory)
            let reopened = try JSONFileStore(directory: directory)
            #expect(try snapshot(of: directory).keys.sorted() == ["a.json"])
            #expect(try await reopened.allCommunities() == [Fixture.small("a", members: 1)])
        }
    }

    @Test func anUnreadableJournalIsNamedAndNothingChanges() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("a"))
            try plant(try Self.record(Fixture.small("a", members: 4)), as: ".tmp-crash-0", in: directory)
            try plant("{\"renames\":[{\"from\"", as: ".journal", in: directory)
            let before = try snapshot(of: directory)
            // A store opened over the journal opens, and its calls name the journal too.
            let reopened = try JSONFileStore(directory: directory)
            for call in [
                { _ = try await store.communityIDs() }, { try await store.save(Fixture.small("b")) },
                { try await reopened.save(Fixture.small("a")) },
            ] {
                let error = await #expect(throws: StoreError.self) { try await call() }
                #expect(error?.code == .corrupted)
                #expect(error?.path == directory.appendingPathComponent(".journal").path)
            }
            #expect(try snapshot(of: directory) == before)
        }
    }

    /// Journals that name files outside the store's staged and record files: applied, they would have
    /// renamed or removed files of other programs (found while writing the store's fuzz target,
    /// `Fuzz/store`, which plants journals in a temporary store).
    static let foreignJournals: [String] = [
        #"{"renames":[],"removals":["../outside.json"]}"#,
        #"{"renames":[],"removals":[".lock"]}"#,
        #"{"renames":[{"from":".tmp-crash-0","to":"../outside.json"}],"removals":[]}"#,
        #"{"renames":[{"from":"../outside.json","to":"a.json"}],"removals":[]}"#,
        #"{"renames":[{"from":".tmp-../../outside.json","to":"a.json"}],"removals":[]}"#,
        #"{"renames":[{"from":".tmp-crash-0","to":"A.json"}],"removals":[]}"#,
    ]

    @Test(arguments: foreignJournals)
    func aJournalNamingAFileThatIsNotTheStoresIsCorruptedAndNothingChanges(_ journal: String) async throws {
        try await withTemporaryDirectory { parent in
            let directory = parent.appendingPathComponent("store")
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("a"))
            try plant("keep", as: "outside.json", in: parent)
            try plant(try Self.record(Fixture.small("a", members: 4)), as: ".tmp-crash-0", in: directory)
            try plant(journal, as: ".journal", in: directory)
            let before = try snapshot(of: directory)
            for call in [{ _ = try await store.communityIDs() }, { try await store.save(Fixture.small("b")) }] {
                let error = await #expect(throws: StoreError.self, "\(journal)") { try await call() }
                #expect(error?.code == .corrupted, "\(journal)")
                #expect(error?.path == directory.appendingPathComponent(".journal").path, "\(journal)")
            }
            #expect(try snapshot(of: directory) == before, "\(journal)")
            #expect(try String(contentsOf: parent.appendingPathComponent("outside.json"), encoding: .utf8) == "keep")
        }
    }

    @Test func aSavedRecordCanReplaceADamagedOne() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("a"))
            try plant("garbage", as: "a.json", in: directory)
            try await store.save(Fixture.small("a", members: 5))
            #expect(try await store.community("a") == Fixture.small("a", members: 5))
            try plant("garbage", as: "a.json", in: directory)
            try await store.delete("a")
            #expect(try await store.communityIDs().isEmpty)
        }
    }
}
