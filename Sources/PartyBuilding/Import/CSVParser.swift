/// Splits RFC 4180 comma-separated text into rows of fields: quoted fields may hold commas, quotes
/// (doubled) and line breaks; lines end in LF or CRLF; a leading byte-order mark is ignored.
struct CSVParser {
    /// A row and the line of the text it starts on (1-based).
    struct Row {
        var line: Int
        var fields: [String]
    }

    /// Why the text is not CSV.
    struct Failure: Error {
        var line: Int
        var reason: String
    }

    static func rows(_ text: String) throws(Failure) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var rowLine = 1
        var quoted = false
        var afterQuote = false
        var characters = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                fields.append(field)
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
                fields = []
                field = ""
                afterQuote = false
                line += 1
                rowLine = line
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            default:
                guard !afterQuote else { throw Failure(line: line, reason: "text after a closing quote") }
                field.append(character)
            }
        }
        guard !quoted else { throw Failure(line: rowLine, reason: "a quoted field is not closed") }
        fields.append(field)
        if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
        return rows
    }
}
