import Foundation
import Testing

@testable import PartyBuilding

@Suite("Reading CSV files of communities in UTF-8 and GB18030")
struct CommunityTableEncodingTests {
    /// `编号,名称\nDG,东关社区\n` in GB18030, as Excel saves it on Chinese Windows.
    static let gb18030: [UInt8] =
        [0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A]
        + [0x44, 0x47, 0x2C, 0xB6, 0xAB, 0xB9, 0xD8, 0xC9, 0xE7, 0xC7, 0xF8, 0x0A]

    private func file(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("community-table-\(UUID()).csv")
        try Data(bytes).write(to: url)
        return url
    }

    private func names(_ bytes: [UInt8], _ encoding: TextEncoding = .automatic) throws -> [String] {
        let url = try file(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        return try CommunityTable.read(contentsOf: url, encoding: encoding).map(\.name)
    }

    @Test func gb18030IsReadWithoutBeingTold() throws {
        #expect(try names(Self.gb18030) == ["东关社区"])
    }

    @Test func gb18030IsReadWhenForced() throws {
        #expect(try names(Self.gb18030, .gb18030) == ["东关社区"])
        let url = try file(Self.gb18030)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try CommunityDataset.load(contentsOf: url, encoding: .gb18030).communities.map(\.name) == ["东关社区"])
    }

    @Test func gb18030ForcedAsUTF8IsNotText() throws {
        let url = try file(Self.gb18030)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: CommunityTableError.self) {
            try CommunityTable.read(contentsOf: url, encoding: .utf8)
        }
        #expect(error.problems.map(\.reason) == [.notText(.utf8)])
        #expect(error.message(.english) == "\(url.lastPathComponent): the bytes are not UTF-8 text")
        #expect(error.message(.chinese) == "\(url.lastPathComponent)：不是 UTF-8 编码的文本")
    }

    @Test func utf8WithAndWithoutAByteOrderMark() throws {
        let text = Array("编号,名称\nDG,东关社区\n".utf8)
        #expect(try names(text) == ["东关社区"])
        #expect(try names([0xEF, 0xBB, 0xBF] + text) == ["东关社区"])
        #expect(try names([0xEF, 0xBB, 0xBF] + text, .utf8) == ["东关社区"])
        #expect(try names(text, .utf8) == ["东关社区"])
    }

    @Test func bytesInNeitherEncodingSaySo() throws {
        let url = try file(Array("id,name\nDG,".utf8) + [0xFF, 0xFF, 0x0A])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: CommunityTableError.self) { try CommunityTable.read(contentsOf: url) }
        #expect(error.problems.map(\.reason) == [.notText(.automatic)])
        #expect(error.message(.english) == "\(url.lastPathComponent): the bytes are neither UTF-8 nor GB18030 text")
        #expect(error.message(.chinese) == "\(url.lastPathComponent)：既不是 UTF-8 也不是 GB18030 编码的文本")
    }

    @Test func aMissingFileSaysItDoesNotExist() throws {
        let error = try #require(throws: CommunityTableError.self) {
            try CommunityTable.read(contentsOf: URL(fileURLWithPath: "/nonexistent/communities.csv"))
        }
        #expect(error.problems.map(\.reason) == [.fileNotFound])
        #expect(error.problems.first?.line == nil)
        #expect(error.message(.english) == "communities.csv: the file does not exist")
        #expect(error.message(.chinese) == "communities.csv：文件不存在")
    }

    @Test func aFileThatCannotBeReadSaysSo() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("community-table-\(UUID()).csv")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: CommunityTableError.self) { try CommunityTable.read(contentsOf: url) }
        #expect(error.problems.map(\.reason) == [.fileNotReadable])
        #expect(error.message(.english).hasSuffix(": the file cannot be read (no permission, or not a regular file)"))
        #expect(error.message(.chinese).hasSuffix("：文件无法读取（没有读取权限，或不是普通文件）"))
    }
}
