import Foundation

@testable import PartyBuilding

// How the library explained `JSONDecoder`'s errors before it had its own reader: the reference the
// reader's errors are compared with.
extension InterchangeError {
    /// The error that reading `data` failed with, explained: the field as a path from the document's
    /// root, and the ID of the community it lies in.
    init(reading error: any Error, in data: Data, file: String?) {
        switch error {
        case let error as InterchangeError:
            self.init(error.problem, file: file, communityID: error.communityID, field: error.field)
        case let error as DecodingError:
            let (problem, path) = Self.explain(error)
            self.init(
                problem, file: file, communityID: Self.communityID(at: path, in: data),
                field: path.isEmpty ? nil : Self.text(of: path))
        default:
            self.init(.notJSON(String(describing: error)), file: file)
        }
    }

    /// What a decoding error says is wrong, and the path to the field.
    private static func explain(_ error: DecodingError) -> (Problem, [any CodingKey]) {
        switch error {
        case .keyNotFound(let key, let context):
            return (.missingField, context.codingPath + [key])
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return (.notADataset(found: nil), [])
        case .typeMismatch(let type, let context):
            return (.wrongType(expected: name(of: type)), context.codingPath)
        case .valueNotFound(let type, let context):
            return (.wrongType(expected: name(of: type) + ", not null"), context.codingPath)
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            let reason = context.underlyingError.map { "\(context.debugDescription) (\($0))" }
            return (.notJSON(reason ?? context.debugDescription), [])
        case .dataCorrupted(let context):
            if let retired = context.underlyingError as? RetiredField {
                return (.retiredField(version: retired.version, replacedBy: retired.replacement), context.codingPath)
            }
            return (.invalidValue(context.debugDescription), context.codingPath)
        @unknown default:
            return (.invalidValue(String(describing: error)), [])
        }
    }

    /// A JSON kind for a Swift type, as a reader of the file knows it.
    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Decimal.Type, is Double.Type: "a number"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }

    /// A coding path as text: `communities[0].members[3].birthDate`.
    private static func text(of path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    /// The ID of the community a path lies in, read leniently from the document, if it has one.
    private static func communityID(at path: [any CodingKey], in data: Data) -> String? {
        guard path.count >= 2, path[0].stringValue == "communities", let index = path[1].intValue,
            let probe = try? JSONDecoder().decode(IDProbe.self, from: data), probe.communities.indices.contains(index)
        else { return nil }
        return probe.communities[index].id
    }
}

/// The communities' IDs of a document, read without failing on anything else.
private struct IDProbe: Decodable {
    var communities: [Entry]

    struct Entry: Decodable {
        var id: String?

        private enum CodingKeys: String, CodingKey { case id }

        init(from decoder: any Decoder) {
            id = try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .id)
        }
    }
}
