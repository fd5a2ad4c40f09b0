/// The checks every store runs on a batch before it stores anything, so that the built-in stores and
/// an integrator's own store reject the same batches with the same errors.
///
/// ```swift
/// func save(_ communities: [Community]) async throws(StoreError) {
///     try StoreBatchCheck.save(communities)  // invalidID, conflict or invalidRecord
///     // … write them all in one transaction …
/// }
/// ```
public enum StoreBatchCheck {
    /// The date records are validated on when they are stored: the last day ``CalendarDate`` can hold,
    /// so that only structural errors count (a birth date is never "after the audit date").
    public static let validationDate = CalendarDate("9999-12-31")

    /// Checks a batch about to be saved: every ID is fit to be one (``checkID(_:)``), no ID appears
    /// twice, and every community passes ``Community/validate(on:)`` on ``validationDate``.
    ///
    /// The communities are checked in order and the first failure is thrown.
    /// - Throws: ``StoreError`` with code `invalidID` for an ID ``IdentifierText`` refuses, `conflict`
    ///   for an ID that appears twice, or `invalidRecord` (with the ``ValidationError`` as its
    ///   underlying error).
    public static func save(_ communities: [Community]) throws(StoreError) {
        var seen = Set<CommunityID>(minimumCapacity: communities.count)
        for community in communities {
            try checkID(community.id)
            guard seen.insert(community.id).inserted else {
                throw StoreError(
                    .conflict, "the batch names the community \(StoreError.quoted(community.id.rawValue)) twice",
                    recordID: community.id.rawValue)
            }
            try validate(community)
        }
    }

    /// Checks that a community's records are structurally valid.
    /// - Throws: ``StoreError`` with code `invalidRecord` naming the community, with the
    ///   ``ValidationError`` (which names the record and field) as its underlying error.
    public static func validate(_ community: Community) throws(StoreError) {
        do {
            try community.validate(on: validationDate)
        } catch {
            throw StoreError(
                .invalidRecord, error.errorDescription ?? "community \(community.id) is not valid",
                recordID: community.id.rawValue, underlying: error)
        }
    }

    /// Checks that an ID is fit to be one: not empty, not white space only or around, without
    /// invisible or control characters (``IdentifierText``), so that two IDs that look alike are alike.
    /// - Throws: ``StoreError`` with code `invalidID` naming the problem; the message quotes at most the
    ///   ID's first 80 characters.
    public static func checkID(_ id: CommunityID) throws(StoreError) {
        guard let problem = IdentifierText.problem(in: id.rawValue) else { return }
        throw StoreError(
            .invalidID, "the community ID \(StoreError.quoted(id.rawValue)) \(problem.description)",
            recordID: id.rawValue)
    }
}
