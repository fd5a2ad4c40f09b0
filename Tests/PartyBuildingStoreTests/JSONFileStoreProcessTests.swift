import Foundation
import PartyBuilding
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Real processes on one store: the `store-worker` executable (`Tests/StoreWorker`) writes it while
/// this process watches, or is killed with SIGKILL in the middle of a stream of saves.
@Suite(.serialized) struct JSONFileStoreProcessTests {
    @Test func twoProcessesWritingOneStoreLoseNoUpdate() async throws {
        try await withTemporaryDirectory { directory in
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("shared", members: 0))
            let count = 60
            let writers = try ["A", "B"].map { tag in
                try Worker.start(["contend", directory.path, tag, String(count)])
            }
            for writer in writers {
                let (status, output) = writer.finish()
                #expect(status == 0 && output == "done\n", "\(output)")
            }
            let members = try await store.requireCommunity("shared").members.map(\.id.rawValue)
            let expected = ["A", "B"].flatMap { tag in (0..<count).map { "\(tag)-\($0)" } }
            #expect(members.count == 2 * count)
            #expect(Set(expected).subtracting(members).sorted() == [], "lost updates")
            let saved = try await store.communities(expected.map { CommunityID($0) })
            let wrong = expected.filter { id in saved.first { $0.id.rawValue == id } != workerCommunity(id) }
            #expect(wrong == [], "saves lost or changed")
        }
    }

    @Test func aProcessKilledMidStreamLeavesEveryCompletedSaveIntact() async throws {
        try await withTemporaryDirectory { directory in
            var reported: [String] = []
            for round in 0..<3 {
                let worker = try Worker.start(["save-loop", directory.path, "r\(round)"])
                let lines = worker.readLines(atLeast: 30)
                usleep(UInt32.random(in: 0..<3_000))
                let rest = worker.killed()
                #expect(
                    worker.process.terminationReason == .uncaughtSignal, "the worker ended by itself: \(lines) \(rest)")
                #expect(worker.process.terminationStatus == SIGKILL)
                reported += Worker.completeLines(lines + rest).flatMap { $0.split(separator: " ").map(String.init) }

                let store = try JSONFileStore(directory: directory)
                let stored = try await store.allCommunities()
                let storedByID = Dictionary(uniqueKeysWithValues: stored.map { ($0.id.rawValue, $0) })
                let lost = reported.filter { storedByID[$0] != workerCommunity($0) }
                #expect(lost == [], "reported saved, but missing or changed")
                let changed = stored.filter { $0 != workerCommunity($0.id.rawValue) }.map(\.id)
                #expect(changed == [], "stored, but not as saved")
                for id in storedByID.keys where id.hasSuffix("-a") || id.hasSuffix("-b") || id.hasSuffix("-c") {
                    let batch = ["a", "b", "c"].map { String(id.dropLast()) + $0 }
                    #expect(batch.allSatisfy { storedByID[$0] != nil }, "the batch of \(id) is incomplete")
                }
            }
            #expect(reported.count >= 90)
            let store = try JSONFileStore(directory: directory)
            try await store.save(Fixture.small("after"))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasPrefix(".") && $0 != ".lock" }
            #expect(leftovers.isEmpty)
        }
    }
}

/// A running `store-worker` child process and its standard output.
struct Worker {
    let process: Process
    let output: FileHandle

    /// Starts the worker with arguments.
    static func start(_ arguments: [String]) throws -> Worker {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        return Worker(process: process, output: pipe.fileHandleForReading)
    }

    /// Reads standard output until it holds at least `count` lines, or the worker ends.
    func readLines(atLeast count: Int) -> String {
        var text = ""
        while text.reduce(0, { $0 + ($1 == "\n" ? 1 : 0) }) < count {
            let data = output.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        return text
    }

    /// Waits for the worker to end: its exit status and the rest of its output.
    func finish() -> (status: Int32, output: String) {
        let rest = output.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: rest, as: UTF8.self))
    }

    /// Kills the worker with SIGKILL and waits for it: the output it wrote before it died.
    func killed() -> String {
        kill(process.processIdentifier, SIGKILL)
        return finish().output
    }

    /// The lines that were written whole (a line cut short by the kill is left out).
    static func completeLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()
        return lines
    }

    /// The `store-worker` executable that SwiftPM builds next to the test bundle: found by walking up
    /// from the bundle (or the test executable) through the build directory, whatever its
    /// `--scratch-path`; `STORE_WORKER` in the environment names it explicitly.
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["STORE_WORKER"] { return URL(fileURLWithPath: path) }
        let starts =
            [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            + Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        for start in starts {
            var directory = start
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent("store-worker")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw WorkerNotFound(searched: starts.map(\.path))
    }

    /// The worker executable was not found near the test bundle.
    struct WorkerNotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "store-worker was not found near \(searched); build it (swift build --build-tests) or set STORE_WORKER"
        }
    }
}
