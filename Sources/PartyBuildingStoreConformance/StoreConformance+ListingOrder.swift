import PartyBuilding

extension StoreConformance {
    /// IDs whose code-point order differs from the orders a store might use by mistake: case-insensitive
    /// or locale-aware order (`Zeta` before `alpha`), numeric order (`10` before `9`), UTF-16 order
    /// (U+E000 and U+FF5E before 😀), and Chinese by code point rather than by pinyin or strokes. No two
    /// differ only by case, so a store on a case-insensitive disk can keep them all.
    static let orderingIDs: [CommunityID] = [
        "b", "Zeta", "9", "东关", "😀", "a_b", "\u{FF5E}", "alpha", "a", "東", "10", "\u{E000}", "a-b", "Ω", "aa", "é",
        "100", "_",
    ]

    /// Checks that ``PartyBuilding/CommunityStore/communityIDs()`` lists IDs in ascending code-point
    /// order, whatever the order they were saved in, and that fetches keep the order asked for.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func listingOrder(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.listingOrder, makeStore) { store, run in
            let communities = orderingIDs.enumerated().map { ConformanceFixtures.variant($0, id: $1) }
            await run.attempt("saving the first half of the IDs one by one") { () async throws(StoreError) in
                for community in communities.prefix(communities.count / 2) { try await store.save(community) }
            }
            await run.attempt("saving the second half in one batch") { () async throws(StoreError) in
                try await store.save(Array(communities.suffix(from: communities.count / 2)))
            }
            let expected = orderingIDs.sorted(by: codePointOrder)
            let listed = await run.attempt("listing") { () async throws(StoreError) in try await store.communityIDs() }
            run.expectIDs(listed, expected, "listing IDs saved out of order")
            let all = await run.attempt("fetching all communities") { () async throws(StoreError) in
                try await store.allCommunities()
            }
            run.expectIDs(all?.map(\.id), expected, "fetching all communities")

            let asked = Array(orderingIDs.reversed())
            let fetched = await run.attempt("fetching in a chosen order") { () async throws(StoreError) in
                try await store.communities(asked)
            }
            run.expectIDs(fetched?.map(\.id), asked, "fetching in a chosen order")
        }
    }
}
