import Foundation
import Testing

@testable import PartyBuilding

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The JSON-file store against a failing disk, through the store's file-system seam (``DurableFile``
/// made with a fault decider): a full disk (ENOSPC) while a file is written, a failed fsync, a failed
/// rename, a permission error, and a record file truncated by another process. Each failure gives a
/// typed error; no staged file is left behind; every record committed before is still readable and
/// unchanged, and the batch is stored all or nothing.
@Suite("JSON-file store: faults of the file system")
struct JSONFileStoreFaultTests {
    /// What a failed save leaves in the store.
    enum Outcome: Sendable {
        /// Nothing of the batch: the records are those committed before.
        case nothingStored
        /// The whole batch (the failure came after its files were in place), and nothing staged.
        case stored
        /// The batch had reached its commit point (its journal is on disk) when moving its files
        /// failed: the journal stays, and the next call completes the batch. The one case that the
        /// contract of ``JSONFileStore/save(_:)`` names.
        case completedByNextCall
    }

    /// A failure to inject into one kind of call, and what the save must leave.
    struct Fault: Sendable, CustomTestStringConvertible {
        var name: String
        var operation: DurableFile.Operation
        var code: Int32
        /// Which file the failing call is made on.
        var file: FileKind
        /// Whether the failure stays (a full disk) or comes once (a passing fault of the drive).
        var once = false
        /// Whether a batch of three is saved, or one community.
        var batch: Bool
        var outcome: Outcome
        var testDescription: String { name }
    }

    /// The files a fault can be aimed at.
    enum FileKind: Sendable {
        /// A staged record file, `.tmp-…`.
        case staged
        /// The journal being written, `.journal.tmp`.
        case pendingJournal
        /// The store's directory itself (a flush of a batch's files, a sync of its renames).
        case directory

        func matches(_ path: String, directory: String) -> Bool {
            switch self {
            case .staged: path.hasPrefix(directory + "/" + JSONFileStore.stagingPrefix)
            case .pendingJournal: path == directory + "/.journal.tmp"
            case .directory: path == directory
            }
        }
    }

    static let faults: [Fault] = [
        Fault(
            name: "a full disk while a staged file of a batch is written", operation: .write, code: ENOSPC,
            file: .staged, batch: true, outcome: .nothingStored),
        Fault(
            name: "a full disk while the one staged file is written", operation: .write, code: ENOSPC, file: .staged,
            batch: false, outcome: .nothingStored),
        Fault(
            name: "a full disk while the journal is written", operation: .write, code: ENOSPC, file: .pendingJournal,
            batch: true, outcome: .nothingStored),
        Fault(
            name: "a failed fsync of the one staged file", operation: .sync, code: EIO, file: .staged, batch: false,
            outcome: .nothingStored),
        Fault(
            name: "a failed flush of a batch's staged files", operation: .sync, code: EIO, file: .directory,
            batch: true, outcome: .nothingStored),
        Fault(
            name: "a failed fsync of the journal", operation: .sync, code: EIO, file: .pendingJournal, batch: true,
            outcome: .nothingStored),
        Fault(
            name: "a failed rename of the one staged file", operation: .rename, code: EIO, file: .staged,
            batch: false, outcome: .nothingStored),
        Fault(
            name: "a failed rename of the journal to its place", operation: .rename, code: EIO,
            file: .pendingJournal, batch: true, outcome: .nothingStored),
        Fault(
            name: "permission denied creating a staged file of a batch", operation: .create, code: EACCES,
            file: .staged, batch: true, outcome: .nothingStored),
        Fault(
            name: "permission denied creating the one staged file", operation: .create, code: EACCES,
            file: .staged, batch: false, outcome: .nothingStored),
        Fault(
            name: "permission denied creating the journal", operation: .create, code: EACCES, file: .pendingJournal,
            batch: true, outcome: .nothingStored),
        Fault(
            name: "a failed sync of the directory after the one rename", operation: .syncDirectory, code: EIO,
            file: .directory, batch: false, outcome: .stored),
        Fault(
            name: "a failed sync of the directory after the journal, once", operation: .syncDirectory, code: EIO,
            file: .directory, once: true, batch: true, outcome: .stored),
        Fault(
            name: "a failed sync of the directory after the journal, every time", operation: .syncDirectory,
            code: EIO, file: .directory, batch: true, outcome: .completedByNextCall),
        Fault(
            name: "a failed rename of a staged file after the commit point", operation: .rename, code: EIO,
            file: .staged, batch: true, outcome: .completedByNextCall),
    ]

    @Test(
        "a failed save gives a typed error, leaves nothing staged and every earlier record unchanged", arguments: faults
    )
    func failedSave(fault: Fault) async throws {
        try await withTemporaryDirectory { directory in
            let plan = FaultPlan()
            let store = try JSONFileStore(directory: directory, files: plan.files)
            let before = ["A", "B", "C"].map(community)
            try await store.save([before[0]])
            try await store.save(Array(before[1...]))

            var changed = community("A")
            changed.name = "社区 A（更名）"
            let batch = fault.batch ? [changed, community("D"), community("E")] : [changed]
            let path = directory.standardizedFileURL.path
            plan.fail(fault.operation, fault.code, once: fault.once) { fault.file.matches($0, directory: path) }

            let error = await #expect(throws: StoreError.self) { try await store.save(batch) }
            #expect(plan.injected > 0, "the fault was never reached")
            #expect(error?.code == .unavailable)
            #expect((error?.underlying as? POSIXError)?.code.rawValue == fault.code)
            #expect(error?.path != nil)
            #expect(error?.message.contains(String(cString: strerror(fault.code))) == true)

            let names = try FileManager.default.contentsOfDirectory(atPath: path)
            #expect(
                !names.contains { $0.hasPrefix(JSONFileStore.stagingPrefix) } || fault.outcome == .completedByNextCall)
            #expect(!names.contains(".journal.tmp"))
            #expect(names.contains(".journal") == (fault.outcome == .completedByNextCall))

            plan.clear()
            let ids = ["A", "B", "C", "D", "E"].map { CommunityID($0) }
            let stored = try await store.communities(ids)
            switch fault.outcome {
            case .nothingStored: #expect(stored == before)
            case .stored, .completedByNextCall:
                #expect(stored == [changed, before[1], before[2]] + batch.dropFirst())
            }
            let after = try FileManager.default.contentsOfDirectory(atPath: path)
            #expect(!after.contains { $0.hasPrefix(".tmp-") || $0.hasPrefix(".journal") })
            #expect(try await store.strayFiles().isEmpty)
        }
    }

    @Test("a record that cannot be opened for lack of permission is named; the others are read")
    func unreadableRecord() async throws {
        try await withTemporaryDirectory { directory in
            let plan = FaultPlan()
            let store = try JSONFileStore(directory: directory, files: plan.files)
            let stored = ["A", "B", "C"].map(community)
            try await store.save(stored)
            plan.fail(.open, EACCES) { $0.hasSuffix("/!b.json") }

            let error = await #expect(throws: StoreError.self) { try await store.communities(["A", "B", "C"]) }
            #expect(error?.code == .unavailable)
            #expect(error?.recordID == "B")
            #expect(error?.path?.hasSuffix("/!b.json") == true)
            #expect((error?.underlying as? POSIXError)?.code == .EACCES)
            #expect(try await store.communities(["A", "C"]) == [stored[0], stored[2]])
            #expect(try await store.communityIDs() == ["A", "B", "C"])

            plan.fail(.list, EACCES) { _ in true }
            let listing = await #expect(throws: StoreError.self) { try await store.communityIDs() }
            #expect(listing?.code == .unavailable)
            #expect((listing?.underlying as? POSIXError)?.code == .EACCES)
            plan.clear()
            #expect(try await store.communities(["A", "B", "C"]) == stored)
        }
    }

    @Test(
        "a record file truncated by another process is corrupted, named with its line and column; the others are read")
    func truncatedRecord() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            let stored = ["A", "B", "C"].map(community)
            try await store.save(stored)
            let file = directory.appendingPathComponent("!b.json")
            let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: size.uint64Value / 2)
            try handle.close()

            let error = await #expect(throws: StoreError.self) { try await store.communities(["B"]) }
            #expect(error?.code == .corrupted)
            #expect(error?.recordID == "B")
            #expect(error?.path == file.standardizedFileURL.path)
            let cause = error?.underlying as? InterchangeError
            #expect(cause?.line != nil && cause?.column != nil)
            #expect(try await store.communities(["A", "C"]) == [stored[0], stored[2]])
            #expect(try await store.communityIDs() == ["A", "B", "C"])

            // Saving over the truncated record replaces it without reading it.
            try await store.save([stored[1]])
            #expect(try await store.communities(["A", "B", "C"]) == stored)
        }
    }

    @Test("a save that overwrites one community does not list the directory; a save of a new one does")
    func overwriteDoesNotList() async throws {
        try await withTemporaryDirectory { directory in
            let plan = FaultPlan()
            let store = try JSONFileStore(directory: directory, files: plan.files)
            var stored = ["A", "B", "C"].map(community)
            try await store.save(stored)
            plan.fail(.list, EIO) { _ in true }
            stored[1].name += "（更名）"
            try await store.save(stored[1])
            #expect(plan.injected == 0)
            let error = await #expect(throws: StoreError.self) { try await store.save(community("D")) }
            #expect(error?.code == .unavailable)
            #expect(plan.injected == 1)
            plan.clear()
            #expect(try await store.allCommunities() == stored)
        }
    }

    @Test("a file that a full disk cut short is removed by the call that wrote it")
    func cutShortFileIsRemoved() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fault-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = DurableFile { operation, _ in operation == .write ? ENOSPC : nil }
        let path = directory.path + "/x.json"
        #expect(throws: FileFailure.self) { try files.create(path, with: Data(repeating: 65, count: 4_096)) }
        #expect(!DurableFile.system.exists(path))
        #expect(throws: FileFailure.self) { try files.replace(path, with: Data("{}".utf8)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// A community of the tests, its content following from its ID.
    func community(_ id: String) -> Community { workerCommunity(id) }
}

/// Failures to inject into a store's file operations: each rule makes the calls of one operation on
/// the paths it matches fail with an error number, every time or once, until the plan is cleared.
final class FaultPlan: @unchecked Sendable {
    private struct Rule {
        var operation: DurableFile.Operation
        var code: Int32
        var once: Bool
        var matches: @Sendable (String) -> Bool
    }

    private let lock = NSLock()
    private var rules: [Rule] = []
    private var count = 0

    /// Makes the calls of `operation` on the paths that `matches` accepts fail with `code`.
    func fail(
        _ operation: DurableFile.Operation, _ code: Int32, once: Bool = false,
        where matches: @escaping @Sendable (String) -> Bool
    ) {
        lock.withLock { rules.append(Rule(operation: operation, code: code, once: once, matches: matches)) }
    }

    /// Removes every rule: the calls succeed again.
    func clear() { lock.withLock { rules.removeAll() } }

    /// How many failures were injected.
    var injected: Int { lock.withLock { count } }

    /// File operations that fail as the plan says.
    var files: DurableFile {
        DurableFile { [self] operation, path in decide(operation, path) }
    }

    private func decide(_ operation: DurableFile.Operation, _ path: String) -> Int32? {
        lock.withLock {
            guard let index = rules.firstIndex(where: { $0.operation == operation && $0.matches(path) }) else {
                return nil
            }
            let code = rules[index].code
            if rules[index].once { rules.remove(at: index) }
            count += 1
            return code
        }
    }
}
