/// The five portable input streams of the scale issue for `count` communities, held as one array
/// per stream (struct of arrays), ready for the formulas to sweep.
///
/// Element `i` of each array is element `i` of its ``CityStream`` (0–4) under the seed:
///
/// | Array | Stream | Range |
/// |---|---|---|
/// | ``members`` | 0 | 0…400 members whose relationship the community holds |
/// | ``residents`` | 1 | 500…30000 residents |
/// | ``residentialFloorArea`` | 2 | 20000…600000 whole m² |
/// | ``averageWage`` | 3 | 60000…120000 CNY, last year's local average urban wage |
/// | ``staffAveragePay`` | 4 | 60000…120000 CNY, the full-time staff's average pay |
///
/// ```swift
/// let inputs = FormulaInputs(count: 3)
/// inputs.members   // [42, 96, 283]
/// ```
public struct FormulaInputs: Sendable, Hashable {
    /// The seed of the streams.
    public let seed: UInt64
    /// Members whose organisational relationship the community holds (stream 0).
    public let members: [Int]
    /// Residents (stream 1).
    public let residents: [Int]
    /// Above-ground residential floor area in whole square metres (stream 2).
    public let residentialFloorArea: [Int]
    /// Last year's local average urban wage in whole CNY (stream 3).
    public let averageWage: [Int]
    /// The full-time staff's average pay in whole CNY (stream 4).
    public let staffAveragePay: [Int]

    /// The inclusive range of each of the five streams, in stream order.
    public static let ranges: [CityStream: ClosedRange<Int>] = [
        .members: 0...400, .residents: 500...30_000, .residentialFloorArea: 20_000...600_000,
        .averageWage: 60_000...120_000, .staffAveragePay: 60_000...120_000,
    ]

    /// Generates the inputs of `count` communities from the streams under `seed`.
    /// - Precondition: `count` is not negative.
    public init(count: Int, seed: UInt64 = SyntheticStream.defaultSeed) {
        precondition(count >= 0, "a negative number of communities")
        func column(_ stream: CityStream) -> [Int] {
            let source = stream.stream(seed: seed)
            let range = Self.ranges[stream]!
            return (0..<count).map { source.value(at: $0, in: range) }
        }
        self.seed = seed
        members = column(.members)
        residents = column(.residents)
        residentialFloorArea = column(.residentialFloorArea)
        averageWage = column(.averageWage)
        staffAveragePay = column(.staffAveragePay)
    }

    /// The number of communities.
    public var count: Int { members.count }
}
