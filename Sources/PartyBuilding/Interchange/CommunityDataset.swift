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
    /// dataset always gives the same bytes.
    /// - Parameter prettyPrinted: whether to indent the JSON for people to read (the default); a
    ///   store writes compact JSON.
    /// - Throws: ``InterchangeError`` with ``InterchangeError/Problem/notEncodable(_:)`` when a value
    ///   cannot be encoded.
    public func encoded(prettyPrinted: Bool = true) throws(InterchangeError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
        do {
            return try encoder.encode(Document(communities: communities))
        } catch {
            throw InterchangeError(.notEncodable(String(describing: error)))
        }
    }

    /// Reads a dataset from JSON, upgrading an older schema version.
    /// - Parameter file: the file the data came from, named in errors.
    /// - Throws: ``InterchangeError`` naming the file, the community and the field when the data is not
    ///   a dataset of a supported version or a field is missing or wrong.
    public static func decode(_ data: Data, file: String? = nil) throws(InterchangeError) -> CommunityDataset {
        do {
            return CommunityDataset(try JSONDecoder().decode(Document.self, from: data).communities)
        } catch let older as OlderSchemaVersion {
            let upgraded = try upgrade(data, from: older.version, file: file)
            do {
                return CommunityDataset(try JSONDecoder().decode(Document.self, from: upgraded).communities)
            } catch {
                throw InterchangeError(reading: error, in: upgraded, file: file)
            }
        } catch {
            throw InterchangeError(reading: error, in: data, file: file)
        }
    }
}

/// The JSON document: the format marker, the schema version and the communities.
struct Document: Codable {
    var communities: [Community]

    private enum CodingKeys: String, CodingKey { case format, schemaVersion, communities }

    init(communities: [Community]) { self.communities = communities }

    /// Checks the marker and the version before decoding the communities.
    /// - Throws: ``InterchangeError`` for a missing or wrong marker or a newer or impossible version,
    ///   ``OlderSchemaVersion`` for a version that needs an upgrade, or `DecodingError`.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try? container.decodeIfPresent(String.self, forKey: .format)
        guard format == CommunityDataset.format else { throw InterchangeError(.notADataset(found: format ?? nil)) }
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version >= 1 else {
            throw InterchangeError(.unknownSchemaVersion(version), field: CodingKeys.schemaVersion.stringValue)
        }
        guard version <= CommunityDataset.currentSchemaVersion else {
            throw InterchangeError(
                .newerSchemaVersion(found: version, newestSupported: CommunityDataset.currentSchemaVersion),
                field: CodingKeys.schemaVersion.stringValue)
        }
        guard version == CommunityDataset.currentSchemaVersion else { throw OlderSchemaVersion(version: version) }
        communities = try container.decode([Community].self, forKey: .communities)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(CommunityDataset.format, forKey: .format)
        try container.encode(CommunityDataset.currentSchemaVersion, forKey: .schemaVersion)
        try container.encode(communities, forKey: .communities)
    }
}

/// A document of an older schema version, which must be upgraded before it is decoded.
struct OlderSchemaVersion: Error {
    var version: Int
}
