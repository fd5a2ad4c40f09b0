import Foundation
import PartyBuilding
import PartyBuildingSynthetic

/// The storage targets of the storage issue: each store saves about 100,000 members in about 1,000
/// communities in one batch (≤ 2 s) and loads them all back (≤ 1 s).
///
/// The communities are the first 1,000 of the synthetic city with at most 120 members each (their
/// workers, trainings and grants kept), so that the batch holds about 100,000 members.
struct StoreBenchmark {
    let store: String
    let communities: Int
    let members: Int
    let save: Timings
    let load: Timings

    /// Saves into a new, empty store and loads back, `runs` times each.
    /// - Throws: ``StoreError`` when a store fails, ``BenchmarkFailure`` when it gives back other communities.
    static func run(kinds: Set<StoreKind>, seed: UInt64, runs: Int) async throws -> [StoreBenchmark] {
        let batch = SyntheticCity(communities: 1_000, seed: seed).communities.map { community in
            var trimmed = community
            trimmed.members = Array(community.members.prefix(120))
            return trimmed
        }
        let members = batch.reduce(0) { $0 + $1.members.count }
        var results: [StoreBenchmark] = []
        for kind in StoreKind.allCases where kinds.contains(kind) {
            var saves: [Double] = []
            var loads: [Double] = []
            for run in 0...runs {
                let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "party-building-store-benchmark-\(ProcessInfo.processInfo.processIdentifier)-\(run)")
                defer { try? FileManager.default.removeItem(at: directory) }
                let store: any CommunityStore =
                    switch kind {
                    case .memory: InMemoryStore()
                    case .json: try JSONFileStore(directory: directory)
                    }
                let save = try await time { try await store.save(batch) }
                var loaded: [Community] = []
                let load = try await time { loaded = try await store.allCommunities() }
                guard loaded.count == batch.count, loaded.first == batch.min(by: { $0.id < $1.id }) else {
                    throw BenchmarkFailure("\(kind.storeName) did not give back the communities saved")
                }
                if run > 0 {  // the first run warms up
                    saves.append(save)
                    loads.append(load)
                }
            }
            results.append(
                StoreBenchmark(
                    store: kind.storeName, communities: batch.count, members: members,
                    save: Timings(milliseconds: saves), load: Timings(milliseconds: loads)))
        }
        return results
    }

    /// The table row.
    var row: String {
        "store \(store)".padding(toLength: 22, withPad: " ", startingAt: 0)
            + " save \(communities) communities, \(members) members in one batch: median \(format(save.median)) ms"
            + " best \(format(save.best)) ms; load all: median \(format(load.median)) ms best \(format(load.best)) ms"
    }

    /// The JSON line.
    var json: String {
        #"{"kind":"store","store":"\#(store)","communities":\#(communities),"members":\#(members),"#
            + #""save_median_ms":\#(format(save.median)),"save_best_ms":\#(format(save.best)),"#
            + #""load_median_ms":\#(format(load.median)),"load_best_ms":\#(format(load.best))}"#
    }
}
