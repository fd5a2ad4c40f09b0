import PartyBuilding

extension StoreConformance {
    /// Checks that saving under a stored ID replaces that community whole and leaves others alone.
    ///
    /// Overwrites a rich community with a small one (so a store that merges, or keeps old members,
    /// workers or optional fields, is caught), then again in a batch with a new community, then
    /// with a community whose optional fields are all unset.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func overwrite(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.overwrite, makeStore) { store, run in
            let original = ConformanceFixtures.rich(id: "OW-A")
            let neighbour = ConformanceFixtures.variant(1, id: "OW-B")
            await run.attempt("saving OW-A and OW-B") { () async throws(StoreError) in
                try await store.save([original, neighbour])
            }

            let smaller = ConformanceFixtures.variant(7, id: "OW-A")
            await run.attempt("overwriting OW-A with a smaller community") { () async throws(StoreError) in
                try await store.save(smaller)
            }
            await run.expectStored([smaller, neighbour], in: store, "after overwriting OW-A")
            let listed = await run.attempt("listing") { () async throws(StoreError) in try await store.communityIDs() }
            run.expectIDs(listed, ["OW-A", "OW-B"], "after overwriting OW-A")

            let newcomer = ConformanceFixtures.variant(3, id: "OW-C")
            await run.attempt("overwriting OW-A in a batch with a new OW-C") { () async throws(StoreError) in
                try await store.save([original, newcomer])
            }
            await run.expectStored([original, neighbour, newcomer], in: store, "after the batch overwrite")

            let bare = ConformanceFixtures.minimal(id: "OW-A")
            await run.attempt("overwriting OW-A with a community that sets no optional field") {
                () async throws(StoreError) in try await store.save(bare)
            }
            await run.expectStored(
                [bare, neighbour, newcomer], in: store, "after overwriting OW-A with a bare community")
            let relisted = await run.attempt("listing") { () async throws(StoreError) in try await store.communityIDs()
            }
            run.expectIDs(relisted, ["OW-A", "OW-B", "OW-C"], "after every overwrite")
        }
    }
}
