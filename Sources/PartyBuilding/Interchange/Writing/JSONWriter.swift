/// A writer of JSON into UTF-8 bytes, for the interchange format's own writers
/// (``InterchangeWritable``), byte for byte as Foundation's `JSONEncoder` writes with sorted keys:
/// compact (`{"a":[1,2]}`, `/` escaped as `\/`) or pretty-printed (two spaces an indent,
/// `"key" : value`, `/` as it is).
struct JSONWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    private let prettyPrinted: Bool
    /// The arrays and objects open around the writer's position.
    private var level = 0
    /// Whether nothing has been written yet in the innermost open array or object.
    private var atFirstElement = true

    /// A writer, compact or pretty-printed.
    init(prettyPrinted: Bool, capacity: Int = 0) {
        self.prettyPrinted = prettyPrinted
        bytes.reserveCapacity(capacity)
    }

    /// A writer of a run of elements inside an array open at `level` arrays and objects deep,
    /// after other elements or not: its bytes joined to those of the writer of the elements before
    /// are the bytes of one writer writing them all.
    init(prettyPrinted: Bool, insideArrayAt level: Int, afterElements: Bool) {
        self.prettyPrinted = prettyPrinted
        self.level = level
        atFirstElement = !afterElements
    }

    /// Appends a run of elements written by a writer of ``init(prettyPrinted:insideArrayAt:afterElements:)``.
    mutating func append(contentsOf run: [UInt8]) { bytes.append(contentsOf: run) }

    /// Records that the innermost array has elements, after runs of them were appended.
    mutating func markElementsWritten() { atFirstElement = false }

    // MARK: Structure

    /// Opens an object; write its fields with ``field(_:_:)-(_,InterchangeWritable)`` in ascending order of their keys.
    mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the innermost object.
    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array; start each element with ``nextElement()``.
    mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the next element of the innermost array.
    mutating func nextElement() {
        if !atFirstElement { bytes.append(UInt8(ascii: ",")) }
        atFirstElement = false
        if prettyPrinted { newLine() }
    }

    /// Writes a field's key; its value follows.
    mutating func key(_ key: StaticString) {
        nextElement()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        if prettyPrinted {
            bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
        } else {
            bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }
    }

    /// Writes a field.
    mutating func field<Value: InterchangeWritable>(_ name: StaticString, _ value: Value) {
        key(name)
        value.write(to: &self)
    }

    /// Writes a field when it has a value, as `encodeIfPresent` does.
    mutating func field<Value: InterchangeWritable>(_ name: StaticString, _ value: Value?) {
        guard let value else { return }
        key(name)
        value.write(to: &self)
    }

    // MARK: Values

    /// Writes text written in the code, such as `true`.
    mutating func writeRaw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes a whole number.
    mutating func write(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, minimumCount: 1)
    }

    /// Writes a whole number of hundredths, tenths … as the decimal it stands for, as `Decimal`
    /// writes it: `15050` hundredths is `150.5`, `5` is `0.05`, `100` is `1`.
    mutating func write(units: Int64, decimals: Int) {
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        var divisor: UInt64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        let magnitude = units.magnitude
        appendDigits(magnitude / divisor, minimumCount: 1)
        var fraction = magnitude % divisor
        guard fraction > 0 else { return }
        var places = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        bytes.append(UInt8(ascii: "."))
        appendDigits(fraction, minimumCount: places)
    }

    /// Writes a number of digits with leading zeros to `count`: a year, a month, a day.
    mutating func appendDigits(_ value: UInt64, minimumCount count: Int) {
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var length = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - length] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                length += 1
            } while rest > 0 || length < count
            bytes.append(contentsOf: buffer[(20 - length)...])
        }
    }

    /// Appends bytes that need no escaping, such as a date's digits and dashes.
    mutating func appendASCII(_ byte: UInt8) { bytes.append(byte) }

    /// Writes a string in quotes, escaping what JSON requires: the quote, the backslash, control
    /// characters (`\n`, `\t` …, the others as `\u001f`), and `/` in compact JSON.
    mutating func write(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard
                    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                        || (byte == UInt8(ascii: "/") && !prettyPrinted)
                else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(of: byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(of byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
                hex[Int(byte & 0xF)],
            ])
        }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        level += 1
        atFirstElement = true
    }

    private mutating func close(_ bracket: UInt8) {
        level -= 1
        if prettyPrinted {
            // An empty container is written with an empty line inside, as `JSONEncoder` does.
            if atFirstElement { bytes.append(0x0A) }
            newLine()
        }
        bytes.append(bracket)
        atFirstElement = false
    }

    private mutating func newLine() {
        bytes.append(0x0A)
        for _ in 0..<level { bytes.append(contentsOf: [0x20, 0x20]) }
    }
}
