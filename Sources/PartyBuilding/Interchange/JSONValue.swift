import Foundation

/// Any JSON value, read and written without loss: numbers stay exact decimals, so an upgrade step
/// that rewrites a document never rounds money or areas through binary floating point.
enum JSONValue: Sendable, Hashable, Codable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, exactly as written.
    case number(Decimal)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; its keys are written in sorted order.
    case object([String: JSONValue])

    /// Decodes whichever JSON value is there.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .number(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Encodes the value as it was read.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The string, when the value is one.
    var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The elements, when the value is an array.
    var array: [JSONValue]? {
        if case .array(let value) = self { value } else { nil }
    }

    /// The members, when the value is an object.
    var object: [String: JSONValue]? {
        if case .object(let value) = self { value } else { nil }
    }
}
