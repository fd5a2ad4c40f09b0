import Foundation

/// A versioned document of communities: the interchange format that data files, the examples, the
/// ``JSONFileStore`` and programs in other languages share.
///
/// ```json
/// {"communities": [{"id": "DG", "name": "东关社区", "district": "城中区"}],
///  "format": "PartyBuildingKit", "schemaVersion": 2}
/// ```
///
/// Every field is described in the Interchange Format article (`Documentation/InterchangeFormat.md`)
/// and in the JSON Schema `Documentation/Schema/community-dataset.schema.json`. Reading checks the
/// `format` marker and the `schemaVersion`: a newer version is refused with
/// ``InterchangeError/Problem/newerSchemaVersion(found:newestSupported:)``, an older one is upgraded
/// (see ``currentSchemaVersion``). Reading does not run ``Community/validate(on:)``; saving into a store does.
///
/// ```swift
/// let dataset = try CommunityDataset.read(from: URL(filePath: "communities.json"))
/// try await store.save(dataset.communities)
/// ```
public struct CommunityDataset: Sendable, Hashable {
    /// The value of every dataset's `format` field.
    public static let format = "PartyBuildingKit"

    /// The schema version this library writes, and the newest it reads.
    ///
    /// Version 2 keeps a community's life over time: meetings, reception days, elections, Party
    /// groups, points and task claims, and a member's events, dues and voluntary payments, from which
    /// the status and migration that version 1 stored are derived. When the format changes
    /// incompatibly, the version is raised and a step from the previous version is added to the
    /// upgrades that reading applies, so files of every older version stay readable.
    public static let currentSchemaVersion = 2

    /// The communities, in the document's order.
    public var communities: [Community]

    /// Creates a dataset of communities.
    public init(_ communities: [Community]) { self.communities = communities }

    /// The dataset as JSON of the current schema version, with keys in sorted order so that the same
    /// dataset always gives the same bytes (the bytes `JSONEncoder` gives with sorted keys).
    ///
    /// Written straight into UTF-8 by the format's own writer, the communities in parallel.
    /// - Parameter prettyPrinted: whether to indent the JSON for people to read (the default); a
    ///   store writes compact JSON.
    /// - Throws: ``InterchangeError`` with ``InterchangeError/Problem/notEncodable(_:)`` when a value
    ///   cannot be encoded. Every value of the models has a JSON form, so this does not happen today;
    ///   the error stays for values a later schema version may add.
    public func encoded(prettyPrinted: Bool = true) throws(InterchangeError) -> Data {
        DocumentWriter.write(communities, prettyPrinted: prettyPrinted)
    }

    /// Reads a dataset from JSON, upgrading an older schema version.
    ///
    /// The format's own reader reads the models straight from the UTF-8 bytes. It accepts the
    /// documents `JSONDecoder` accepts, with the same values (see the Interchange Format article for
    /// the two kinds of number it reads more strictly).
    /// - Parameter file: the file the data came from, named in errors.
    /// - Throws: ``InterchangeError`` naming the file, the community and the field when the data is not
    ///   a dataset of a supported version or a field is missing or wrong, and the line and column when
    ///   the data is not JSON.
    public static func decode(_ data: Data, file: String? = nil) throws(InterchangeError) -> CommunityDataset {
        switch DocumentReader.read(data, file: file) {
        case .current(let communities):
            return CommunityDataset(communities)
        case .older(let version):
            let upgraded = try upgrade(data, from: version, file: file)
            switch DocumentReader.read(upgraded, file: file) {
            case .current(let communities): return CommunityDataset(communities)
            case .older(let version):
                // An upgrade that does not reach the current version cannot be decoded.
                throw InterchangeError(.unknownSchemaVersion(version), file: file, field: "schemaVersion")
            case .failed(let error): throw error
            }
        case .failed(let error):
            throw error
        }
    }
}
