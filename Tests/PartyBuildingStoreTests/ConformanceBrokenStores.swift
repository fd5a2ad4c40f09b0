import PartyBuilding

// Stores that each break one line of the CommunityStore contract, the way real stores do, so the
// kit's tests can show that every check fails when it should. Most wrap an `InMemoryStore`.

/// Drops a nested field on save, as a store with a column missing from its workers table would:
/// every worker's certificate.
struct FieldDroppingStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) {
        try await base.save(
            communities.map { community in
                var stripped = community
                for index in stripped.workers.indices { stripped.workers[index].certificate = nil }
                return stripped
            })
    }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Overwrites only the fields that are set, as an `UPDATE` that skips `NULL`s would: optional
/// fields left unset in the new version keep their old values.
struct SetFieldsOnlyStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) {
        var merged: [Community] = []
        for community in communities {
            var next = community
            if let old = try await base.community(community.id) {
                next.street = community.street ?? old.street
                next.registeredResidents = community.registeredResidents ?? old.registeredResidents
                next.spaceRemediationPlan = community.spaceRemediationPlan ?? old.spaceRemediationPlan
            }
            merged.append(next)
        }
        try await base.save(merged)
    }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Deletes only the first ID of a batch.
struct FirstOnlyDeleteStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) { try await base.save(communities) }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(Array(ids.prefix(1))) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Deletes what it can and ignores IDs it does not hold, instead of throwing `notFound`.
struct LenientDeleteStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) { try await base.save(communities) }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) {
        let present = Set(try await base.communityIDs())
        try await base.delete(ids.filter(present.contains))
    }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Lists IDs in UTF-16 order, as `NSString.compare` would: 😀 comes before U+E000.
struct UTF16OrderStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) { try await base.save(communities) }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] {
        try await base.communityIDs().sorted { $0.rawValue.utf16.lexicographicallyPrecedes($1.rawValue.utf16) }
    }
}

/// Saves the communities of a batch one at a time, so an invalid one leaves those before it
/// stored, and a repeated ID silently overwrites.
struct OneAtATimeStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) {
        for community in communities { try await base.save([community]) }
    }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Reports every invalid record as `unavailable`, dropping the validation error.
struct MisreportingStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) {
        do {
            try await base.save(communities)
        } catch  where error.code == .invalidRecord {
            throw StoreError(.unavailable, "could not save")
        }
    }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Loses updates under concurrency, the classic actor-reentrancy bug: a save copies the contents,
/// awaits, and writes the copy back over whatever other saves stored meanwhile.
actor LostUpdateStore: CommunityStore {
    private var stored: [CommunityID: Community] = [:]

    func save(_ communities: [Community]) async throws(StoreError) {
        try StoreBatchCheck.save(communities)
        var next = stored
        for community in communities { next[community.id] = community }
        await Task.yield()
        stored = next
    }
    func communities(_ ids: [CommunityID]) -> [Community] { ids.compactMap { stored[$0] } }
    func delete(_ ids: [CommunityID]) throws(StoreError) {
        if let missing = ids.first(where: { stored[$0] == nil }) {
            throw StoreError(.notFound, "no community is stored under \(missing)", recordID: missing.rawValue)
        }
        for id in ids { stored[id] = nil }
    }
    func communityIDs() -> [CommunityID] { stored.keys.sorted() }
}

/// Keeps at most a year of dues payments a member, as a store with twelve month columns would: the
/// thirteenth payment appended is lost.
struct YearOfDuesStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) {
        try await base.save(
            communities.map { community in
                var kept = community
                for index in kept.members.indices {
                    kept.members[index].duesPayments = Array(kept.members[index].duesPayments.prefix(12))
                }
                return kept
            })
    }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Stores leave as plain absence, as a store without the leave's reason and approver columns would.
struct LeaveDroppingStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) {
        try await base.save(
            communities.map { community in
                var stripped = community
                for meeting in stripped.meetings.indices {
                    for entry in stripped.meetings[meeting].attendance.indices
                    where stripped.meetings[meeting].attendance[entry].presence != .present {
                        stripped.meetings[meeting].attendance[entry].presence = .absentWithoutLeave
                    }
                }
                return stripped
            })
    }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Forgets who leads a grid when the leader is a member, as a store without a leader's `member_id`
/// column would.
struct GridLeaderDroppingStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) {
        try await base.save(
            communities.map { community in
                var stripped = community
                for grid in stripped.governance.grids.indices {
                    for leader in stripped.governance.grids[grid].leaders.indices {
                        stripped.governance.grids[grid].leaders[leader].memberID = nil
                    }
                }
                return stripped
            })
    }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}

/// Forgets the day a development target was filed with the higher committee, as a store without a
/// `target_filed_on` column would: the pipeline comes back, that date does not.
struct FilingDroppingStore: CommunityStore {
    let base: any CommunityStore = InMemoryStore()

    func save(_ communities: [Community]) async throws(StoreError) {
        try await base.save(
            communities.map { community in
                var stripped = community
                for applicant in stripped.applicants.indices {
                    stripped.applicants[applicant].target?.filedOn = nil
                }
                return stripped
            })
    }
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community] { try await base.communities(ids) }
    func delete(_ ids: [CommunityID]) async throws(StoreError) { try await base.delete(ids) }
    func communityIDs() async throws(StoreError) -> [CommunityID] { try await base.communityIDs() }
}
