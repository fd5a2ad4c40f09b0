import Foundation
import PartyBuilding
import Testing

/// The rule every store applies to community IDs: visible, not white space, nothing invisible; and
/// error messages that quote at most 80 characters of a value.
@Suite("Community IDs")
struct IdentifierTextTests {
    @Test(
        "refused: empty, white space only or around, invisible and control characters",
        arguments: [
            ("", IdentifierText.Problem.empty), (" ", .whitespaceOnly), ("\u{3000}", .whitespaceOnly),
            (" DG", .surroundingWhitespace), ("DG ", .surroundingWhitespace),
            ("D\u{200B}G", .invisible("\u{200B}")), ("\u{FEFF}DG", .invisible("\u{FEFF}")),
            ("\u{202E}DG", .invisible("\u{202E}")), ("DG\u{2028}", .invisible("\u{2028}")),
            ("D\tG", .invisible("\t")), ("\u{2066}DG\u{2069}", .invisible("\u{2066}")),
        ])
    func refused(id: String, problem: IdentifierText.Problem) throws {
        #expect(IdentifierText.problem(in: id) == problem)
        let error = try #require(throws: StoreError.self) { try StoreBatchCheck.checkID(CommunityID(id)) }
        #expect(error.code == .invalidID)
        #expect(error.recordID == id)
    }

    @Test("accepted: ASCII, Chinese, an inner space", arguments: ["DG", "东关社区", "DG 01", "C-001_a", "é"])
    func accepted(id: String) throws {
        #expect(IdentifierText.problem(in: id) == nil)
        try StoreBatchCheck.checkID(CommunityID(id))
    }

    @Test("a 10,000-character ID is quoted by its first 80 characters and its length")
    func longID() async throws {
        let id = String(repeating: "A", count: 9_999) + "\u{200B}"
        let error = try #require(throws: StoreError.self) { try StoreBatchCheck.checkID(CommunityID(id)) }
        #expect(error.message.count < 200)
        #expect(error.message.contains(String(repeating: "A", count: 80) + "…\" (10000 characters)"))
        #expect(StoreError.quoted("DG") == "\"DG\"")
        // The file store keeps IDs of at most 80 bytes: a longer one is refused, quoted the same way.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ids-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try JSONFileStore(directory: directory)
        let long = CommunityID(String(repeating: "B", count: 10_000))
        let refused = await #expect(throws: StoreError.self) {
            try await store.save([Community(id: long, name: "长编号社区", district: "示例区")])
        }
        #expect(refused?.code == .invalidID)
        #expect((refused?.message.count ?? .max) < 200)
    }
}
