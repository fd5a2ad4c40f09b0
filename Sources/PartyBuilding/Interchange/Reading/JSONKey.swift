import Foundation

/// A key of an object as the reader met it: the bytes of a key written in plain ASCII (most keys),
/// which the model readers match against their keys without making a `String`, or the text of a
/// key written with escapes or other characters.
///
/// Valid while the reader's bytes are: a reader hands a key to the code reading the object's
/// value and does not keep it.
struct JSONKey {
    /// The bytes of a plain ASCII key, when the key is one.
    private let bytes: UnsafeBufferPointer<UInt8>?
    /// The text of any other key.
    private let decoded: String

    /// A key of plain ASCII bytes.
    init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        decoded = ""
    }

    /// A key with its text.
    init(_ text: String) {
        bytes = nil
        decoded = text
    }

    /// The key's text.
    var text: String { bytes.map { String(decoding: $0, as: UTF8.self) } ?? decoded }

    /// Whether the key is `pattern`: `case "id":` in a model reader's `switch`.
    static func ~= (pattern: StaticString, key: JSONKey) -> Bool { key == pattern }

    /// Whether the key is `text`.
    static func == (key: JSONKey, text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard let bytes = key.bytes else {
            return key.decoded.utf8.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: count))
        }
        return bytes.count == count && memcmp(bytes.baseAddress!, text.utf8Start, count) == 0
    }

    /// Whether two keys are the same text.
    static func == (lhs: JSONKey, rhs: JSONKey) -> Bool {
        if let left = lhs.bytes, let right = rhs.bytes {
            return left.count == right.count && memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
        }
        return lhs.text == rhs.text
    }
}
