import Foundation

/// What went wrong in a store, with the record or file concerned and the error of the layer below.
///
/// Match on the ``code``:
///
/// ```swift
/// do { try await store.save(communities) } catch where error.code == .invalidID {
///     print(error.recordID ?? "", error.message)
/// }
/// ```
public struct StoreError: Error, Sendable, LocalizedError, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// No record is stored under the ID.
        case notFound
        /// The request contradicts itself or the stored state (the same ID twice in a batch, two IDs
        /// that the store cannot tell apart).
        case conflict
        /// Stored data cannot be read as what it claims to be.
        case corrupted
        /// Stored data was written by a newer version of the format than this library reads.
        case unsupportedSchemaVersion
        /// An ID cannot be stored (empty, too long, or with characters the store cannot keep safely).
        case invalidID
        /// A record cannot be right (``ValidationError``); nothing was stored.
        case invalidRecord
        /// The store cannot be reached or written (disk, permissions, database).
        case unavailable
    }

    /// What kind of failure this is.
    public var code: Code
    /// A sentence that says what happened, naming the record or file.
    public var message: String
    /// The ID of the record concerned, if any.
    public var recordID: String?
    /// The path of the file concerned, if any.
    public var path: String?
    /// The error of the layer below (a file-system, decoding, validation or database error).
    public var underlying: (any Error & Sendable)?

    /// Creates a store error.
    public init(
        _ code: Code, _ message: String, recordID: String? = nil, path: String? = nil,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.recordID = recordID
        self.path = path
        self.underlying = underlying
    }

    public var errorDescription: String? { description }

    public var description: String {
        var text = "\(code.rawValue): \(message)"
        if let underlying { text += " (\(underlying))" }
        return text
    }
}
