// An integrator's own store, checked by the conformance kit. Run it with `swift run custom-store`;
// `--verbose` prints every store call as it happens. It exits with status 1 when a check fails.
//
// The pattern to copy: write a type that conforms to `CommunityStore` (four methods), then hand the
// kit a factory that makes a new, empty store for each check.
import Foundation
import PartyBuilding
import PartyBuildingStoreConformance

/// A store that logs every call, then hands it to another store: the decorator pattern, the
/// simplest custom store there is. Replace `base` with your own persistence and keep the shape.
///
/// Each method passes the errors of `base` through unchanged, so the contract's error codes (and
/// the `underlying` errors they keep) reach the caller as `base` raised them.
struct LoggingStore: CommunityStore {
    /// The store that does the work.
    let base: any CommunityStore
    /// Where each call is reported, with its outcome.
    let log: @Sendable (String) async -> Void

    func save(_ communities: [Community]) async throws(StoreError) {
        try await logged("save (a batch of \(communities.count))") { () async throws(StoreError) in
            try await base.save(communities)
        }
    }

    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] {
        try await logged("fetch (\(ids.count) IDs)") { () async throws(StoreError) in try await base.communities(ids) }
    }

    func delete(_ ids: [CommunityID]) async throws(StoreError) {
        try await logged("delete (\(ids.count) IDs)") { () async throws(StoreError) in try await base.delete(ids) }
    }

    func communityIDs() async throws(StoreError) -> [CommunityID] {
        try await logged("list IDs") { () async throws(StoreError) in try await base.communityIDs() }
    }

    /// Runs one call against `base` and logs it with its outcome, rethrowing its error as it was.
    private func logged<Value>(_ call: String, _ body: () async throws(StoreError) -> Value) async throws(StoreError)
        -> Value
    {
        do {
            let value = try await body()
            await log("\(call): ok")
            return value
        } catch {
            await log("\(call): \(error.code.rawValue)")
            throw error
        }
    }
}

/// Counts the calls a store logs, and prints them when asked to.
actor CallLog {
    private(set) var count = 0
    let echo: Bool

    init(echo: Bool) { self.echo = echo }

    func record(_ line: String) {
        count += 1
        if echo { print("    " + line) }
    }
}

let verbose = CommandLine.arguments.contains("--verbose")
print("Conformance of LoggingStore (over InMemoryStore) to the CommunityStore contract:")
var failed: [ConformanceFailure] = []
for check in ConformanceCheck.allCases {
    let calls = CallLog(echo: verbose)
    // The factory: a new store for every check, so checks share no state.
    let failures = await StoreConformance.run(check) {
        LoggingStore(base: InMemoryStore(), log: { await calls.record($0) })
    }
    let verdict = failures.isEmpty ? "pass" : "FAIL"
    let padded = check.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)
    print("  \(verdict)  \(padded) \(check.summary) (\(await calls.count) store calls)")
    for failure in failures { print("        \(failure)") }
    failed += failures
}

if failed.isEmpty {
    print("All \(ConformanceCheck.allCases.count) checks passed.")
} else {
    print("\(failed.count) failures in \(Set(failed.map(\.check)).count) of \(ConformanceCheck.allCases.count) checks.")
    exit(1)
}
