import Foundation
import Testing

@testable import PartyBuilding

/// Reads `data` with the interchange reader as one value of `type`, checking that nothing follows it.
func interchangeRead<Value: InterchangeReadable>(_ type: Value.Type, from data: Data) -> Result<Value, ReadFailure> {
    data.withUnsafeBytes { raw in
        var reader = JSONReader(raw.bindMemory(to: UInt8.self))
        do throws(ReadFailure) {
            let value = try Value(reading: &reader)
            try reader.expectEnd()
            return .success(value)
        } catch {
            return .failure(error)
        }
    }
}

/// Writes `value` with the interchange writer.
func interchangeWrite<Value: InterchangeWritable>(_ value: Value, prettyPrinted: Bool) -> Data {
    var writer = JSONWriter(prettyPrinted: prettyPrinted)
    value.write(to: &writer)
    return Data(writer.bytes)
}

/// Checks that the interchange reader and `JSONDecoder` agree on `json`: both read equal values,
/// or both refuse it (and then, for a document that is well-formed JSON, name the same field).
func expectSameReading<Value: InterchangeReadable & Decodable & Equatable>(
    _ type: Value.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    expectSameReading(type, Data(json.utf8), sourceLocation: sourceLocation)
}

/// Checks that the interchange reader and `JSONDecoder` agree on `data`.
func expectSameReading<Value: InterchangeReadable & Decodable & Equatable>(
    _ type: Value.Type, _ data: Data, sourceLocation: SourceLocation = #_sourceLocation
) {
    let fast = interchangeRead(type, from: data)
    let foundation = Result { try JSONDecoder().decode(type, from: data) }
    let text = String(decoding: data.prefix(300), as: UTF8.self)
    switch (fast, foundation) {
    case (.success(let mine), .success(let theirs)):
        #expect(mine == theirs, "\(text)", sourceLocation: sourceLocation)
    case (.failure, .failure): break
    case (.success(let mine), .failure(let error)):
        Issue.record(
            "the reader read \(mine) from \(text), JSONDecoder refused it: \(error)", sourceLocation: sourceLocation)
    case (.failure(let error), .success(let theirs)):
        Issue.record(
            "the reader refused \(text) (\(error.problem) at \(error.field ?? "the root")), JSONDecoder read \(theirs)",
            sourceLocation: sourceLocation)
    }
}

/// Checks that the interchange writer writes `value` byte for byte as `JSONEncoder` with sorted keys
/// does, compact and pretty-printed, and that reading it back gives `value`.
func expectSameWriting<Value: InterchangeWritable & InterchangeReadable & Encodable & Equatable>(
    _ value: Value, sourceLocation: SourceLocation = #_sourceLocation
) {
    for pretty in [false, true] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
        guard let expected = try? encoder.encode(value) else {
            Issue.record("JSONEncoder cannot encode \(value)", sourceLocation: sourceLocation)
            continue
        }
        let written = interchangeWrite(value, prettyPrinted: pretty)
        #expect(
            String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
            sourceLocation: sourceLocation)
        let back = interchangeRead(Value.self, from: written)
        #expect(
            (try? back.get()) == value, "reading back \(String(decoding: written, as: UTF8.self))",
            sourceLocation: sourceLocation)
    }
}
