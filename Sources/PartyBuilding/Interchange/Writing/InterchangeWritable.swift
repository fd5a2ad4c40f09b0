/// A value that writes itself as the interchange format's JSON with a ``JSONWriter``, giving the
/// same bytes as its `Encodable` conformance under a `JSONEncoder` with sorted keys.
///
/// An object's writer lists its fields in ascending order of their keys, and writes an absent
/// optional not at all, as `encodeIfPresent` does.
protocol InterchangeWritable {
    /// Writes the value at the writer's position.
    func write(to writer: inout JSONWriter)
}

extension String: InterchangeWritable {
    func write(to writer: inout JSONWriter) { writer.write(self) }
}

extension Bool: InterchangeWritable {
    func write(to writer: inout JSONWriter) { writer.writeRaw(self ? "true" : "false") }
}

extension Int64: InterchangeWritable {
    func write(to writer: inout JSONWriter) { writer.write(self) }
}

extension Int: InterchangeWritable {
    func write(to writer: inout JSONWriter) { writer.write(Int64(self)) }
}

extension Array: InterchangeWritable where Element: InterchangeWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self {
            writer.nextElement()
            element.write(to: &writer)
        }
        writer.endArray()
    }
}
