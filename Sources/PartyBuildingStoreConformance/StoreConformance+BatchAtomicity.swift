import PartyBuilding

extension StoreConformance {
    /// Checks that a batch is stored whole or not at all: a batch holding one invalid community
    /// (a negative household count at the end, a zero-day training in the middle) or naming one
    /// ID twice throws, stores none of its communities, overwrites nothing and leaves what was stored
    /// before intact. A repeated ID must be ``PartyBuilding/StoreError/Code/conflict``.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func batchAtomicity(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.batchAtomicity, makeStore) { store, run in
            let prior = [ConformanceFixtures.rich(id: "BA-P1"), ConformanceFixtures.variant(2, id: "BA-P2")]
            await run.attempt("saving BA-P1 and BA-P2") { () async throws(StoreError) in try await store.save(prior) }

            let rejected: [(String, [Community], StoreError.Code?)] = [
                (
                    "a batch that ends with a negative household count",
                    [
                        ConformanceFixtures.variant(3, id: "BA-N1"), ConformanceFixtures.variant(4, id: "BA-P1"),
                        ConformanceFixtures.negativeHouseholds(id: "BA-X"),
                    ],
                    nil
                ),
                (
                    "a batch with a zero-day training in the middle",
                    [
                        ConformanceFixtures.variant(5, id: "BA-N2"), ConformanceFixtures.zeroDayTraining(id: "BA-Y"),
                        ConformanceFixtures.variant(6, id: "BA-P2"),
                    ],
                    nil
                ),
                (
                    "a batch that names a new ID twice",
                    [ConformanceFixtures.variant(7, id: "BA-N3"), ConformanceFixtures.variant(8, id: "BA-N3")],
                    .conflict
                ),
                (
                    "a batch that names a stored ID twice",
                    [
                        ConformanceFixtures.variant(9, id: "BA-P1"), ConformanceFixtures.variant(10, id: "BA-N4"),
                        ConformanceFixtures.variant(11, id: "BA-P1"),
                    ],
                    .conflict
                ),
            ]
            for (description, batch, code) in rejected {
                await run.expectError("saving \(description)", code: code) { () async throws(StoreError) in
                    try await store.save(batch)
                }
                let listed = await run.attempt("listing") { () async throws(StoreError) in
                    try await store.communityIDs()
                }
                run.expectIDs(listed, ["BA-P1", "BA-P2"], "after saving \(description)")
                await run.expectStored(prior, in: store, "after saving \(description)")
            }
        }
    }
}
