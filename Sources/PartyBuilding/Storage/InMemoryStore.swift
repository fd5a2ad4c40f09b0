/// A store that keeps communities in memory: the embedded default, for tests, examples and programs
/// that load their data from a file at start.
///
/// It honours every line of the ``CommunityStore`` contract. As an actor it runs one call at a time,
/// so each call is atomic for every task that shares the store. Any non-empty ID can be stored;
/// IDs are compared as Swift strings (canonically equivalent texts are the same ID), and two IDs
/// that differ only by case are different IDs.
///
/// ```swift
/// let store = InMemoryStore()
/// try await store.save(community)
/// let again = try await store.requireCommunity(community.id)
/// ```
public actor InMemoryStore: CommunityStore {
    private var stored: [CommunityID: Community]

    /// Creates an empty store.
    public init() { stored = [:] }

    /// Creates a store holding `communities`.
    /// - Throws: ``StoreError`` as ``save(_:)`` does, when the batch cannot be saved.
    public init(_ communities: [Community]) throws(StoreError) {
        try StoreBatchCheck.save(communities)
        stored = Dictionary(uniqueKeysWithValues: communities.map { ($0.id, $0) })
    }

    /// Saves a batch, all or nothing, overwriting the communities stored under its IDs.
    /// - Throws: ``StoreError`` with code `invalidID` (an empty ID), `conflict` (an ID twice in the
    ///   batch) or `invalidRecord`; nothing is stored then.
    public func save(_ communities: [Community]) throws(StoreError) {
        try StoreBatchCheck.save(communities)
        for community in communities { stored[community.id] = community }
    }

    /// The communities stored under `ids`, in the order of `ids`; IDs not stored are left out.
    public func communities(_ ids: [CommunityID]) -> [Community] {
        ids.compactMap { stored[$0] }
    }

    /// Deletes the communities stored under `ids`, all or none; an ID named twice is deleted once.
    /// - Throws: ``StoreError`` with code `notFound` naming the first ID not stored; nothing is deleted then.
    public func delete(_ ids: [CommunityID]) throws(StoreError) {
        if let missing = ids.first(where: { stored[$0] == nil }) {
            throw StoreError(.notFound, "no community is stored under \(missing)", recordID: missing.rawValue)
        }
        for id in ids { stored[id] = nil }
    }

    /// Every stored ID, in ascending order of its text.
    public func communityIDs() -> [CommunityID] {
        stored.keys.sorted()
    }

    /// Changes the community stored under `id` in place, atomically: no other call runs between the
    /// read and the write, so concurrent updates of the same community are never lost.
    ///
    /// ```swift
    /// try await store.update("DG") { $0.members.append(newMember) }
    /// ```
    /// - Throws: ``StoreError`` with code `notFound` when nothing is stored under `id`, or the
    ///   errors of ``save(_:)`` for the changed community (whose ID must stay `id`); the stored
    ///   community is unchanged then.
    public func update(_ id: CommunityID, _ change: (inout Community) -> Void) throws(StoreError) {
        guard var community = stored[id] else {
            throw StoreError(.notFound, "no community is stored under \(id)", recordID: id.rawValue)
        }
        change(&community)
        guard community.id == id else {
            throw StoreError(
                .conflict, "an update of \(id) cannot change its ID to \(community.id)", recordID: id.rawValue)
        }
        try save([community])
    }
}
