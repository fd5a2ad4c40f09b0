/// An index of a list of IDs, built faster than a `Set<String>` or a `Dictionary`: a community's
/// members are checked on every audit, a million of them in a city, and a seeded SipHash of each would
/// cost more than the rest of the validation together. It finds the first repeated ID and the position
/// of an ID (an attendee, a group member, a lecturer) in the list.
///
/// ASCII IDs are hashed with 64-bit FNV-1a over their bytes into an open-addressing table of indices;
/// a candidate is confirmed by comparing the IDs themselves (Swift `String` equality), so every answer
/// is exact.
struct IDTable {
    private var slots: [Int32]
    private let mask: Int
    /// The index of the first ID that repeats an earlier one, or `nil` when all are distinct.
    private(set) var firstRepeat: Int?

    /// Indexes `count` IDs, `id(0)` to `id(count - 1)`.
    init(count: Int, id: (Int) -> String) {
        var capacity = 8
        while capacity < count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
        for index in 0..<count {
            let text = id(index)
            var slot = Int(truncatingIfNeeded: Self.hash(text)) & mask
            var repeated = false
            while slots[slot] >= 0 {
                if id(Int(slots[slot])) == text {
                    repeated = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if repeated {
                if firstRepeat == nil { firstRepeat = index }
            } else {
                slots[slot] = Int32(index)
            }
        }
    }

    /// The index of the first ID equal to `text`, or `nil` when the list has none; `id` is the
    /// function the table was built with.
    func index(of text: String, id: (Int) -> String) -> Int? {
        var slot = Int(truncatingIfNeeded: Self.hash(text)) & mask
        while slots[slot] >= 0 {
            let candidate = Int(slots[slot])
            if id(candidate) == text { return candidate }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the bytes of an ASCII ID. Swift compares strings by canonical equivalence, so two
    /// equal non-ASCII IDs may differ in bytes: those take Swift's own hash, which agrees with `==`.
    private static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            guard byte < 0x80 else { return UInt64(bitPattern: Int64(text.hashValue)) }
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
