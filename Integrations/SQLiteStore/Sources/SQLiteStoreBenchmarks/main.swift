// Release-mode benchmarks of SQLiteStore:
//
//     swift run -c release sqlite-store-benchmarks [--communities N] [--runs N] [--seed N] [--yearly-records]
//
// Saves the synthetic city (`SyntheticCity` of PartyBuildingSynthetic; by default 10,000
// communities, 2,082,500 members with their governance and applicant records, and without the yearly
// records, as the main package's benchmark saves it into `JSONFileStore`; with `--yearly-records`, also
// a year of dues and voluntary payments, meetings and reception days) in one batch into a new database, loads it all back, fetches single communities by ID and
// saves one changed community into the full store. Each round uses a new database; the loaded city is
// checked equal to the saved one. Prints each round, then the medians of the rounds as a readable line
// and as one JSON line (`{"kind":"store","store":"sqlite",…}`).
import Foundation
import PartyBuilding
import PartyBuildingSynthetic
import SQLiteStore

let usage = """
    usage: sqlite-store-benchmarks [--communities N] [--runs N] [--seed N] [--yearly-records]
      Run in release mode: swift run -c release sqlite-store-benchmarks

      --communities N   communities of the synthetic city (default 10000)
      --runs N          rounds, each on a new database (default 3)
      --seed N          the seed of the synthetic city (default 20110101)
      --yearly-records  keep the city's yearly records: dues and voluntary payments, meetings and
                        reception days (23,683,654 payments in 10,000 communities)
      --help            print this text
    """

var communityCount = 10_000
var rounds = 3
var seed = SyntheticStream.defaultSeed
var keepsYearlyRecords = false
var options = CommandLine.arguments.dropFirst()
while let flag = options.popFirst() {
    guard flag != "--help" else {
        print(usage)
        exit(0)
    }
    if flag == "--yearly-records" {
        keepsYearlyRecords = true
        continue
    }
    guard ["--communities", "--runs", "--seed"].contains(flag), let text = options.popFirst(),
        let number = UInt64(text),
        number > 0 || flag == "--seed"
    else {
        FileHandle.standardError.write(Data("sqlite-store-benchmarks: cannot use \(flag)\n\(usage)\n".utf8))
        exit(2)
    }
    switch flag {
    case "--communities": communityCount = Int(number)
    case "--runs": rounds = Int(number)
    default: seed = number
    }
}
/// Single-community fetches, and saves of one changed community, timed in each round.
let singleOperations = 200

/// The wall-clock time `body` takes, in milliseconds.
func measure<Result>(_ body: () async throws -> Result) async rethrows -> (Double, Result) {
    let (wall, _, result) = try await measureWithCPU(body)
    return (wall, result)
}

/// The wall-clock time `body` takes and the CPU time the process spends meanwhile, in milliseconds:
/// on a machine shared with other work the CPU time varies less than the wall-clock time.
func measureWithCPU<Result>(_ body: () async throws -> Result) async rethrows -> (Double, Double, Result) {
    func processCPU() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1_000 + Double(spec.tv_nsec) / 1e6
    }
    let clock = ContinuousClock()
    let start = clock.now
    let startCPU = processCPU()
    let result = try await body()
    let cpu = processCPU() - startCPU
    let elapsed = (clock.now - start).components
    return (Double(elapsed.seconds) * 1_000 + Double(elapsed.attoseconds) / 1e15, cpu, result)
}

/// The median of some times (the mean of the middle two for an even count).
func median(_ times: [Double]) -> Double {
    let sorted = times.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Milliseconds with three decimals.
func format(_ milliseconds: Double) -> String { String(format: "%.3f", milliseconds) }

let generated = SyntheticCity(communities: communityCount, seed: seed).communities
let city = keepsYearlyRecords ? generated : generated.map(\.withoutYearlyRecords)
let memberCount = city.reduce(0) { $0 + $1.members.count }
let paymentCount = city.reduce(0) { total, community in community.members.reduce(total) { $0 + $1.duesPayments.count } }
print(
    "SQLiteStore benchmarks: synthetic city of \(city.count) communities, \(memberCount) members, "
        + "\(paymentCount) dues payments, SQLite schema v\(SQLiteStore.schemaVersion)")

let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "sqlite-store-benchmarks-\(UUID().uuidString)", isDirectory: true)
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

var saves: [Double] = []
var saveCPUs: [Double] = []
var loads: [Double] = []
var loadCPUs: [Double] = []
var fetches: [Double] = []
var changedSaves: [Double] = []
var fileSize = 0
for round in 1...rounds {
    let path = directory.appendingPathComponent("round-\(round).sqlite").path
    let store = try SQLiteStore(path: path)
    let (validating, _) = try await measure { try StoreBatchCheck.save(city) }
    let (saving, savingCPU, _) = try await measureWithCPU { try await store.save(city) }
    let reader = try SQLiteStore(path: path)
    let (loading, loadingCPU, loaded) = try await measureWithCPU { try await reader.allCommunities() }
    guard loaded == city.sorted(by: { $0.id < $1.id }) else { fatalError("the loaded city differs from the saved one") }

    var generator = SystemRandomNumberGenerator()
    var stored = city
    var fetchTimes: [Double] = []
    var changedTimes: [Double] = []
    for number in 0..<singleOperations {
        let index = Int.random(in: 0..<city.count, using: &generator)
        let (fetching, community) = try await measure { try await reader.community(stored[index].id) }
        guard community == stored[index] else { fatalError("community \(stored[index].id) was not given back") }
        fetchTimes.append(fetching)
        stored[index].name = "\(city[index].name) \(round)-\(number)"
        let (savingOne, _) = try await measure { try await store.save(stored[index]) }
        changedTimes.append(savingOne)
    }
    fileSize = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    print(
        "round \(round): save all \(format(saving)) ms (CPU \(format(savingCPU)) ms; validation alone "
            + "\(format(validating)) ms), load all \(format(loading)) ms (CPU \(format(loadingCPU)) ms), fetch one median \(format(median(fetchTimes))) ms, "
            + "save one changed community median \(format(median(changedTimes))) ms, file \(fileSize / 1_048_576) MiB")
    saves.append(saving)
    saveCPUs.append(savingCPU)
    loads.append(loading)
    loadCPUs.append(loadingCPU)
    fetches.append(median(fetchTimes))
    changedSaves.append(median(changedTimes))
    try? FileManager.default.removeItem(atPath: path)
}
print(
    "sqlite, \(city.count) communities, \(memberCount) members, median of \(rounds) rounds: save all \(format(median(saves))) ms "
        + "(best \(format(saves.min() ?? 0)) ms, CPU \(format(median(saveCPUs))) ms), load all \(format(median(loads))) ms "
        + "(best \(format(loads.min() ?? 0)) ms, CPU \(format(median(loadCPUs))) ms), "
        + "fetch one \(format(median(fetches))) ms, save one changed community into the full store "
        + "\(format(median(changedSaves))) ms")
print(
    #"{"kind":"store","store":"sqlite","communities":\#(city.count),"members":\#(memberCount),"#
        + #""payments":\#(paymentCount),"rounds":\#(rounds),"#
        + #""save_median_ms":\#(format(median(saves))),"save_best_ms":\#(format(saves.min() ?? 0)),"#
        + #""save_cpu_median_ms":\#(format(median(saveCPUs))),"#
        + #""load_median_ms":\#(format(median(loads))),"load_best_ms":\#(format(loads.min() ?? 0)),"#
        + #""load_cpu_median_ms":\#(format(median(loadCPUs))),"#
        + #""fetch_one_median_ms":\#(format(median(fetches))),"#
        + #""save_one_changed_median_ms":\#(format(median(changedSaves))),"file_bytes":\#(fileSize)}"#)
