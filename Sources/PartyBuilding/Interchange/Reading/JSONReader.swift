import Foundation

/// A pull reader of JSON over UTF-8 bytes, for the interchange format's own readers
/// (``InterchangeReadable``): each model reads its fields straight from the bytes, with no tree of
/// values in between.
///
/// It accepts what Foundation's `JSONDecoder` accepts: RFC 8259 JSON, a byte order mark before the
/// document, and a comma after the last element of an array or member of an object (`[1,]`); it
/// refuses invalid UTF-8, lone surrogates, control characters in strings, numbers beyond the
/// grammar (`01`, `.5`, `1.`, `+1`) and nesting deeper than ``maximumDepth``. A duplicate key keeps
/// its first value, as `JSONDecoder` does. Errors are ``ReadFailure``s carrying the byte offset, which
/// ``InterchangeError`` turns into a line and column.
struct JSONReader {
    /// The deepest nesting of arrays and objects read, as in Foundation's `JSONDecoder`.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    private(set) var offset: Int
    /// The arrays and objects open around the value being read.
    private var depth = 0

    /// A reader of `bytes`, after a byte order mark if there is one.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        offset = bytes.starts(with: bom) ? 3 : 0
        skipWhitespace()
    }

    /// A reader of the value at `offset` in `bytes`, inside `depth` arrays and objects.
    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, depth: Int) {
        self.bytes = bytes
        self.offset = offset
        self.depth = depth
    }

    /// Moves the reader to `offset`, after a value read by another reader of the same bytes.
    mutating func move(to offset: Int) {
        self.offset = offset
        skipWhitespace()
    }

    /// The offsets where the elements of the array at the reader's offset start, and the offset
    /// after its closing bracket, found by brackets and quotes alone without reading the elements;
    /// nil when the array does not close. The elements are read, and checked, by readers started at
    /// these offsets.
    func elementOffsets() -> (starts: [Int], end: Int)? {
        guard peekByte() == UInt8(ascii: "[") else { return nil }
        var starts: [Int] = []
        var nesting = 0
        var index = offset + 1
        var elementPending = true
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                if elementPending && nesting == 0 {
                    starts.append(index)
                    elementPending = false
                }
                // The closing quote: the next quote not escaped by an odd run of backslashes.
                let opening = index
                while true {
                    guard let quote = Self.find(UInt8(ascii: "\""), in: bytes, from: index + 1) else { return nil }
                    var backslashes = 0
                    while quote - backslashes - 1 > opening, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") {
                        backslashes += 1
                    }
                    index = quote
                    if backslashes % 2 == 0 { break }
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if elementPending && nesting == 0 {
                    starts.append(index)
                    elementPending = false
                }
                nesting += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if nesting == 0 { return byte == UInt8(ascii: "]") ? (starts, index + 1) : nil }
                nesting -= 1
            case UInt8(ascii: ","):
                if nesting == 0 { elementPending = true }
            case 0x20, 0x0A, 0x0D, 0x09: break
            default:
                if elementPending && nesting == 0 {
                    starts.append(index)
                    elementPending = false
                }
            }
            index += 1
        }
        return nil
    }

    /// The current nesting depth, for readers that read inside the value at the reader's offset.
    var nestingDepth: Int { depth }

    /// Whether elements read by other readers from `starts`, each ending at the offset in `ends`, are
    /// separated as an array's elements must be: by one comma each (with a comma allowed after the
    /// last), with only whitespace around, up to the closing bracket before `end`.
    func separatesElements(starts: [Int], ends: [Int], end: Int) -> Bool {
        func skippingWhitespace(from offset: Int) -> Int {
            var offset = offset
            while offset < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) { offset += 1 }
            return offset
        }
        for (index, elementEnd) in ends.enumerated() {
            var next = skippingWhitespace(from: elementEnd)
            let isLast = index == ends.count - 1
            if next < bytes.count, bytes[next] == UInt8(ascii: ",") {
                next = skippingWhitespace(from: next + 1)
            } else if !isLast {
                return false
            }
            guard next == (isLast ? end - 1 : starts[index + 1]) else { return false }
        }
        return true
    }

    // MARK: Structure

    /// Reads an object, handing each key to `body`, which must read or skip its value.
    ///
    /// A key that appears twice keeps its first value, as in `JSONDecoder`: a model's reader keeps
    /// the first value it reads into a field (``read(_:)``), and a key whose first value was `null` is
    /// not handed to `body` again.
    /// - Throws: ``ReadFailure`` with the key in its path when `body` fails.
    mutating func readObject(_ body: (inout JSONReader, JSONKey) throws(ReadFailure) -> Void) throws(ReadFailure) {
        try open(UInt8(ascii: "{"), "an object")
        if try closes(UInt8(ascii: "}")) { return }
        var keysFirstNull: [JSONKey] = []
        while true {
            guard peekByte() == UInt8(ascii: "\"") else { throw syntax("expected a key in quotes") }
            let key = try scanKey()
            guard peekByte() == UInt8(ascii: ":") else { throw syntax("expected \":\" after a key") }
            offset += 1
            skipWhitespace()
            if !keysFirstNull.isEmpty, keysFirstNull.contains(where: { $0 == key }) {
                try skipValue()
            } else {
                if peekByte() == UInt8(ascii: "n") { keysFirstNull.append(key) }
                do { try body(&self, key) } catch { throw error.inside(.key(key.text)) }
            }
            if try next(closing: UInt8(ascii: "}")) { return }
        }
    }

    /// Reads an array, calling `body` for each element, which must read or skip it.
    /// - Throws: ``ReadFailure`` with the element's index in its path when `body` fails.
    mutating func readArray(_ body: (inout JSONReader) throws(ReadFailure) -> Void) throws(ReadFailure) {
        try open(UInt8(ascii: "["), "an array")
        if try closes(UInt8(ascii: "]")) { return }
        var index = 0
        while true {
            do { try body(&self) } catch { throw error.inside(.index(index)) }
            index += 1
            if try next(closing: UInt8(ascii: "]")) { return }
        }
    }

    /// Whether the next value is `null`; if it is, it is read.
    mutating func readNullIfPresent() throws(ReadFailure) -> Bool {
        guard peekByte() == UInt8(ascii: "n") else { return false }
        try expectLiteral("null")
        return true
    }

    /// Reads `true` or `false`.
    mutating func readBool() throws(ReadFailure) -> Bool {
        switch peekByte() {
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return true
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return false
        default: throw try mismatch("true or false")
        }
    }

    /// Reads a string.
    mutating func readString() throws(ReadFailure) -> String {
        guard peekByte() == UInt8(ascii: "\"") else { throw try mismatch("a string") }
        return try scanString()
    }

    /// Reads a string, handing its bytes to `parse` when it is plain ASCII without escapes, so that
    /// a date or a month is read without making a `String`: the value `parse` gives, or else (when
    /// `parse` gives nil or the string is not plain) the text.
    mutating func readString<Parsed>(parsing parse: (UnsafeBufferPointer<UInt8>) -> Parsed?)
        throws(ReadFailure) -> (parsed: Parsed?, text: String)
    {
        if peekByte() == UInt8(ascii: "\""), let quote = Self.find(UInt8(ascii: "\""), in: bytes, from: offset + 1) {
            let content = UnsafeBufferPointer(rebasing: bytes[(offset + 1)..<quote])
            var plain = true
            for byte in content where byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\\") { plain = false }
            if plain, let parsed = parse(content) {
                offset = quote + 1
                skipWhitespace()
                return (parsed, "")
            }
        }
        return (nil, try readString())
    }

    /// Reads a number as written; a value of another kind is reported as not `expected`.
    mutating func readNumber(expected: String = "a number") throws(ReadFailure) -> JSONNumber {
        guard let byte = peekByte(), byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        else { throw try mismatch(expected) }
        let start = offset
        try scanNumber()
        let number = JSONNumber(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        skipWhitespace()
        return number
    }

    /// Reads a whole number of `Int64`: `3`, `3.0` and `3e0` are 3, as `JSONDecoder` reads them.
    /// - Throws: ``ReadFailure`` when the value is not a number, not whole, or out of range.
    mutating func readInt64() throws(ReadFailure) -> Int64 {
        let start = offset
        let number = try readNumber(expected: "a whole number")
        switch number.scaled(by: 0) {
        case .value(let value): return value
        case .notExact, .outOfRange:
            throw ReadFailure(
                .invalidValue("\(number.text) is not a whole number from \(Int64.min) to \(Int64.max)"),
                at: start)
        }
    }

    /// Skips whichever value is next, checking that it is well-formed JSON.
    mutating func skipValue() throws(ReadFailure) {
        switch peekByte() {
        case UInt8(ascii: "{"):
            try open(UInt8(ascii: "{"), "an object")
            if try closes(UInt8(ascii: "}")) { return }
            while true {
                guard peekByte() == UInt8(ascii: "\"") else { throw syntax("expected a key in quotes") }
                _ = try scanString(keepingText: false)
                guard peekByte() == UInt8(ascii: ":") else { throw syntax("expected \":\" after a key") }
                offset += 1
                skipWhitespace()
                try skipValue()
                if try next(closing: UInt8(ascii: "}")) { return }
            }
        case UInt8(ascii: "["):
            try readArray { reader throws(ReadFailure) in try reader.skipValue() }
        case UInt8(ascii: "\""):
            _ = try scanString(keepingText: false)
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case .some:
            try scanNumber()
            skipWhitespace()
        case nil: throw syntax("unexpected end of file")
        }
    }

    /// Checks that nothing but whitespace follows the document.
    mutating func expectEnd() throws(ReadFailure) {
        skipWhitespace()
        guard offset == bytes.count else { throw syntax("unexpected text after the end of the document") }
    }

    /// A failure at the current offset.
    func failure(_ problem: InterchangeError.Problem) -> ReadFailure { ReadFailure(problem, at: offset) }

    // MARK: Tokens

    /// The offset of the first `byte` in `bytes` from `start`, by the C library's `memchr`.
    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    private func peekByte() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private func syntax(_ reason: String) -> ReadFailure {
        ReadFailure(.notJSON(offset < bytes.count ? reason : "unexpected end of file"), at: offset)
    }

    /// The failure for a value of the wrong kind: a type mismatch when the value is well-formed,
    /// else the syntax error.
    private mutating func mismatch(_ expected: String) throws(ReadFailure) -> ReadFailure {
        let start = offset
        if peekByte() == UInt8(ascii: "n") {
            try expectLiteral("null")
            return ReadFailure(.wrongType(expected: expected + ", not null"), at: start)
        }
        try skipValue()
        return ReadFailure(.wrongType(expected: expected), at: start)
    }

    private mutating func open(_ bracket: UInt8, _ kind: String) throws(ReadFailure) {
        guard peekByte() == bracket else { throw try mismatch(kind) }
        guard depth < Self.maximumDepth else {
            throw syntax("arrays and objects are nested more than \(Self.maximumDepth) deep")
        }
        depth += 1
        offset += 1
        skipWhitespace()
    }

    /// Whether the container closes at once (it is empty); if so, the bracket is read.
    private mutating func closes(_ bracket: UInt8) throws(ReadFailure) -> Bool {
        guard peekByte() == bracket else { return false }
        offset += 1
        depth -= 1
        skipWhitespace()
        return true
    }

    /// Reads the comma or the closing bracket after an element; whether the container closed.
    private mutating func next(closing bracket: UInt8) throws(ReadFailure) -> Bool {
        skipWhitespace()
        switch peekByte() {
        case UInt8(ascii: ","):
            offset += 1
            skipWhitespace()
            return try closes(bracket)
        case bracket:
            offset += 1
            depth -= 1
            skipWhitespace()
            return true
        default:
            throw syntax(bracket == UInt8(ascii: "}") ? "expected \",\" or \"}\"" : "expected \",\" or \"]\"")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(ReadFailure) {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - offset >= count,
            memcmp(bytes.baseAddress! + offset, literal.utf8Start, count) == 0
        else { throw syntax("expected a JSON value") }
        offset += count
        skipWhitespace()
    }

    /// Scans a key from its opening quote: its bytes when it is plain ASCII, else its text.
    private mutating func scanKey() throws(ReadFailure) -> JSONKey {
        if let quote = Self.find(UInt8(ascii: "\""), in: bytes, from: offset + 1) {
            let content = UnsafeBufferPointer(rebasing: bytes[(offset + 1)..<quote])
            var plain = true
            for byte in content where byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\\") { plain = false }
            if plain {
                offset = quote + 1
                skipWhitespace()
                return JSONKey(ascii: content)
            }
        }
        return JSONKey(try scanString())
    }

    /// Scans a string from its opening quote, checking escapes and UTF-8; a string skipped (not
    /// `keepingText`) is checked only as `JSONDecoder` checks a string it does not read: that it
    /// closes after its escapes (a backslash and the byte after it, `\u` and the four after it).
    private mutating func scanString(keepingText: Bool = true) throws(ReadFailure) -> String {
        offset += 1
        guard keepingText else {
            while true {
                guard offset < bytes.count else { throw syntax("a string is not closed") }
                switch bytes[offset] {
                case UInt8(ascii: "\""):
                    offset += 1
                    skipWhitespace()
                    return ""
                case UInt8(ascii: "\\"):
                    // The escaped byte, and after `u` the four that follow, whatever they are.
                    offset += offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "u") ? 6 : 2
                default: offset += 1
                }
            }
        }
        let start = offset
        let isASCII: Bool
        // The closing quote found by `memchr`; the bytes before it checked in one pass without
        // branches (which the compiler vectorises), and read again one by one only when they hold
        // an escape or a control character.
        guard let quote = Self.find(UInt8(ascii: "\""), in: bytes, from: start) else {
            offset = bytes.count
            throw syntax("a string is not closed")
        }
        var special: UInt8 = 0
        var high: UInt8 = 0
        for byte in UnsafeBufferPointer(rebasing: bytes[start..<quote]) {
            special |= (byte < 0x20 ? 1 : 0) | (byte == UInt8(ascii: "\\") ? 1 : 0)
            high |= byte
        }
        if special != 0 {
            while offset < quote {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\\") {
                    offset = start
                    let text = try scanEscapedString()
                    skipWhitespace()
                    return text
                }
                if byte < 0x20 { throw syntax("a control character in a string must be escaped") }
                offset += 1
            }
        }
        offset = quote
        isASCII = high < 0x80
        let content = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        offset += 1
        skipWhitespace()
        if isASCII { return String(decoding: content, as: UTF8.self) }
        guard let text = String(validating: content, as: UTF8.self) else {
            offset = start
            throw syntax("a string is not valid UTF-8")
        }
        return text
    }

    /// Scans a string with escapes from after its opening quote to after its closing quote.
    private mutating func scanEscapedString() throws(ReadFailure) -> String {
        var decoded: [UInt8] = []
        while true {
            guard offset < bytes.count else { throw syntax("a string is not closed") }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                guard let text = String(validating: decoded, as: UTF8.self) else {
                    throw syntax("a string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { throw syntax("a string is not closed") }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try scanUnicodeEscape()
                    decoded.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    offset -= 2
                    throw syntax("\\\(String(decoding: [escape], as: UTF8.self)) is not a JSON escape")
                }
            default:
                if byte < 0x20 { throw syntax("a control character in a string must be escaped") }
                decoded.append(byte)
                offset += 1
            }
        }
    }

    /// Reads the four hex digits after `\u`, and a low surrogate's escape after a high one.
    private mutating func scanUnicodeEscape() throws(ReadFailure) -> Unicode.Scalar {
        let escapeStart = offset - 2
        let first = try scanHex()
        switch first {
        case 0xD800...0xDBFF:
            guard bytes.count - offset >= 6, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
            else {
                offset = escapeStart
                throw syntax("\\u\(String(first, radix: 16)) is a high surrogate without its low surrogate")
            }
            offset += 2
            let second = try scanHex()
            guard (0xDC00...0xDFFF).contains(second) else {
                offset = escapeStart
                throw syntax("\\u\(String(first, radix: 16)) is a high surrogate without its low surrogate")
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        case 0xDC00...0xDFFF:
            offset = escapeStart
            throw syntax("\\u\(String(first, radix: 16)) is a low surrogate without its high surrogate")
        default:
            return Unicode.Scalar(first)!
        }
    }

    private mutating func scanHex() throws(ReadFailure) -> UInt32 {
        guard bytes.count - offset >= 4 else { throw syntax("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw syntax("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    /// Scans a number by the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func scanNumber() throws(ReadFailure) {
        if peekByte() == UInt8(ascii: "-") { offset += 1 }
        switch peekByte() ?? 0 {
        case UInt8(ascii: "0"):
            offset += 1
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            skipDigits()
        default: throw syntax("expected a JSON value")
        }
        if peekByte() == UInt8(ascii: ".") {
            offset += 1
            guard try digitFollows() else { throw syntax("a number's fraction needs digits") }
        }
        if peekByte() == UInt8(ascii: "e") || peekByte() == UInt8(ascii: "E") {
            offset += 1
            if peekByte() == UInt8(ascii: "+") || peekByte() == UInt8(ascii: "-") { offset += 1 }
            guard try digitFollows() else { throw syntax("a number's exponent needs digits") }
        }
        if let byte = peekByte(), Self.continuesNumber(byte) { throw syntax("a number is not well-formed") }
    }

    private mutating func digitFollows() throws(ReadFailure) -> Bool {
        guard let byte = peekByte(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
        skipDigits()
        return true
    }

    private mutating func skipDigits() {
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
    }

    private static func continuesNumber(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
            UInt8(ascii: "+"), UInt8(ascii: "-"):
            true
        default: false
        }
    }
}
