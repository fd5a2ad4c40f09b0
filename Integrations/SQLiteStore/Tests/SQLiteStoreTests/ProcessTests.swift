import Foundation
import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("SQLiteStore across processes")
struct ProcessTests {
    @Test("two processes saving into one file at once lose no update")
    func twoWriters() async throws {
        let database = try TemporaryDatabase()
        _ = try database.store()
        let writers = try ["first", "second"].map { try Worker.start(database: database.path, prefix: $0, count: 60) }
        for writer in writers { #expect(try await writer.finish() == 0) }
        let store = try database.store()
        for prefix in ["first", "second"] {
            let expected = (0..<60).map { ConformanceFixtures.variant($0, id: CommunityID("\(prefix)-\($0)")) }
            #expect(try await store.communities(expected.map(\.id)) == expected)
        }
        #expect(try await store.communityIDs().count == 120)
    }

    @Test("a process killed with SIGKILL in the middle of a stream of saves leaves every completed save whole")
    func killedWriter() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        let writer = try Worker.start(database: database.path, prefix: "k", count: -1)
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        while try await store.communityIDs().count < 25, clock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        writer.crash()
        _ = try await writer.finish()

        let reopened = try database.store()
        let ids = try await reopened.communityIDs()
        #expect(ids.count >= 25)
        let expected = (0..<ids.count).map { ConformanceFixtures.variant($0, id: CommunityID("k-\($0)")) }
        #expect(try await reopened.communities(expected.map(\.id)) == expected)
        #expect(try RawDatabase(path: database.path).value("PRAGMA integrity_check") == "ok")
    }
}

/// A running `sqlite-store-worker` child process.
private struct Worker {
    let process: Process

    /// Starts the worker, built next to the test bundle.
    static func start(database: String, prefix: String, count: Int) throws -> Worker {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("sqlite-store-worker")
        process.arguments = [database, prefix, String(count)]
        try process.run()
        return Worker(process: process)
    }

    /// Kills the worker with SIGKILL, as a crash or a power cut would stop it.
    func crash() { _ = kill(process.processIdentifier, SIGKILL) }

    /// Waits for the worker to end, returning its exit status.
    func finish() async throws -> Int32 {
        while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
        return process.terminationStatus
    }

    /// The directory SwiftPM builds the products in: the one that holds the test bundle.
    private static var productsDirectory: URL {
        #if os(macOS)
            if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }
}
