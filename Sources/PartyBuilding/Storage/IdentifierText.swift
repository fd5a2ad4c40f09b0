/// What makes a community ID unfit to be one: it must be visible and tell two records apart at a
/// glance, so two IDs that look the same are the same ID.
///
/// Refused: the empty ID; an ID of white space only (a single space); white space at its start or end
/// (`" DG"` looks like `"DG"`); and any invisible or control character: control characters (Cc), format
/// characters (Cf: the zero-width space U+200B, the byte-order mark U+FEFF, the bidirectional controls
/// U+202A–U+202E and U+2066–U+2069), and the line and paragraph separators U+2028 and U+2029. Every
/// store applies the rule through ``StoreBatchCheck/checkID(_:)``.
public enum IdentifierText {
    /// Why an ID is refused.
    public enum Problem: Sendable, Hashable {
        /// The ID is empty.
        case empty
        /// The ID is white space only.
        case whitespaceOnly
        /// The ID starts or ends with white space.
        case surroundingWhitespace
        /// The ID holds an invisible or control character, named by its code point.
        case invisible(Unicode.Scalar)

        /// The problem in words, after the ID is named.
        public var description: String {
            switch self {
            case .empty: "is empty"
            case .whitespaceOnly: "is white space only"
            case .surroundingWhitespace: "starts or ends with white space"
            case .invisible(let scalar):
                "contains the invisible character U+\(String(scalar.value, radix: 16, uppercase: true))"
            }
        }
    }

    /// The problem with `id`, or `nil` when it is fit to be an ID.
    public static func problem(in id: String) -> Problem? {
        guard let first = id.unicodeScalars.first, let last = id.unicodeScalars.last else { return .empty }
        var visible = false
        for scalar in id.unicodeScalars {
            if case 0x21...0x7E = scalar.value {
                visible = true
                continue
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: return .invisible(scalar)
            default: if !scalar.properties.isWhitespace { visible = true }
            }
        }
        if !visible { return .whitespaceOnly }
        if first.properties.isWhitespace || last.properties.isWhitespace { return .surroundingWhitespace }
        return nil
    }
}

extension StoreError {
    /// A value as an error message quotes it: whole when it has 80 characters or fewer, otherwise its
    /// first 80 characters, an ellipsis and its length, so that a message stays readable whatever the
    /// input (`"AAAA…" (10000 characters)`).
    public static func quoted(_ value: String) -> String {
        guard value.count > 80 else { return "\"\(value)\"" }
        return "\"\(value.prefix(80))…\" (\(value.count) characters)"
    }
}
