/// One numbered stream of the portable pseudo-random recipe that every synthetic input comes from.
///
/// Element `i` (0-based) of stream `s` under a seed is, in 64-bit wrapping arithmetic:
///
/// ```
/// z = (seed + (s << 32) + i + 1) × 0x9E3779B97F4A7C15
/// z = (z ^ (z >> 30)) × 0xBF58476D1CE4E5B9
/// z = (z ^ (z >> 27)) × 0x94D049BB133111EB
/// z = z ^ (z >> 31)
/// value = lo + z mod (hi − lo + 1)
/// ```
///
/// The recipe has no state, so any element can be computed on its own, in any order, on any thread,
/// and another implementation that follows it regenerates exactly the same inputs.
///
/// ```swift
/// let members = SyntheticStream(seed: 20_110_101, number: 0)
/// members.value(at: 0, in: 0...400)   // 42
/// members.value(at: 1, in: 0...400)   // 96
/// ```
public struct SyntheticStream: Sendable, Hashable {
    /// The seed the figures and the benchmarks use: 20110101, the year of the Suzhou opinion.
    public static let defaultSeed: UInt64 = 20_110_101

    /// The seed shared by every stream of a run.
    public var seed: UInt64
    /// The stream's number `s`; distinct numbers give independent streams.
    public var number: UInt64

    /// Creates stream `number` under `seed`.
    public init(seed: UInt64, number: UInt64) {
        self.seed = seed
        self.number = number
    }

    /// The raw 64-bit output for element `index` (the recipe before the range reduction).
    @inlinable
    public func bits(at index: Int) -> UInt64 {
        var z = (seed &+ (number &<< 32) &+ UInt64(truncatingIfNeeded: index) &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }

    /// Element `index` reduced to `range`: `range.lowerBound + bits mod range.count`.
    @inlinable
    public func value(at index: Int, in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(bits(at: index) % width)
    }
}
