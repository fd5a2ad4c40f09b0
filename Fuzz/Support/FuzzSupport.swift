import Foundation
import PartyBuilding
import Synchronization

/// The day every fuzz target audits on: the 2025 obligations are complete, and the sample data is of 2025.
public let auditDate: CalendarDate = "2025-12-31"

/// The bytes libFuzzer hands a target, as `Data` (an empty input may come with no pointer).
public func input(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Data {
    guard let start, count > 0 else { return Data() }
    return Data(bytes: start, count: count)
}

/// The most communities of one input that are audited: the rules judge each community on its own,
/// so more of them would only slow the fuzzer (a sample table has 50).
private let auditedCommunities = 4

/// Validates each community a reader produced on ``auditDate``, renders every error, and audits the
/// first valid ones (``auditedCommunities``) with every pack of the catalog, rendering each finding
/// in both languages.
///
/// Errors are the expected outcome for most inputs; only a trap (a crash, an overflow, a sanitizer
/// report) is a finding.
public func validateAndAudit(_ communities: [Community]) {
    var valid: [Community] = []
    var seen: Set<CommunityID> = []
    for community in communities {
        do {
            try community.validate(on: auditDate)
            if valid.count < auditedCommunities && seen.insert(community.id).inserted { valid.append(community) }
        } catch {
            _ = error.localizedDescription
        }
    }
    guard !valid.isEmpty else { return }
    do {
        let report = try Auditor(packs: PolicyPack.catalog).auditSequentially(valid, on: auditDate)
        for finding in report.findings {
            _ = finding.message(.chinese)
            _ = finding.message(.english)
        }
    } catch {
        _ = error.localizedDescription
    }
}

/// The result of an async call, handed from its task to the thread that waits for it.
private final class Outcome<Value: Sendable>: Sendable {
    let value = Mutex<Value?>(nil)
}

/// Runs an async call to its end and returns its result, blocking the calling thread: libFuzzer calls
/// a target synchronously, and the stores are actors.
public func blocking<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) -> Value {
    let outcome = Outcome<Value>()
    let done = DispatchSemaphore(value: 0)
    Task {
        let value = await body()
        outcome.value.withLock { $0 = value }
        done.signal()
    }
    done.wait()
    guard let value = outcome.value.withLock({ $0 }) else { fatalError("the task ended without a result") }
    return value
}

/// A directory of this process for the files a target writes: under `FUZZ_SCRATCH` when set,
/// otherwise in `/dev/shm` (memory, so that the store's syncs cost nothing) when it exists, otherwise
/// in the temporary directory. It is emptied by ``withScratchDirectory(_:)`` after every input.
private let scratchRoot: URL = {
    let environment = ProcessInfo.processInfo.environment
    let base =
        environment["FUZZ_SCRATCH"].map { URL(fileURLWithPath: $0) }
        ?? (FileManager.default.isWritableFile(atPath: "/dev/shm")
            ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory)
    return base.appendingPathComponent("party-building-fuzz-\(getpid())", isDirectory: true)
}()

/// Runs `body` with an empty directory of its own, removed afterwards.
public func withScratchDirectory<Value>(_ body: (URL) throws -> Value) rethrows -> Value {
    let directory = scratchRoot.appendingPathComponent("input", isDirectory: true)
    try? FileManager.default.removeItem(at: directory)
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratchRoot) }
    return try body(directory)
}
