import PartyBuilding

extension StoreConformance {
    /// Checks what a store does with IDs it does not hold: fetching leaves them out (keeping the
    /// order of the others); deleting one is ``PartyBuilding/StoreError/Code/notFound``, names it,
    /// and deletes nothing, even the stored IDs of the same batch.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func missingIDs(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.missingIDs, makeStore) { store, run in
            let empty = await run.attempt("listing an empty store") { () async throws(StoreError) in
                try await store.communityIDs()
            }
            run.expectIDs(empty, [], "listing an empty store")
            let none = await run.attempt("fetching a missing ID") { () async throws(StoreError) in
                try await store.communities(["MI-missing"])
            }
            if let none, !none.isEmpty {
                run.fail(
                    "fetching a missing ID returned communities", expected: "[]",
                    actual: ModelDifference.list(none.map(\.id)))
            }
            await expectNotFound(&run, deleting: ["MI-missing"], missing: "MI-missing", from: store)

            let stored = [ConformanceFixtures.variant(1, id: "MI-A"), ConformanceFixtures.variant(2, id: "MI-B")]
            await run.attempt("saving MI-A and MI-B") { () async throws(StoreError) in try await store.save(stored) }
            let mixed = await run.attempt("fetching MI-B, a missing ID and MI-A") { () async throws(StoreError) in
                try await store.communities(["MI-B", "MI-missing", "MI-A"])
            }
            run.expectIDs(mixed?.map(\.id), ["MI-B", "MI-A"], "fetching MI-B, a missing ID and MI-A")

            await expectNotFound(&run, deleting: ["MI-A", "MI-missing", "MI-B"], missing: "MI-missing", from: store)
            let afterFailedDelete = await run.attempt("listing") { () async throws(StoreError) in
                try await store.communityIDs()
            }
            run.expectIDs(afterFailedDelete, ["MI-A", "MI-B"], "after a delete that named a missing ID")
            await run.expectStored(stored, in: store, "after a delete that named a missing ID")

            await run.attempt("deleting MI-A") { () async throws(StoreError) in try await store.delete("MI-A") }
            await expectNotFound(&run, deleting: ["MI-A"], missing: "MI-A", from: store)
            let last = await run.attempt("listing") { () async throws(StoreError) in try await store.communityIDs() }
            run.expectIDs(last, ["MI-B"], "after deleting MI-A twice")
        }
    }

    /// Deletes `ids` and checks the store throws `notFound` naming `missing`.
    private static func expectNotFound(
        _ run: inout CheckRun, deleting ids: [CommunityID], missing: CommunityID, from store: any CommunityStore
    ) async {
        let step = "deleting \(ModelDifference.list(ids)), where \(missing) is not stored,"
        let error = await run.expectError(step, code: .notFound) { () async throws(StoreError) in
            try await store.delete(ids)
        }
        if let error, error.code == .notFound, error.recordID != missing.rawValue,
            !error.message.contains(missing.rawValue)
        {
            run.fail(
                "\(step) threw notFound without naming the missing ID in recordID or message",
                expected: missing.rawValue, actual: error.description)
        }
    }
}
