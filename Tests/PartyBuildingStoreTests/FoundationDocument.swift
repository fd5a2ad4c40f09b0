import Foundation

@testable import PartyBuilding

/// The interchange document as `JSONDecoder` and `JSONEncoder` read and write it through the
/// models' `Codable` conformances: the reference that the format's own reader and writer are
/// tested against.
struct FoundationDocument: Codable {
    var communities: [Community]

    private enum CodingKeys: String, CodingKey { case format, schemaVersion, communities }

    init(communities: [Community]) { self.communities = communities }

    /// Checks the marker and the version as the format's definition does, then decodes the communities.
    /// - Throws: ``NotADataset``, ``OtherSchemaVersion`` or `DecodingError`.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try? container.decodeIfPresent(String.self, forKey: .format)
        guard format == CommunityDataset.format else { throw NotADataset() }
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version == CommunityDataset.currentSchemaVersion else { throw OtherSchemaVersion(version: version) }
        communities = try container.decode([Community].self, forKey: .communities)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(CommunityDataset.format, forKey: .format)
        try container.encode(CommunityDataset.currentSchemaVersion, forKey: .schemaVersion)
        try container.encode(communities, forKey: .communities)
    }

    /// The document as `JSONEncoder` writes it with sorted keys, as the library wrote it before it
    /// had its own writer.
    static func encoded(_ communities: [Community], prettyPrinted: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
        return try encoder.encode(FoundationDocument(communities: communities))
    }
}

/// A document whose `format` is not the interchange format's.
struct NotADataset: Error {}

/// A document of another schema version than the current one.
struct OtherSchemaVersion: Error {
    var version: Int
}
