/// A field that an earlier schema version had and the current one replaced: found in a document of
/// the current version, it is refused rather than ignored, because ignoring it would lose what it
/// said (a member's status, an organisation's last election).
///
/// Reading reports it as ``InterchangeError/Problem/retiredField(version:replacedBy:)``.
struct RetiredField: Error, Sendable, Hashable {
    /// The last schema version that had the field.
    var version: Int
    /// What holds the field's information now.
    var replacement: String
}

extension Decoder {
    /// Throws when the object being decoded has one of `keys`, fields of schema `version` that the
    /// current version replaced by `replacement`.
    func reject<Key: CodingKey & CaseIterable>(
        _ keys: Key.Type, ofVersion version: Int, replacedBy replacement: String
    ) throws {
        let container = try container(keyedBy: Key.self)
        for key in Key.allCases where container.contains(key) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath + [key],
                    debugDescription: "\"\(key.stringValue)\" is a field of schema version \(version)",
                    underlyingError: RetiredField(version: version, replacement: replacement)))
        }
    }
}
