/// A small deterministic generator (SplitMix64), so that a failure names a seed that reproduces it:
/// the property tests draw their inputs from it and never from the system's randomness.
struct Seeded: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 up to, not including, `bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A number of `range`, computed the same way on every platform and toolchain.
    mutating func value(in range: ClosedRange<Int64>) -> Int64 {
        range.lowerBound + Int64(bitPattern: next() % (UInt64(bitPattern: range.upperBound - range.lowerBound) + 1))
    }
}
