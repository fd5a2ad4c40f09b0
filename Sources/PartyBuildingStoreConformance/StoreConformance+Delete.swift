import PartyBuilding

extension StoreConformance {
    /// Checks that deleting removes exactly the communities named, and that a deleted ID can be
    /// saved again.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func delete(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.delete, makeStore) { store, run in
            let communities = (0..<4).map { ConformanceFixtures.variant($0, id: CommunityID("DL-\($0)")) }
            await run.attempt("saving DL-0 … DL-3") { () async throws(StoreError) in try await store.save(communities) }

            await run.attempt("deleting DL-0 and DL-2 in one batch") { () async throws(StoreError) in
                try await store.delete(["DL-0", "DL-2"])
            }
            let afterBatch = await run.attempt("listing") { () async throws(StoreError) in
                try await store.communityIDs()
            }
            run.expectIDs(afterBatch, ["DL-1", "DL-3"], "after deleting DL-0 and DL-2")
            let deleted = await run.attempt("fetching DL-0 and DL-2") { () async throws(StoreError) in
                try await store.communities(["DL-0", "DL-2"])
            }
            if let deleted, !deleted.isEmpty {
                run.fail(
                    "deleted communities can still be fetched", expected: "[]",
                    actual: ModelDifference.list(deleted.map(\.id)))
            }
            await run.expectStored([communities[1], communities[3]], in: store, "after deleting DL-0 and DL-2")

            await run.attempt("deleting DL-1 alone") { () async throws(StoreError) in try await store.delete("DL-1") }
            let afterSingle = await run.attempt("listing") { () async throws(StoreError) in
                try await store.communityIDs()
            }
            run.expectIDs(afterSingle, ["DL-3"], "after deleting DL-1")

            let reborn = ConformanceFixtures.variant(9, id: "DL-0")
            await run.attempt("saving DL-0 again after deleting it") { () async throws(StoreError) in
                try await store.save(reborn)
            }
            await run.expectStored([reborn, communities[3]], in: store, "after saving DL-0 again")

            await run.attempt("deleting the rest") { () async throws(StoreError) in
                try await store.delete(["DL-3", "DL-0"])
            }
            let remaining = await run.attempt("fetching all communities") { () async throws(StoreError) in
                try await store.allCommunities()
            }
            run.expectIDs(remaining?.map(\.id), [], "after deleting everything")
        }
    }
}
