/// HTML escaping.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, safe in element content
    /// and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` escaped, with each line break written `<br>`.
    static func escapeLines(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { escape(String($0)) }.joined(separator: "<br>")
    }
}
