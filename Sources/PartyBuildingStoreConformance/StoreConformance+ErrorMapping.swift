import PartyBuilding

extension StoreConformance {
    /// Checks that failures carry the right ``PartyBuilding/StoreError/Code`` and keep the error of the
    /// layer below: an invalid community is `invalidRecord` with the ``PartyBuilding/ValidationError``
    /// that ``PartyBuilding/Community/validate(on:)`` throws as ``PartyBuilding/StoreError/underlying``
    /// (naming the community, the record and the field), whether it is new or overwrites a stored
    /// one (which must stay as it was); an ID that ``PartyBuilding/IdentifierText`` refuses (a single
    /// space, white space around it, a zero-width space, a byte-order mark, a bidirectional control, a
    /// line separator) is `invalidID` and stores nothing; deleting a missing ID is `notFound`.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func errorMapping(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.errorMapping, makeStore) { store, run in
            let stored = ConformanceFixtures.variant(1, id: "EM-stored")
            await run.attempt("saving EM-stored") { () async throws(StoreError) in try await store.save(stored) }

            let invalid = [
                ConformanceFixtures.negativeHouseholds(id: "EM-households"),
                ConformanceFixtures.zeroDayTraining(id: "EM-training"),
                ConformanceFixtures.negativeHouseholds(id: "EM-stored"),
            ]
            for community in invalid {
                let step = "saving \(community.id), which is invalid,"
                let error = await run.expectError(step, code: .invalidRecord) { () async throws(StoreError) in
                    try await store.save(community)
                }
                guard let error else { continue }
                let expected: ValidationError?
                do throws(ValidationError) {
                    try community.validate(on: ConformanceFixtures.referenceDate)
                    expected = nil
                } catch {
                    expected = error
                }
                let underlying = error.underlying as? ValidationError
                if let expected, underlying != expected {
                    run.fail(
                        "\(step) did not keep the validation error as the underlying error",
                        expected: "\(expected)",
                        actual: error.underlying.map { "\($0)" } ?? "no underlying error")
                }
            }
            await run.expectStored([stored], in: store, "after an invalid overwrite of EM-stored")

            for id in [" ", " EM", "EM\u{200B}X", "\u{FEFF}EM", "\u{202E}EM", "EM\u{2028}"] {
                let shown = id.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(
                    separator: " ")
                await run.expectError("saving the ID \(shown)", code: .invalidID) { () async throws(StoreError) in
                    try await store.save(ConformanceFixtures.variant(2, id: CommunityID(id)))
                }
            }
            let listed = await run.attempt("listing the IDs after saving IDs that must be refused") {
                () async throws(StoreError) in try await store.communityIDs()
            }
            if let listed, listed != [stored.id] {
                run.fail(
                    "a refused ID was stored", expected: stored.id.rawValue,
                    actual: listed.map(\.rawValue).joined(separator: ", "))
            }

            await run.expectError("deleting EM-missing, which is not stored,", code: .notFound) {
                () async throws(StoreError) in try await store.delete("EM-missing")
            }
        }
    }
}
