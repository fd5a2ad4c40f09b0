import Foundation
import PartyBuilding
import Testing

@Suite struct JSONFileStoreIDTests {
    static let invalidIDs: [(CommunityID, String)] = [
        ("", "empty"),
        ("..", "parent directory"),
        (".", "this directory"),
        ("a/../b", "slash and dots"),
        ("a/b", "slash"),
        ("/etc/passwd", "absolute path"),
        ("a\\b", "backslash"),
        ("..\\b", "backslash and dots"),
        ("a\u{0}b", "NUL"),
        ("a\nb", "line feed"),
        ("a\u{7F}", "DEL"),
        ("a\u{85}", "C1 control"),
        (CommunityID(String(repeating: "x", count: JSONFileStore.maximumIDBytes + 1)), "over-long ASCII"),
        (CommunityID(String(repeating: "东", count: 27)), "over-long Chinese (81 bytes)"),
    ]

    @Test(arguments: invalidIDs)
    func anIDThatCouldEscapeOrCollideIsRejected(_ id: CommunityID, _ kind: String) async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("kept"))
            let before = try snapshot(of: directory)
            let saving = await #expect(throws: StoreError.self, "\(kind)") {
                try await store.save([Fixture.small("other"), Fixture.small(id)])
            }
            #expect(saving?.code == .invalidID, "\(kind)")
            #expect(saving?.recordID == id.rawValue, "\(kind)")
            let fetching = await #expect(throws: StoreError.self, "\(kind)") { try await store.community(id) }
            #expect(fetching?.code == .invalidID, "\(kind)")
            let deleting = await #expect(throws: StoreError.self, "\(kind)") { try await store.delete(id) }
            #expect(deleting?.code == .invalidID, "\(kind)")
            #expect(try snapshot(of: directory) == before, "\(kind)")
            #expect(try await store.communityIDs() == ["kept"])
        }
    }

    @Test func theLongestIDsAllowedAreStored() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            let ascii = CommunityID(String(repeating: "X", count: JSONFileStore.maximumIDBytes))
            let chinese = CommunityID(String(repeating: "东", count: JSONFileStore.maximumIDBytes / 3))
            let unusual = CommunityID("a b.c~!%'\"*?<>|:é🏘")
            try await store.save([Fixture.small(ascii), Fixture.small(chinese), Fixture.small(unusual)])
            #expect(try await store.communityIDs() == [ascii, unusual, chinese])
            #expect(try await store.allCommunities() == [ascii, unusual, chinese].map { Fixture.small($0) })
        }
    }

    /// 600 IDs whose file names run from 1 byte of ID to the longest name the store writes (245 bytes),
    /// through each encoding: a lowercase letter (1 byte of name per byte of ID), an uppercase one (2),
    /// and `~`, `东` or `é` (3). Each starts with its index, so no two differ only by case.
    static let idsOfEveryLength: [CommunityID] =
        (0..<600).map { index in
            let padding = ["q", "Q", "~", "东", "é"][index % 5]
            let length = 1 + index * 37 % JSONFileStore.maximumIDBytes
            var id = String(index)
            while id.utf8.count + padding.utf8.count <= length { id += padding }
            return CommunityID(id)
        } + [CommunityID(String(repeating: "~", count: JSONFileStore.maximumIDBytes))]

    /// Directory entries are read from `readdir`'s buffer, whose entries are only as long as their names:
    /// a directory of hundreds of names of every length fills that buffer many times over, and each name,
    /// up to `NAME_MAX` (255 bytes), must come back whole, with nothing read past the buffer's end.
    @Test func manyFileNamesOfEveryLengthAreListedWhole() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            let ignored = String(repeating: "n", count: 251) + ".txt"
            let abandoned = JSONFileStoreIDTests.stagingPrefix + String(repeating: "s", count: 250)
            try plant("notes", as: ignored, in: directory)
            try plant("half a batch", as: abandoned, in: directory)
            #expect(ignored.utf8.count == 255 && abandoned.utf8.count == 255)

            let ids = Self.idsOfEveryLength
            for start in stride(from: 0, to: ids.count, by: 100) {
                try await store.save(ids[start..<min(start + 100, ids.count)].map { Fixture.small($0) })
            }
            let names = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
            #expect(names.contains(ignored))
            #expect(!names.contains(abandoned), "a save removes a staged file it lists, however long its name")
            #expect(names.count == ids.count + 2)  // the records, the ignored file and `.lock`
            #expect(try await store.communityIDs() == ids.sorted())
            #expect(try await store.allCommunities() == ids.sorted().map { Fixture.small($0) })

            let stranger = String(repeating: "u", count: 250) + ".json"
            try plant("{}", as: stranger, in: directory)
            #expect(try await store.communityIDs() == ids.sorted())
            #expect(try await store.strayFiles() == [stranger])
        }
    }

    /// The prefix of the store's staged files (`JSONFileStore.stagingPrefix`, which is internal).
    static let stagingPrefix = ".tmp-"

    @Test func idsThatDifferOnlyByCaseConflict() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("DG"))
            let before = try snapshot(of: directory)
            for batch: [CommunityID] in [["dg"], ["Dg", "other"], ["other", "x", "X"], ["ÉCOLE", "école"]] {
                let error = await #expect(throws: StoreError.self, "\(batch)") {
                    try await store.save(batch.map { Fixture.small($0) })
                }
                #expect(error?.code == .conflict, "\(batch)")
            }
            #expect(try snapshot(of: directory) == before)
            try await store.save(Fixture.small("DG", members: 4))
            #expect(try await store.community("dg") == nil)
            await #expect(throws: StoreError.self) { try await store.delete("dg") }
            try await store.delete("DG")
            try await store.save(Fixture.small("dg"))
            #expect(try await store.communityIDs() == ["dg"])
        }
    }

    @Test func canonicallyEquivalentIDsNameOneFile() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            let composed = CommunityID("caf\u{E9}")
            let decomposed = CommunityID("cafe\u{301}")
            try await store.save(Fixture.small(decomposed, members: 1))
            try await store.save(Fixture.small(composed, members: 2))
            #expect(try await store.communityIDs() == [composed])
            #expect(try await store.requireCommunity(decomposed).members.count == 2)
            let error = await #expect(throws: StoreError.self) {
                try await store.save([Fixture.small(composed), Fixture.small(decomposed)])
            }
            #expect(error?.code == .conflict)
        }
    }

    @Test func aJSONFileTheStoreDidNotNameIsReportedByNameAndBlocksNothing() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("a"))
            try plant("{}", as: "Upper.json", in: directory)
            try plant("[1,2", as: "X.json", in: directory)
            try plant("notes", as: "README.txt", in: directory)
            #expect(try await store.strayFiles() == ["Upper.json", "X.json"])
            #expect(try await store.communityIDs() == ["a"])
            try await store.save([Fixture.small("b"), Fixture.small("c")])
            try await store.save(Fixture.small("a", members: 3))
            try await store.delete("b")
            #expect(try await store.communityIDs() == ["a", "c"])
            #expect(try await store.requireCommunity("a").members.count == 3)
            // The strays are left as they were.
            #expect(try String(contentsOf: directory.appendingPathComponent("X.json"), encoding: .utf8) == "[1,2")
            #expect(try await store.strayFiles() == ["Upper.json", "X.json"])
        }
    }
}
