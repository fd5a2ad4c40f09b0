import PartyBuilding

/// Makes a new, empty store for one conformance check.
///
/// The kit calls it once per check, so checks share no state: return a store over fresh storage
/// (a new temporary directory, a new database) every time.
public typealias StoreFactory = @Sendable () async throws -> any CommunityStore

/// The conformance kit: checks that a ``PartyBuilding/CommunityStore`` honours the contract written
/// on the protocol, using nothing but the protocol.
///
/// Each check takes a ``StoreFactory``, runs against a store of its own and returns what it found
/// wrong as ``ConformanceFailure`` values (empty when the store conforms), so it works under any
/// test framework. Under Swift Testing, the `check…` functions record each failure as an issue at
/// the line that called them.
///
/// ```swift
/// // XCTest, or a plain executable
/// let failures = await StoreConformance.all { try MyStore(path: temporaryPath()) }
/// XCTAssertEqual(failures, [])
///
/// // Swift Testing
/// @Test func conforms() async { await StoreConformance.checkAll { try MyStore(path: temporaryPath()) } }
/// ```
public enum StoreConformance {
    /// Runs one check against a store from `makeStore`.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func run(_ check: ConformanceCheck, of makeStore: StoreFactory) async -> [ConformanceFailure] {
        switch check {
        case .roundTrips: await roundTrips(of: makeStore)
        case .recordKinds: await recordKinds(of: makeStore)
        case .appendedHistory: await appendedHistory(of: makeStore)
        case .overwrite: await overwrite(of: makeStore)
        case .delete: await delete(of: makeStore)
        case .missingIDs: await missingIDs(of: makeStore)
        case .listingOrder: await listingOrder(of: makeStore)
        case .batchAtomicity: await batchAtomicity(of: makeStore)
        case .concurrentWriters: await concurrentWriters(of: makeStore)
        case .errorMapping: await errorMapping(of: makeStore)
        }
    }

    /// Runs every check, one after another, each against a new store from `makeStore`.
    /// - Returns: What the checks found wrong, in the order of ``ConformanceCheck/allCases``; empty
    ///   when the store passes them all.
    public static func all(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        var failures: [ConformanceFailure] = []
        for check in ConformanceCheck.allCases {
            failures += await run(check, of: makeStore)
        }
        return failures
    }

    /// Makes a store and runs `body` against it, collecting the failures it records.
    static func perform(
        _ check: ConformanceCheck, _ makeStore: StoreFactory,
        _ body: (any CommunityStore, inout CheckRun) async -> Void
    ) async -> [ConformanceFailure] {
        var run = CheckRun(check: check)
        do {
            let store = try await makeStore()
            await body(store, &run)
        } catch {
            run.fail("the store factory threw, so the check could not run", actual: "\(error)")
        }
        return run.failures
    }
}
