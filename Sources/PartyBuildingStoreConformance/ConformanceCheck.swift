/// One area of the ``PartyBuilding/CommunityStore`` contract that the conformance kit checks.
///
/// Run one area with ``StoreConformance/run(_:of:)``, or all of them with ``StoreConformance/all(of:)``.
public enum ConformanceCheck: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every field of every model comes back equal after a save, one by one and in batches.
    case roundTrips
    /// Saving under a stored ID replaces the community whole and leaves the others alone.
    case overwrite
    /// Deleting removes exactly the communities named, and they can be saved again.
    case delete
    /// Fetching a missing ID leaves it out; deleting one is `notFound` and deletes nothing.
    case missingIDs
    /// IDs are listed in ascending code-point order; fetches follow the order asked for.
    case listingOrder
    /// A batch with an invalid record or a repeated ID stores nothing and keeps what was stored.
    case batchAtomicity
    /// Many tasks saving at once lose no update, and readers see each batch whole or not at all.
    case concurrentWriters
    /// Failures are ``PartyBuilding/StoreError`` values with the right code and the error below kept.
    case errorMapping
    /// Every kind of record (meetings, attendance, payments, events, elections …) comes back equal.
    case recordKinds
    /// Saving a community again with a month of records appended loses nothing saved before.
    case appendedHistory

    /// What the check verifies, in one sentence.
    public var summary: String {
        switch self {
        case .roundTrips: "every field of every model comes back equal after a save"
        case .overwrite: "saving under a stored ID replaces that community whole and nothing else"
        case .delete: "deleting removes exactly the communities named"
        case .missingIDs: "a missing ID is left out of fetches, and deleting it is notFound and deletes nothing"
        case .listingOrder: "IDs are listed in ascending code-point order and fetches keep the order asked for"
        case .batchAtomicity: "a batch with an invalid record or a repeated ID stores nothing"
        case .concurrentWriters: "concurrent saves from many tasks lose no update and are seen whole"
        case .errorMapping: "failures carry the right StoreError code and keep the underlying error"
        case .recordKinds: "every kind of record comes back equal after a save"
        case .appendedHistory: "appending a month of records and saving again loses nothing saved before"
        }
    }
}
