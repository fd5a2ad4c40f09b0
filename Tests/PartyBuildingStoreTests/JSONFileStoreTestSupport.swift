import Foundation
import PartyBuilding

/// A fresh directory under the system's temporary directory, removed when the body returns.
func withTemporaryDirectory<Result>(_ body: (URL) async throws -> Result) async throws -> Result {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("PartyBuildingStoreTests-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await body(directory)
}

/// The POSIX permission bits of a file, such as `0o600`.
func permissions(of url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// The names and bytes of every file in a directory, to show that a call changed nothing on disk.
func snapshot(of directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name != ".lock" {
        files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    return files
}

/// Writes raw bytes into a store's directory, as a crash, a newer library or a careless editor would.
func plant(_ text: String, as name: String, in directory: URL) throws {
    try Data(text.utf8).write(to: directory.appendingPathComponent(name))
}

/// The community the `store-worker` child saves under `id` (the same function as in
/// `Tests/StoreWorker/main.swift`, which a test target cannot import).
func workerCommunity(_ id: String) -> Community {
    var community = Community(id: CommunityID(id), name: "社区 \(id)", district: "区")
    community.organisations = [PartyOrganisation(id: "P", name: "党支部", form: .branch)]
    community.members = (0..<(id.utf8.count % 7 + 1)).map {
        Member(id: MemberID("M-\($0)"), name: "\(id) 党员 \($0)", organisationID: "P")
    }
    return community
}
