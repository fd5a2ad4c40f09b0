import Foundation

/// Why a data file in the interchange format cannot be read or written, naming the file, the
/// community and the field.
///
/// ```swift
/// do { let dataset = try CommunityDataset.read(from: url) } catch {
///     print(error.localizedDescription)
///     // communities.json, community DG, communities[0].members[3].birthDate: "1990-13-01" is not a calendar date
///     // communities.json, line 812, column 5: is not JSON: expected "," or "}"
/// }
/// ```
public struct InterchangeError: Error, Sendable, Hashable, LocalizedError, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Sendable, Hashable {
        /// The file could not be read; the associated value is the system's reason.
        case unreadable(String)
        /// The file could not be written; the associated value is the system's reason.
        case unwritable(String)
        /// The bytes are not JSON (or not UTF-8); the associated value is the parser's reason.
        case notJSON(String)
        /// The document is JSON but not a dataset: its `format` field is missing or is not
        /// ``CommunityDataset/format``; the associated value is the `format` found, if any.
        case notADataset(found: String?)
        /// The document was written by a newer version of the format than this library reads.
        case newerSchemaVersion(found: Int, newestSupported: Int)
        /// The document names a schema version that never existed (below 1), so it cannot be upgraded.
        case unknownSchemaVersion(Int)
        /// A field the format requires is absent.
        case missingField
        /// A field holds the wrong kind of JSON value; the associated value says what was expected.
        case wrongType(expected: String)
        /// A field's value is not allowed (an unknown code, a date that does not exist, money finer than
        /// a fen …); the associated value says why.
        case invalidValue(String)
        /// A field that an earlier schema version had and the document's version replaced, for
        /// example a member's `status` in a version-2 document: refused rather than ignored, since
        /// ignoring it would lose what it says. The associated values are the last version that had
        /// the field and what holds its information now.
        case retiredField(version: Int, replacedBy: String)
        /// A community could not be encoded; the associated value says why.
        case notEncodable(String)
    }

    /// What is wrong.
    public var problem: Problem
    /// The path of the file concerned, when there is one.
    public var file: String?
    /// The ID of the community concerned, when it is known.
    public var communityID: String?
    /// The field concerned, as a path from the document's root, for example
    /// `communities[0].members[3].birthDate`.
    public var field: String?
    /// The line, from 1, where the document stops being JSON, for a ``Problem/notJSON(_:)`` error.
    public var line: Int?
    /// The column, in characters from 1, where the document stops being JSON, for a
    /// ``Problem/notJSON(_:)`` error.
    public var column: Int?

    /// Creates an interchange error.
    public init(_ problem: Problem, file: String? = nil, communityID: String? = nil, field: String? = nil) {
        self.problem = problem
        self.file = file
        self.communityID = communityID
        self.field = field
    }

    /// The ``StoreError`` code a store reports this error with: `unsupportedSchemaVersion` for a
    /// newer document, `unavailable` when the file system failed, `corrupted` for everything else.
    public var storeCode: StoreError.Code {
        switch problem {
        case .newerSchemaVersion: .unsupportedSchemaVersion
        case .unreadable, .unwritable: .unavailable
        case .notJSON, .notADataset, .unknownSchemaVersion, .missingField, .wrongType, .invalidValue,
            .retiredField, .notEncodable:
            .corrupted
        }
    }

    /// A sentence saying what is wrong, where.
    public var description: String {
        var place: [String] = []
        if let file { place.append(file) }
        if let line, let column { place.append("line \(line), column \(column)") }
        if let communityID { place.append("community \(communityID)") }
        if let field { place.append(field) }
        let what: String =
            switch problem {
            case .unreadable(let reason): "cannot be read: \(reason)"
            case .unwritable(let reason): "cannot be written: \(reason)"
            case .notJSON(let reason): "is not JSON: \(reason)"
            case .notADataset(let found):
                "is not a \(CommunityDataset.format) dataset: its \"format\" field is "
                    + (found.map { "\"\($0)\"" } ?? "missing")
            case .newerSchemaVersion(let found, let newest):
                "has schema version \(found), newer than version \(newest) that this library reads; "
                    + "update PartyBuildingKit to read it"
            case .unknownSchemaVersion(let version): "has schema version \(version), which does not exist"
            case .missingField: "is missing"
            case .wrongType(let expected): "should be \(expected)"
            case .invalidValue(let reason): reason
            case .retiredField(let version, let replacement):
                "is a field of schema version \(version), replaced by \(replacement) in version "
                    + "\(CommunityDataset.currentSchemaVersion)"
            case .notEncodable(let reason): "cannot be encoded: \(reason)"
            }
        return place.isEmpty ? what : place.joined(separator: ", ") + ": " + what
    }

    public var errorDescription: String? { description }
}
