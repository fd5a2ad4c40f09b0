/// Where communities are kept: the contract every store honours, built in or written by an integrator.
///
/// A store keeps whole ``Community`` aggregates (with their organisations, members, workers and
/// records) by ``Community/id``. The requirements are few and all `async throws(StoreError)`; the
/// conveniences in the extension are built on them, so a new store implements four methods.
/// Stores are passed to whoever needs them (there is no global store), and `any CommunityStore`
/// works for injection.
///
/// ## The contract
/// - **Save** stores every community of the batch or none: when any community is invalid (see
///   ``StoreError/Code/invalidRecord`` and ``StoreError/Code/invalidID``) or the write fails, the
///   store is as it was before the call. Saving a community whose ID is stored overwrites it whole.
///   A batch that names the same ID twice is a ``StoreError/Code/conflict`` and stores nothing.
/// - **Fetch** returns communities equal (`==`) to what was last saved under their IDs.
/// - **Delete** removes the communities of the batch, all or none; deleting an ID that is not
///   stored is a ``StoreError/Code/notFound`` and deletes nothing.
/// - **List** returns every stored ID in ascending order of ``Identifier/rawValue`` (code-point order).
/// - **IDs** are compared as Swift compares strings (canonically equivalent IDs are one ID). A store on
///   a disk that may ignore case may also refuse, with ``StoreError/Code/conflict``, an ID that differs
///   only by case from one it holds (``JSONFileStore`` does); ``InMemoryStore`` keeps both.
/// - **Concurrency**: calls may come from many tasks (and, for stores on disk, many processes) at
///   once. Each call is atomic: a reader sees a batch either entirely or not at all, and concurrent
///   saves of the same ID leave one of the saved values whole (the last to commit wins). No update
///   that returned successfully is lost.
/// - **Errors** are ``StoreError`` values whose ``StoreError/code`` says what went wrong and whose
///   ``StoreError/underlying`` keeps the error of the layer below.
public protocol CommunityStore: Sendable {
    /// Saves a batch of communities, all or nothing, overwriting those already stored under their IDs.
    /// - Throws: ``StoreError`` with code `invalidID`, `invalidRecord`, `conflict` or `unavailable`;
    ///   nothing is stored then.
    func save(_ communities: [Community]) async throws(StoreError)

    /// Fetches the communities stored under `ids`, in the order of `ids`; an ID that is not stored
    /// is left out of the result.
    /// - Throws: ``StoreError`` with code `invalidID`, `corrupted`, `unsupportedSchemaVersion` or `unavailable`.
    func communities(_ ids: [CommunityID]) async throws(StoreError) -> [Community]

    /// Deletes the communities stored under `ids`, all or none.
    /// - Throws: ``StoreError`` with code `notFound` (naming the first missing ID), `invalidID` or
    ///   `unavailable`; nothing is deleted then.
    func delete(_ ids: [CommunityID]) async throws(StoreError)

    /// Every stored ID, in ascending order of its text.
    /// - Throws: ``StoreError`` with code `unavailable` or `corrupted`.
    func communityIDs() async throws(StoreError) -> [CommunityID]
}

extension CommunityStore {
    /// Saves one community, overwriting the one stored under its ID.
    public func save(_ community: Community) async throws(StoreError) {
        try await save([community])
    }

    /// The community stored under `id`, or `nil` when none is.
    public func community(_ id: CommunityID) async throws(StoreError) -> Community? {
        try await communities([id]).first
    }

    /// The community stored under `id`.
    /// - Throws: ``StoreError`` with code `notFound` when none is.
    public func requireCommunity(_ id: CommunityID) async throws(StoreError) -> Community {
        guard let community = try await community(id) else {
            throw StoreError(.notFound, "no community is stored under \(id)", recordID: id.rawValue)
        }
        return community
    }

    /// Deletes one community.
    /// - Throws: ``StoreError`` with code `notFound` when none is stored under `id`.
    public func delete(_ id: CommunityID) async throws(StoreError) {
        try await delete([id])
    }

    /// Every stored community, in ascending order of ID.
    public func allCommunities() async throws(StoreError) -> [Community] {
        try await communities(communityIDs())
    }
}
