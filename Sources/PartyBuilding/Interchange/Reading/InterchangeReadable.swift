/// A value that reads itself from the interchange format's JSON with a ``JSONReader``, accepting
/// the same documents, with the same values and the same errors, as its `Decodable` conformance.
///
/// An object's reader follows one pattern: a local for each field, filled by
/// ``JSONReader/read(_:)`` or ``JSONReader/readRequired(_:)`` as the keys come, unknown keys skipped,
/// and the required fields checked after the object with ``ReadFailure/missing(_:at:)``.
protocol InterchangeReadable {
    /// Reads the value that starts at the reader's offset.
    init(reading reader: inout JSONReader) throws(ReadFailure)
}

extension JSONReader {
    /// Reads a field that may be absent or `null` (both leave `slot` nil). A key that appears a
    /// second time in an object is skipped, so its first value counts, as in `JSONDecoder`.
    mutating func read<Value: InterchangeReadable>(_ slot: inout Value?) throws(ReadFailure) {
        guard slot == nil else { return try skipValue() }
        if try readNullIfPresent() { return }
        slot = try Value(reading: &self)
    }

    /// Reads a field that must not be `null`; its absence is checked after the object.
    mutating func readRequired<Value: InterchangeReadable>(_ slot: inout Value?) throws(ReadFailure) {
        guard slot == nil else { return try skipValue() }
        slot = try Value(reading: &self)
    }
}

extension ReadFailure {
    /// The failure for a required field absent from the object that starts at `offset`.
    static func missing(_ key: String, at offset: Int) -> ReadFailure {
        ReadFailure(.missingField, at: offset).inside(.key(key))
    }

    /// The failure for a value that is well-formed but not allowed, with the reason a model's
    /// `Decodable` conformance gives.
    static func invalid(_ reason: String, at offset: Int) -> ReadFailure {
        ReadFailure(.invalidValue(reason), at: offset)
    }
}

extension String: InterchangeReadable {
    init(reading reader: inout JSONReader) throws(ReadFailure) { self = try reader.readString() }
}

extension Bool: InterchangeReadable {
    init(reading reader: inout JSONReader) throws(ReadFailure) { self = try reader.readBool() }
}

extension Int64: InterchangeReadable {
    init(reading reader: inout JSONReader) throws(ReadFailure) { self = try reader.readInt64() }
}

extension Int: InterchangeReadable {
    init(reading reader: inout JSONReader) throws(ReadFailure) { self = Int(try reader.readInt64()) }
}

extension Array: InterchangeReadable where Element: InterchangeReadable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        var elements: [Element] = []
        try reader.readArray { reader throws(ReadFailure) in elements.append(try Element(reading: &reader)) }
        self = elements
    }
}

/// A code of the format written as its raw string (`"existing"`, `"month"`), read and written by
/// its raw value.
protocol InterchangeCode: RawRepresentable, InterchangeReadable, InterchangeWritable where RawValue == String {}

extension InterchangeCode {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        let text = try reader.readString()
        guard let value = Self(rawValue: text) else {
            // The words of the standard library's `Decodable` conformance of a raw-value enum.
            throw .invalid("Cannot initialize \(Self.self) from invalid String value \(text)", at: start)
        }
        self = value
    }

    func write(to writer: inout JSONWriter) { writer.write(rawValue) }
}
