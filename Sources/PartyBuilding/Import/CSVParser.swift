/// Splits RFC 4180 comma-separated text into rows of fields: quoted fields may hold commas, quotes
/// (doubled) and line breaks; lines end in LF or CRLF; a leading byte-order mark is ignored.
///
/// The parser goes on past a row that is not CSV, so that the rows after it are still read: such a
/// row is kept with its ``Row/failure`` set. A quote that is never closed takes the rest of the text.
struct CSVParser {
    /// A row and the line of the text it starts on (1-based).
    struct Row {
        var line: Int
        var fields: [String]
        /// Why the row is not CSV, if it is not.
        var failure: CommunityTableProblem.Reason?
    }

    static func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var rowLine = 1
        var quoted = false
        var afterQuote = false
        var failure: CommunityTableProblem.Reason?
        var characters = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && failure == nil) {
                rows.append(Row(line: rowLine, fields: fields, failure: failure))
            }
            fields = []
            field = ""
            afterQuote = false
            failure = nil
        }
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
                endRow()
                line += 1
                rowLine = line
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            default:
                if afterQuote { failure = .textAfterQuote }
                field.append(character)
            }
        }
        if quoted { failure = .unclosedQuote }
        endRow()
        return rows
    }
}
