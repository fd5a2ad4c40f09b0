import PartyBuilding

extension StoreConformance {
    /// The most failures of one kind a check reports before summing up the rest.
    private static let reportedFailureLimit = 5

    /// Checks that many tasks saving at once lose no update and that readers see each batch whole.
    ///
    /// `tasks` writer tasks each save `savesPerTask` batches of two new communities and then one
    /// version of a shared ID, while four reader tasks list the IDs and look for a batch seen by
    /// half. Afterwards every batch must be stored, equal to what was saved, and the shared ID must
    /// hold one of the saved versions whole.
    /// - Parameters:
    ///   - tasks: How many writer tasks run at once; 50 unless given.
    ///   - savesPerTask: How many batches each writer saves; 20 unless given.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func concurrentWriters(
        tasks: Int = 50, savesPerTask: Int = 20, of makeStore: StoreFactory
    ) async -> [ConformanceFailure] {
        await perform(.concurrentWriters, makeStore) { store, run in
            let found = await withTaskGroup(of: [ConformanceFailure].self) { group in
                for writer in 0..<tasks {
                    group.addTask { await write(writer: writer, batches: savesPerTask, to: store) }
                }
                for _ in 0..<4 {
                    group.addTask { await readPairs(from: store, listings: 25) }
                }
                var failures: [ConformanceFailure] = []
                for await taskFailures in group { failures += taskFailures }
                return failures
            }
            run.absorb(Array(found.prefix(reportedFailureLimit)))
            if found.count > reportedFailureLimit {
                run.fail("… and \(found.count - reportedFailureLimit) more failures while writing concurrently")
            }

            let saved = (0..<tasks).flatMap { writer in (0..<savesPerTask).flatMap { pair(writer, $0) } }
            let expectedIDs = (saved.map(\.id) + [sharedID]).sorted(by: codePointOrder)
            guard
                let listed = await run.attempt(
                    "listing after the writers finished",
                    { () async throws(StoreError) in
                        try await store.communityIDs()
                    })
            else { return }
            let missing = Set(expectedIDs).subtracting(listed)
            if !missing.isEmpty {
                run.fail(
                    "\(missing.count) of \(expectedIDs.count) saved IDs are missing after concurrent saves",
                    expected: "\(expectedIDs.count) IDs",
                    actual: "missing " + ModelDifference.list(missing.sorted(by: codePointOrder)))
            } else {
                run.expectIDs(listed, expectedIDs, "listing after concurrent saves")
            }

            let fetched = await run.attempt("fetching every saved community") { () async throws(StoreError) in
                try await store.communities(saved.map(\.id))
            }
            let byID = Dictionary((fetched ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let wrong = saved.filter { byID[$0.id] != nil && byID[$0.id] != $0 }
            if let first = wrong.first {
                run.fail("\(wrong.count) communities came back different after concurrent saves; the first:")
                run.expectEqual(byID[first.id], first, "after concurrent saves")
            }

            let shared = await run.attempt("fetching \(sharedID)") { () async throws(StoreError) in
                try await store.community(sharedID)
            }
            if let shared {
                let versions = (0..<tasks).map(sharedVersion)
                if !versions.contains(where: { $0 == shared }) {
                    run.fail(
                        "\(sharedID), saved by every writer, holds none of the saved versions whole",
                        expected: "one of \(tasks) versions", actual: shared.map { "\"\($0.name)\"" } ?? "nil")
                }
            }
        }
    }

    /// The ID every writer saves a version of.
    private static let sharedID: CommunityID = "CW-shared"

    /// The version of the shared community that `writer` saves.
    private static func sharedVersion(_ writer: Int) -> Community {
        ConformanceFixtures.variant(1_000_000 + writer, id: sharedID)
    }

    /// The batch of two that `writer` saves as its `number`th save.
    private static func pair(_ writer: Int, _ number: Int) -> [Community] {
        let index = (writer * 10_000 + number) * 2
        return [
            ConformanceFixtures.variant(index, id: CommunityID("CW-\(writer)-\(number)-a")),
            ConformanceFixtures.variant(index + 1, id: CommunityID("CW-\(writer)-\(number)-b")),
        ]
    }

    /// One writer task: its batches of two, then its version of the shared ID.
    private static func write(writer: Int, batches: Int, to store: any CommunityStore) async -> [ConformanceFailure] {
        var run = CheckRun(check: .concurrentWriters)
        for number in 0..<batches {
            let batch = pair(writer, number)
            await run.attempt("task \(writer) saving \(batch[0].id) and \(batch[1].id)") {
                () async throws(StoreError) in try await store.save(batch)
            }
        }
        let version = sharedVersion(writer)
        await run.attempt("task \(writer) saving \(sharedID)") { () async throws(StoreError) in
            try await store.save(version)
        }
        return run.failures
    }

    /// One reader task: lists the IDs `listings` times and reports a batch of two seen by half.
    private static func readPairs(from store: any CommunityStore, listings: Int) async -> [ConformanceFailure] {
        var run = CheckRun(check: .concurrentWriters)
        for _ in 0..<listings {
            guard
                let listed = await run.attempt(
                    "listing while writers save",
                    { () async throws(StoreError) in
                        try await store.communityIDs()
                    })
            else { continue }
            let present = Set(listed.map(\.rawValue))
            let half = listed.first { id in
                let text = id.rawValue
                guard text.hasPrefix("CW-"), text != sharedID.rawValue else { return false }
                let partner = String(text.dropLast()) + (text.hasSuffix("-a") ? "b" : "a")
                return !present.contains(partner)
            }
            if let half {
                run.fail("a reader saw half of a batch of two: \(half) without its partner")
                break
            }
            await Task.yield()
        }
        return run.failures
    }
}
