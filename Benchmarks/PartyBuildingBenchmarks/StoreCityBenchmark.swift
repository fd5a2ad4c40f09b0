import Foundation
import PartyBuilding
import PartyBuildingSynthetic

/// The city-scale targets of the fast data path for ``JSONFileStore``: the synthetic city of
/// 10,000 communities (2,082,500 members, without the yearly records: dues, voluntary payments,
/// meetings and reception days) saved in one batch (≤ 3 s) and loaded back whole (≤ 1.5 s), and one
/// changed community saved into that store of 10,000 (≤ 20 ms).
///
/// Saving one is timed for ``singleSaves`` communities in turn after each load, and the first of them
/// apart: it runs just after the 2 million members loaded were freed, and took a median of 36 ms then
/// against 3 ms when they were freed after it instead (the allocator's work after that free, not the
/// store's); the saves after it took about 1 ms either way.
struct StoreCityBenchmark {
    /// The communities saved one at a time into the store after each load.
    static let singleSaves = 5

    let communities: Int
    let members: Int
    let save: Timings
    let load: Timings
    let saveOne: Timings
    /// The first single save after each load.
    let saveOneFirst: Timings

    /// Saves the city into a new store, loads it back, and saves one community changed, `runs` times each.
    /// - Throws: ``StoreError``, or ``BenchmarkFailure`` when the store gives back other communities.
    static func run(communities count: Int, seed: UInt64, runs: Int) async throws -> StoreCityBenchmark {
        let city = SyntheticCity(communities: count, seed: seed).communities.map(\.withoutYearlyRecords)
        var saves: [Double] = []
        var loads: [Double] = []
        var singles: [Double] = []
        var firsts: [Double] = []
        // The stores are removed after the last run, not after each: ext4 allocates a new file's
        // inode slowly while the inodes of thousands of files deleted seconds before are still
        // "recently deleted" (`find_inode_bit`, `recently_deleted` took over 40 % of a save's
        // samples), which would time the file system's reuse of inodes rather than the store.
        var directories: [URL] = []
        defer { for directory in directories { try? FileManager.default.removeItem(at: directory) } }
        for run in 0...runs {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "party-building-city-store-\(ProcessInfo.processInfo.processIdentifier)-\(run)")
            directories.append(directory)
            let store = try JSONFileStore(directory: directory)
            let save = try await time { try await store.save(city) }
            var loaded: [Community] = []
            let load = try await time { loaded = try await store.allCommunities() }
            guard loaded == city.sorted(by: { $0.id < $1.id }) else {
                throw BenchmarkFailure("JSONFileStore did not give back the city saved")
            }
            loaded = []
            var single: [Double] = []
            for index in 0..<Self.singleSaves {
                var changed = city[(run * Self.singleSaves + index) % city.count]
                changed.name += "（更名）"
                single.append(try await time { try await store.save(changed) })
            }
            if run > 0 {  // the first run warms up
                saves.append(save)
                loads.append(load)
                firsts.append(single[0])
                singles += single
            }
        }
        return StoreCityBenchmark(
            communities: city.count, members: city.reduce(0) { $0 + $1.members.count },
            save: Timings(milliseconds: saves), load: Timings(milliseconds: loads),
            saveOne: Timings(milliseconds: singles), saveOneFirst: Timings(milliseconds: firsts))
    }

    /// The table row.
    var row: String {
        "store JSONFileStore city of \(communities) communities, \(members) members without yearly records: "
            + "save median \(format(save.median)) ms; load median \(format(load.median)) ms; "
            + "save one into it median \(format(saveOne.median)) ms "
            + "(the first after a load median \(format(saveOneFirst.median)) ms)"
    }

    /// The JSON line.
    var json: String {
        jsonLine([
            ("kind", jsonString("store-city")), ("store", jsonString("JSONFileStore")),
            ("communities", "\(communities)"), ("members", "\(members)"),
            ("save_median_ms", format(save.median)), ("save_best_ms", format(save.best)),
            ("load_median_ms", format(load.median)), ("load_best_ms", format(load.best)),
            ("save_one_median_ms", format(saveOne.median)), ("save_one_best_ms", format(saveOne.best)),
            ("save_one_first_median_ms", format(saveOneFirst.median)),
        ])
    }
}
