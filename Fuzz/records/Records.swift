import Foundation
import FuzzSupport
import PartyBuilding
import PartyBuildingSynthetic

/// A JSON document as a tree that a mutation can change anywhere; numbers keep their text.
private indirect enum Tree: Decodable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([Tree])
    case object([(key: String, value: Tree)])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .number("\(value)")
        } else if let value = try? container.decode([Tree].self) {
            self = .array(value)
        } else {
            self = .object(
                try container.decode([String: Tree].self).sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
    }

    /// The tree as JSON text.
    var json: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let text): text
        case .string(let text): Self.quoted(text)
        case .array(let elements): "[" + elements.map(\.json).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.map { Self.quoted($0.key) + ":" + $0.value.json }.joined(separator: ",") + "}"
        }
    }

    /// A string as a JSON string literal.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The number of nodes, the tree itself included.
    var size: Int {
        switch self {
        case .array(let elements): 1 + elements.reduce(0) { $0 + $1.size }
        case .object(let members): 1 + members.reduce(0) { $0 + $1.value.size }
        default: 1
        }
    }

    /// Every string and every number in the tree, which mutations reuse (IDs that other records refer to).
    func collect(strings: inout [String], numbers: inout [String]) {
        switch self {
        case .string(let text): strings.append(text)
        case .number(let text): numbers.append(text)
        case .array(let elements): for element in elements { element.collect(strings: &strings, numbers: &numbers) }
        case .object(let members): for member in members { member.value.collect(strings: &strings, numbers: &numbers) }
        default: break
        }
    }

    /// The tree with the node at pre-order position `target` changed by `change`; a change that
    /// returns `nil` removes the node from its array or object (the root is never removed).
    func changing(at target: Int, _ change: (Tree) -> Tree?) -> Tree {
        var position = target
        return changing(&position, change) ?? self
    }

    private func changing(_ position: inout Int, _ change: (Tree) -> Tree?) -> Tree? {
        if position == 0 {
            position = -1
            return change(self)
        }
        position -= 1
        switch self {
        case .array(var elements):
            var index = 0
            while index < elements.count && position >= 0 {
                if let changed = elements[index].changing(&position, change) {
                    elements[index] = changed
                    index += 1
                } else {
                    elements.remove(at: index)
                }
            }
            return .array(elements)
        case .object(var members):
            var index = 0
            while index < members.count && position >= 0 {
                if let changed = members[index].value.changing(&position, change) {
                    members[index].value = changed
                    index += 1
                } else {
                    members.remove(at: index)
                }
            }
            return .object(members)
        default:
            return self
        }
    }
}

/// The sample communities, every record kind among them, each as the tree of a one-community dataset.
private let samples: [Tree] = (SampleCommunities.all + [SampleCommunities.governed]).map { community in
    do {
        return try JSONDecoder().decode(Tree.self, from: try CommunityDataset([community]).encoded())
    } catch {
        fatalError("the sample community \(community.id) cannot be encoded: \(error)")
    }
}

/// The strings and numbers of the samples.
private let pool: (strings: [String], numbers: [String]) = {
    var strings: [String] = []
    var numbers: [String] = []
    for sample in samples { sample.collect(strings: &strings, numbers: &numbers) }
    return (strings, numbers)
}()

/// Numbers at the edges: zero, signs, the 100-member step of the activity fund, fractions finer than a
/// fen, and magnitudes that overflow.
private let edgeNumbers = [
    "0", "-1", "1", "2", "99", "100", "101", "0.005", "0.01", "-0.01", "1000000000", "1000000000000",
    "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e300", "1.5", "1e-300",
]

/// Strings at the edges: empty, blank, invisible, dates at and past the calendar's ends, and a long one.
private let edgeStrings = [
    "", " ", "\u{200B}", "\u{202E}x", "2025-12-31", "2026-01-01", "1900-01-01", "2200-12-31", "0001-01-01",
    "9999-12-31", "2025-02-29", "2024-02-29", "2025-13-01", "not a value", String(repeating: "长", count: 10_000),
]

/// Record validation and audit over structured inputs: the first byte picks a sample community and
/// every further three bytes one change to one node of its interchange tree (pre-order position from
/// two bytes, the change from the third): an edge number or string, a number or string of the samples
/// (so references to other records stay plausible), a flipped boolean, `null`, a removal, a copy of an
/// array's element, or a small integer. The changed document is read, validated and audited as the
/// interchange target does, so the fuzzer explores records that are nearly valid.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecords(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = input(start, count)
    var bytes = data[...]
    guard let choice = bytes.popFirst() else { return 0 }
    var tree = samples[Int(choice) % samples.count]
    while bytes.count >= 3 {
        let high = Int(bytes.removeFirst())
        let low = Int(bytes.removeFirst())
        let change = Int(bytes.removeFirst())
        tree = tree.changing(at: (high << 8 | low) % tree.size) { node in mutate(node, change) }
    }
    guard let dataset = try? CommunityDataset.decode(Data(tree.json.utf8), file: "records.json") else { return 0 }
    validateAndAudit(dataset.communities)
    return 0
}

/// A node changed as `change` (a byte) says: its low three bits choose the kind of change, the rest
/// which value.
private func mutate(_ node: Tree, _ change: Int) -> Tree? {
    let which = change >> 3
    switch change & 7 {
    case 0: return .number(edgeNumbers[which % edgeNumbers.count])
    case 1: return .string(edgeStrings[which % edgeStrings.count])
    case 2: return pool.numbers.isEmpty ? node : .number(pool.numbers[which * 7919 % pool.numbers.count])
    case 3: return pool.strings.isEmpty ? node : .string(pool.strings[which * 7919 % pool.strings.count])
    case 4:
        if case .bool(let value) = node { return .bool(!value) }
        return .null
    case 5: return nil
    case 6:
        if case .array(let elements) = node, !elements.isEmpty {
            return .array(elements + [elements[which % elements.count]])
        }
        return node
    default: return .number("\(which - 16)")
    }
}
