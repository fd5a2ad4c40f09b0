/// Finds the first repeated ID in a list of IDs faster than a `Set<String>`: a community's members are
/// checked on every audit, a million of them in a city, and a seeded SipHash of each would cost more
/// than the rest of the validation together.
///
/// ASCII IDs are hashed with 64-bit FNV-1a over their bytes into an open-addressing table of indices;
/// a candidate is confirmed by comparing the IDs themselves (Swift `String` equality), so the answer is exact.
struct DuplicateIDDetector {
    /// The index of the first ID that repeats an earlier one, or `nil` when all are distinct.
    static func firstRepeat(count: Int, id: (Int) -> String) -> Int? {
        guard count > 1 else { return nil }
        var capacity = 8
        while capacity < count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        for index in 0..<count {
            let text = id(index)
            var slot = Int(truncatingIfNeeded: hash(text)) & mask
            while slots[slot] >= 0 {
                if id(Int(slots[slot])) == text { return index }
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(index)
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
