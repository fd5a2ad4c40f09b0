import PartyBuilding

extension StoreConformance {
    /// Checks that every field of every model comes back equal after a save.
    ///
    /// Saves ``ConformanceFixtures/rich(id:)``, ``ConformanceFixtures/minimal(id:)``,
    /// ``ConformanceFixtures/extremes(id:)`` and ``ConformanceFixtures/large(id:members:)`` one by one,
    /// then again as one batch under other IDs, and fetches them singly, as a batch and through
    /// ``PartyBuilding/CommunityStore/allCommunities()``. A difference names the first field that differs.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func roundTrips(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.roundTrips, makeStore) { store, run in
            let singles = fixtures(prefix: "RT-single")
            for community in singles {
                await run.attempt("saving \(community.id) alone") { () async throws(StoreError) in
                    try await store.save(community)
                }
                await run.expectStored([community], in: store, "fetching \(community.id) after saving it alone")
            }

            let batch = fixtures(prefix: "RT-batch")
            await run.attempt("saving \(batch.count) communities in one batch") { () async throws(StoreError) in
                try await store.save(batch)
            }
            let fetched = await run.attempt("fetching the batch") { () async throws(StoreError) in
                try await store.communities(batch.map(\.id))
            }
            if let fetched {
                if fetched.count != batch.count {
                    run.fail(
                        "fetching the batch returned the wrong number of communities", expected: "\(batch.count)",
                        actual: "\(fetched.count)")
                }
                for (expected, actual) in zip(batch, fetched) {
                    run.expectEqual(actual, expected, "fetching the batch")
                }
            }

            let everything = (singles + batch).sorted { codePointOrder($0.id, $1.id) }
            let listed = await run.attempt("fetching all communities") { () async throws(StoreError) in
                try await store.allCommunities()
            }
            run.expectIDs(listed?.map(\.id), everything.map(\.id), "listing after the round trips")
            if let listed, listed.count == everything.count {
                for (expected, actual) in zip(everything, listed) {
                    run.expectEqual(actual, expected, "fetching all communities")
                }
            }
        }
    }

    /// The round-trip fixtures under IDs that start with `prefix`.
    private static func fixtures(prefix: String) -> [Community] {
        [
            ConformanceFixtures.rich(id: CommunityID("\(prefix)-rich")),
            ConformanceFixtures.minimal(id: CommunityID("\(prefix)-minimal")),
            ConformanceFixtures.extremes(id: CommunityID("\(prefix)-extremes")),
            ConformanceFixtures.large(id: CommunityID("\(prefix)-large")),
        ]
    }

    /// Whether `lhs` comes before `rhs` in ascending order of Unicode code points, the order of
    /// ``PartyBuilding/CommunityStore/communityIDs()``.
    static func codePointOrder(_ lhs: CommunityID, _ rhs: CommunityID) -> Bool {
        lhs.rawValue.unicodeScalars.lexicographicallyPrecedes(rhs.rawValue.unicodeScalars)
    }
}
