// Release-mode benchmarks of SQLiteStore:
//
//     swift run -c release sqlite-store-benchmarks [communities] [members-per-community]
//
// Saves a deterministic city (by default 1,000 communities of 100 members: 100,000 members) in one
// batch into a new database, loads it all back, and fetches single communities by ID. Each
// measurement is repeated on a new database; the loaded city is checked equal to the saved one.
import Foundation
import PartyBuilding
import SQLiteStore

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let communityCount = arguments.first ?? 1_000
let membersEach = arguments.dropFirst().first ?? 100
let rounds = 3
let singleFetches = 2_000

/// The time `body` takes.
func measure<Result>(_ body: () async throws -> Result) async rethrows -> (Duration, Result) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try await body()
    return (clock.now - start, result)
}

/// A duration in milliseconds, with three decimals.
func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let microseconds = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    return String(format: "%.3f ms", Double(microseconds) / 1_000)
}

let city = TestCity.build(communities: communityCount, membersEach: membersEach)
let memberCount = city.reduce(0) { $0 + $1.members.count }
print(
    "SQLiteStore benchmarks: \(city.count) communities, \(memberCount) members, SQLite schema v\(SQLiteStore.schemaVersion)"
)

let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "sqlite-store-benchmarks-\(UUID().uuidString)", isDirectory: true)
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

for round in 1...rounds {
    let path = directory.appendingPathComponent("round-\(round).sqlite").path
    let store = try SQLiteStore(path: path)
    let (validating, _) = try await measure { try StoreBatchCheck.save(city) }
    let (saving, _) = try await measure { try await store.save(city) }
    let reader = try SQLiteStore(path: path)
    let (loading, loaded) = try await measure { try await reader.allCommunities() }
    guard loaded == city else { fatalError("the loaded city differs from the saved one") }

    var fetchTimes: [Duration] = []
    fetchTimes.reserveCapacity(singleFetches)
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<singleFetches {
        let id = city[Int.random(in: 0..<city.count, using: &generator)].id
        let (fetching, community) = try await measure { try await reader.community(id) }
        guard community?.id == id else { fatalError("community \(id) was not found") }
        fetchTimes.append(fetching)
    }
    fetchTimes.sort()
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    print(
        "round \(round): save all \(milliseconds(saving)) (validation alone \(milliseconds(validating))), load all \(milliseconds(loading)), "
            + "fetch one median \(milliseconds(fetchTimes[fetchTimes.count / 2])) "
            + "(p99 \(milliseconds(fetchTimes[fetchTimes.count * 99 / 100])), \(singleFetches) fetches), "
            + "file \(size / 1_048_576) MiB")
}
