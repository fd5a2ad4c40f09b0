import Foundation

extension JSONFileStore {
    /// The longest ID the store keeps, in bytes of UTF-8: 80 ASCII characters, or 26 Chinese characters.
    /// Its file name is then at most 245 bytes, within the 255 that file systems allow.
    public static let maximumIDBytes = 80

    /// The file name that holds a community, derived from its ID so that two IDs never share a file,
    /// even on a case-insensitive disk.
    ///
    /// The ID is brought to Unicode normalisation form C (so canonically equivalent IDs, which Swift
    /// treats as equal, name one file), then each UTF-8 byte is written as itself when it is a lowercase
    /// ASCII letter, digit, `-` or `_`; as `!` and the lowercase letter when it is an uppercase ASCII
    /// letter; and as `%` and two lowercase hex digits otherwise. `.json` is appended.
    /// `DG-01` → `!d!g-01.json`, `东关` → `%e4%b8%9c%e5%85%b3.json`. A name uses no uppercase letter, so no two
    /// names differ only by case, and none starts with `.`, which the store keeps for its own files.
    struct FileName: Hashable {
        /// The ID in normalisation form C (an ASCII ID is already in it).
        let id: String
        /// The file name, `<encoded ID>.json`.
        let name: String

        /// The file name of an ID.
        /// - Throws: ``StoreError`` with code `invalidID` when the ID cannot be stored (see ``JSONFileStore``).
        init(_ id: CommunityID) throws(StoreError) {
            let normalized =
                id.rawValue.utf8.allSatisfy { $0 < 0x80 }
                ? id.rawValue : id.rawValue.precomposedStringWithCanonicalMapping
            if let problem = Self.problem(with: normalized) {
                throw StoreError(
                    .invalidID, "the community ID \(StoreError.quoted(id.rawValue)) \(problem)", recordID: id.rawValue)
            }
            self.id = normalized
            self.name = Self.encode(normalized) + Self.suffix
        }

        /// The ID a file name holds, or `nil` when the name is not one the store writes.
        init?(decoding name: String) {
            guard name.hasSuffix(Self.suffix) else { return nil }
            var bytes: [UInt8] = []
            var input = Array(name.utf8.dropLast(Self.suffix.utf8.count))[...]
            while let byte = input.popFirst() {
                switch byte {
                case UInt8(ascii: "!"):
                    guard let letter = input.popFirst(), (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter)
                    else { return nil }
                    bytes.append(letter - 32)
                case UInt8(ascii: "%"):
                    guard input.count >= 2,
                        let value = UInt8(String(decoding: input.prefix(2), as: UTF8.self), radix: 16)
                    else { return nil }
                    input = input.dropFirst(2)
                    bytes.append(value)
                default:
                    bytes.append(byte)
                }
            }
            guard let text = String(validating: bytes, as: UTF8.self),
                let stored = try? FileName(CommunityID(text)), stored.name == name
            else { return nil }
            self = stored
        }

        /// The key two IDs share when they differ only by case: the normalised ID, lowercased.
        var caseFolded: String { id.lowercased() }

        private static let suffix = ".json"

        /// What makes an ID (in normalisation form C) impossible to store, or `nil` when nothing does.
        private static func problem(with id: String) -> String? {
            if id.isEmpty { return "is empty" }
            if id.utf8.count > JSONFileStore.maximumIDBytes {
                return "is \(id.utf8.count) bytes long, more than the \(JSONFileStore.maximumIDBytes) allowed"
            }
            if id == "." { return "is \".\"" }
            var afterDot = false
            for scalar in id.unicodeScalars {
                switch scalar.value {
                case 0x2F, 0x5C: return "contains \"\(scalar)\""
                case 0x2E where afterDot: return "contains \"..\""
                case 0x00...0x1F, 0x7F...0x9F:
                    return "contains the control character U+\(String(scalar.value, radix: 16, uppercase: true))"
                default: break
                }
                afterDot = scalar.value == 0x2E
            }
            return nil
        }

        private static func encode(_ id: String) -> String {
            var name: [UInt8] = []
            name.reserveCapacity(id.utf8.count * 3)
            let hex = Array("0123456789abcdef".utf8)
            for byte in id.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                    UInt8(ascii: "_"):
                    name.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    name += [UInt8(ascii: "!"), byte + 32]
                default:
                    name += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
            return String(decoding: name, as: UTF8.self)
        }
    }
}
