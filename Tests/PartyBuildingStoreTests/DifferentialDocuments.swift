import Foundation
import PartyBuilding
import PartyBuildingStoreConformance
import PartyBuildingSynthetic

@testable import PartyBuilding

/// A seeded generator of interchange documents for the differential tests: real communities of
/// every record kind, written in the many ways JSON allows (whitespace, key order, escapes, number
/// forms, unknown keys, trailing commas), then broken in the ways files break (a value of the wrong
/// kind or at its limit, a key removed, truncation, a byte changed).
struct DifferentialDocuments {
    /// A SplitMix64 stream: the same seed gives the same documents.
    struct Stream {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

        mutating func pick<Element>(_ elements: [Element]) -> Element { elements[below(elements.count)] }
    }

    /// The communities the documents are made of: the conformance kit's fixtures (every record kind,
    /// every optional field set and unset, values at their extremes) and communities of the synthetic
    /// city cut to a few records each.
    static let communities: [Community] = {
        var communities = [
            ConformanceFixtures.rich(), ConformanceFixtures.minimal(), ConformanceFixtures.extremes(),
            ConformanceFixtures.variant(3, id: "CF-variant"), SampleCommunities.governed,
        ]
        for var community in SyntheticCity(communities: 12, seed: 77).communities {
            community.members = Array(community.members.prefix(4))
            community.meetings = Array(community.meetings.prefix(4))
            community.receptionDays = Array(community.receptionDays.prefix(2))
            communities.append(community)
        }
        return communities
    }()

    /// Each community as a JSON tree, as `JSONEncoder` writes it.
    static let trees: [JSONValue] = communities.map { community in
        let data = try! JSONEncoder().encode(community)
        return try! JSONDecoder().decode(JSONValue.self, from: data)
    }

    var stream: Stream
    /// Whether unknown values may be nested beyond the limit (in altered documents).
    private var mayBreakNesting = false

    /// A generator of seed `seed`.
    init(seed: UInt64) { stream = Stream(state: seed) }

    /// A valid document: one to three communities written in a random valid way.
    mutating func validDocument() -> Data {
        var trees: [JSONValue] = []
        for _ in 0...stream.below(3) { trees.append(stream.pick(Self.trees)) }
        return Data(text(of: document(of: trees)).utf8)
    }

    /// A document that may be invalid: a valid one with one change of meaning, or broken as bytes.
    mutating func alteredDocument() -> Data {
        mayBreakNesting = true
        defer { mayBreakNesting = false }
        var tree = document(of: [stream.pick(Self.trees)])
        switch stream.below(4) {
        case 0:
            var bytes = Array(text(of: tree).utf8)
            bytes.removeLast(1 + stream.below(max(1, bytes.count - 1)))
            return Data(bytes)
        case 1:
            var bytes = Array(text(of: tree).utf8)
            bytes[stream.below(bytes.count)] = stream.pick(Self.corruptions)
            return Data(bytes)
        default:
            alter(&tree, depth: 0)
            return Data(text(of: tree).utf8)
        }
    }

    /// Bytes a corruption writes: syntax, quotes, digits, letters, and bytes that are not UTF-8.
    static let corruptions: [UInt8] = Array("{}[],:\"\\0123456789-+.eEtfnx \n".utf8) + [0x00, 0x1F, 0x80, 0xC0, 0xFF]

    /// The document around the communities.
    private func document(of communities: [JSONValue]) -> JSONValue {
        .object([
            "communities": .array(communities), "format": .string(CommunityDataset.format),
            "schemaVersion": .number(Decimal(CommunityDataset.currentSchemaVersion)),
        ])
    }

    // MARK: Changes of meaning

    /// Changes one value somewhere below `tree` (never the format marker or the version).
    private mutating func alter(_ tree: inout JSONValue, depth: Int) {
        switch tree {
        case .object(var members) where !members.isEmpty:
            let keys = members.keys.sorted().filter { $0 != "format" && $0 != "schemaVersion" }
            guard let key = keys.isEmpty ? nil : stream.pick(keys) else { return }
            if stream.chance(depth > 1 ? 30 : 5) {
                if stream.chance(50) { members[key] = nil } else { members[key] = replacement(for: members[key]!) }
            } else {
                alter(&members[key]!, depth: depth + 1)
            }
            tree = .object(members)
        case .array(var elements) where !elements.isEmpty:
            let index = stream.below(elements.count)
            if stream.chance(20) {
                elements[index] = replacement(for: elements[index])
            } else {
                alter(&elements[index], depth: depth + 1)
            }
            tree = .array(elements)
        default:
            tree = replacement(for: tree)
        }
    }

    /// Another value in place of `value`: another kind, or a number or text at a limit.
    private mutating func replacement(for value: JSONValue) -> JSONValue {
        switch stream.below(10) {
        case 0: return .null
        case 1: return .bool(stream.chance(50))
        case 2:
            return .string(stream.pick(["", " ", "x", "2025-02-29", "2025-13-01", "2025-06", "existing", "\u{200B}"]))
        case 3: return .array(stream.chance(50) ? [] : [value])
        case 4: return .object(stream.chance(50) ? [:] : ["x": value])
        default:
            let limits = [
                "0", "-1", "1.5", "0.005", "1.005", "2147483648", "9223372036854775807", "9223372036854775808",
                "-9223372036854775808", "1e18", "1e-30",
                "100000", "3.14159",
            ]
            return .number(Decimal(string: stream.pick(limits))!)
        }
    }

    // MARK: Writing in many ways

    /// The JSON text of `value`, written in a random valid way.
    private mutating func text(of value: JSONValue) -> String {
        var text = stream.chance(5) ? "\u{FEFF}" : ""
        text += space()
        write(value, into: &text, depth: 0)
        text += space()
        return text
    }

    private mutating func space() -> String {
        stream.chance(70) ? "" : stream.pick([" ", "\n", "\r\n", "\t", "  \n    "])
    }

    private mutating func write(_ value: JSONValue, into text: inout String, depth: Int) {
        switch value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .number(let number): text += numberText(number)
        case .string(let string): text += stringText(string)
        case .array(let elements):
            text += "[" + space()
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," + space() }
                write(element, into: &text, depth: depth + 1)
            }
            if !elements.isEmpty, stream.chance(3) { text += "," }
            text += space() + "]"
        case .object(let members):
            text += "{" + space()
            var keys = members.keys.sorted()
            if stream.chance(50) { keys.shuffle(using: &self.stream) }
            var entries = keys.map { ($0, members[$0]!) }
            if depth < 20, stream.chance(10) {
                entries.insert(unknownMember(depth: depth), at: stream.below(entries.count + 1))
            }
            if let first = entries.first, stream.chance(2) { entries.append((first.0, .string("a duplicate"))) }
            for (index, (key, member)) in entries.enumerated() {
                if index > 0 { text += "," + space() }
                text += stringText(key) + space() + ":" + space()
                write(member, into: &text, depth: depth + 1)
            }
            if !entries.isEmpty, stream.chance(3) { text += "," }
            text += space() + "}"
        }
    }

    /// A key no schema version has, with a value of any shape, at times nested deeply.
    private mutating func unknownMember(depth: Int) -> (String, JSONValue) {
        var value: JSONValue = .string("未知 \u{1F600}")
        // At times right at the limit of 512 arrays and objects around the deepest value, and in an
        // altered document at times one beyond.
        let limit = JSONReader.maximumDepth - depth - 1
        let nesting =
            stream.chance(10) ? limit - stream.below(2) + (mayBreakNesting ? stream.below(2) : 0) : stream.below(4)
        for level in 0..<nesting { value = level % 2 == 0 ? .array([value]) : .object(["k": value]) }
        return ("unknownKey\(stream.below(100))", value)
    }

    /// A string with characters escaped at random: `\uXXXX`, surrogate pairs, `\/`, short escapes.
    private mutating func stringText(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += stream.chance(50) ? "\\t" : "\\u0009"
            case _ where scalar.value < 0x20: text += String(format: "\\u%04x", scalar.value)
            case "/" where stream.chance(50): text += "\\/"
            case _ where stream.chance(8):
                if scalar.value > 0xFFFF {
                    let value = scalar.value - 0x10000
                    text += String(format: "\\u%04X\\u%04x", 0xD800 + (value >> 10), 0xDC00 + (value & 0x3FF))
                } else {
                    text += String(format: stream.chance(50) ? "\\u%04x" : "\\u%04X", scalar.value)
                }
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    /// A number written in one of the forms of the same value: `150.5`, `1.505e2`, `15050E-2`, `150.50`.
    private mutating func numberText(_ number: Decimal) -> String {
        let plain = "\(number)"
        // Beyond 15 significant digits `JSONDecoder` reads a fraction or exponent through `Double`
        // and so rounds it, where the reader reads it exactly: such numbers stay plain.
        guard stream.chance(30), !plain.contains("e"), plain.filter(\.isNumber).count <= 15 else { return plain }
        let negative = plain.hasPrefix("-")
        let digits = negative ? String(plain.dropFirst()) : plain
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let sign = negative ? "-" : ""
        switch stream.below(4) {
        case 0: return plain + (fraction.isEmpty ? ".0" : "0")
        case 1:
            // All digits, with a negative exponent.
            let all = (whole + fraction).drop { $0 == "0" }
            return sign + (all.isEmpty ? "0" : String(all)) + "E-\(fraction.count)"
        case 2:
            guard whole.count > 1, whole.first != "0" else { return plain }
            return sign + String(whole.prefix(1)) + "." + String(whole.dropFirst()) + fraction + "e+\(whole.count - 1)"
        default:
            return plain + "e0"
        }
    }
}

extension DifferentialDocuments.Stream: RandomNumberGenerator {}
