// Release-mode benchmarks of PartyBuildingKit: swift run -c release party-building-benchmarks [--quick]
// See Benchmarks/README.md for what each line means.
import Foundation
import PartyBuilding
import PartyBuildingSynthetic

/// Every pack the library has; the audits run under each alone and, when there are several, all together.
let libraryPacks: [PolicyPack] = PolicyPack.builtIn

let options: BenchmarkOptions
do {
    options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch .helpRequested {
    print(BenchmarkOptions.usage)
    exit(0)
} catch {
    FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n\n\(BenchmarkOptions.usage)\n".utf8))
    exit(2)
}

#if DEBUG
    print("warning: a debug build; run `swift run -c release party-building-benchmarks` for meaningful figures")
#endif
let cores = ProcessInfo.processInfo.activeProcessorCount
print("PartyBuildingKit benchmarks: \(cores) cores, seed \(options.seed), \(options.runs) timed runs after a warm-up")
print("packs: \(libraryPacks.map(\.id).joined(separator: ", ")); times are wall-clock, median and best of the runs\n")

var packSets = libraryPacks.map { [$0] }
if libraryPacks.count > 1 { packSets.append(libraryPacks) }
let calculators = try FormulaCalculators(
    ParameterValues(packs: libraryPacks, scenario: nil, for: .year(2025)))

var formulaRuns: [FormulaBenchmark] = []
for size in options.formulaSizes {
    let result = try await FormulaBenchmark.run(
        communities: size, seed: options.seed, runs: options.runs, calculators: calculators)
    print(result.row)
    print(result.json)
    formulaRuns.append(result)
}

var cityRuns: [CityBenchmark] = []
for size in options.citySizes {
    let result = try await CityBenchmark.run(
        communities: size, seed: options.seed, runs: options.runs, packSets: packSets, stores: options.stores)
    for row in result.rows { print(row) }
    print(result.json)
    print(result.recordsJSON)
    print(result.governance.json)
    print(result.development.json)
    if let formulas = formulaRuns.first(where: { $0.communities == size }), formulas.sums != result.sums {
        throw BenchmarkFailure("the city's records give other formula sums than the streams (\(size) communities)")
    }
    cityRuns.append(result)
}

var interchangeRuns: [InterchangeBenchmark] = []
for size in options.interchangeSizes {
    for result in try await InterchangeBenchmark.run(
        communities: size, seed: options.seed, runs: options.runs, foundationRuns: options.foundationRuns)
    {
        for row in result.rows { print(row) }
        print(result.json)
        interchangeRuns.append(result)
    }
}

var storeCityRuns: [StoreCityBenchmark] = []
for size in options.storeCitySizes {
    let result = try await StoreCityBenchmark.run(communities: size, seed: options.seed, runs: min(options.runs, 3))
    print(result.row)
    print(result.json)
    storeCityRuns.append(result)
}

let storeRuns = try await StoreBenchmark.run(kinds: options.stores, seed: options.seed, runs: min(options.runs, 3))
for result in storeRuns {
    print(result.row)
    print(result.json)
}

/// A target of the scale and Party-life issues and whether the run met it.
struct Target {
    let name: String
    let measured: String
    let met: Bool

    /// A time target: the median `milliseconds` at most `limit` milliseconds.
    init(_ name: String, milliseconds: Double, atMost limit: Double) {
        self.init(name: name, measured: "\(format(milliseconds)) ms", met: milliseconds <= limit)
    }

    init(name: String, measured: String, met: Bool) {
        self.name = name
        self.measured = measured
        self.met = met
    }
}
var targets: [Target] = []

/// The target that 10× the communities cost at most 11× the time; prints the growth's JSON line.
func growth(
    _ measure: String, from small: Int, _ smallMilliseconds: Double, to large: Int, _ largeMilliseconds: Double
) -> Target {
    let ratio = largeMilliseconds / smallMilliseconds
    print(
        jsonLine([
            ("kind", jsonString("growth")), ("measure", jsonString(measure)), ("from", "\(small)"), ("to", "\(large)"),
            ("ratio", String(format: "%.3f", ratio)),
        ]))
    return Target(
        name: "\(measure) \(small) → \(large) ≤ 11×", measured: String(format: "%.2f×", ratio), met: ratio <= 11)
}

if let million = formulaRuns.first(where: { $0.communities == 1_000_000 }) {
    targets.append(Target("formulas, 1,000,000 communities ≤ 15 ms", milliseconds: million.timings.median, atMost: 15))
}
for result in storeRuns {
    targets.append(
        Target("\(result.store) saves \(result.members) members ≤ 2 s", milliseconds: result.save.median, atMost: 2000))
    targets.append(Target("\(result.store) loads them ≤ 1 s", milliseconds: result.load.median, atMost: 1000))
}
for result in storeCityRuns where result.communities >= 10_000 {
    let city = "\(result.members) members"
    targets.append(Target("JSONFileStore saves \(city) ≤ 3 s", milliseconds: result.save.median, atMost: 3000))
    targets.append(Target("JSONFileStore loads \(city) ≤ 1.5 s", milliseconds: result.load.median, atMost: 1500))
    targets.append(
        Target(
            "JSONFileStore saves one into \(result.communities) ≤ 20 ms", milliseconds: result.saveOne.median,
            atMost: 20))
}
for result in interchangeRuns {
    let city = "\(result.members) members" + (result.withRecords ? " with records" : "")
    if let speedup = result.decodeSpeedup {
        targets.append(
            Target(
                name: "decode \(city) ≥ 10× JSONDecoder", measured: String(format: "%.1f×", speedup), met: speedup >= 10
            ))
    }
    if let speedup = result.encodeSpeedup {
        targets.append(
            Target(
                name: "encode \(city) ≥ 10× JSONEncoder", measured: String(format: "%.1f×", speedup), met: speedup >= 10
            ))
    }
    // The city of about 1,000,000 members (4,802 communities: 997,665).
    if !result.withRecords, result.members >= 990_000 {
        targets.append(Target("decode \(city) ≤ 1 s", milliseconds: result.decode.median, atMost: 1000))
    }
    if let models = result.modelBytes, let peak = result.decodePeakBytes {
        targets.append(
            Target(
                name: "decode peak \(city) ≤ 2× the models", measured: "\(mebibytes(peak)) / \(mebibytes(models))",
                met: peak <= 2 * models))
    }
}
if let city = cityRuns.first(where: { $0.communities == 10_000 }), let audit = city.audits.last {
    targets.append(
        Target(
            "audit with a year of records, 10,000 communities ≤ 1.5 s", milliseconds: audit.timings.median,
            atMost: 1500))
    targets.append(Target("what-if, 10,000 communities ≤ 100 ms", milliseconds: city.whatIf.median, atMost: 100))
}
if let largest = cityRuns.max(by: { $0.members < $1.members }), largest.members >= 1_000_000 {
    targets.append(
        Target(
            name: "peak memory after audits, \(largest.members) members ≤ 2 GiB",
            measured: mebibytes(largest.auditPeakBytes),
            met: largest.auditPeakBytes <= 2 << 30))
}
for (small, large) in zip(formulaRuns, formulaRuns.dropFirst()) where large.communities == small.communities * 10 {
    targets.append(
        growth("formulas", from: small.communities, small.timings.median, to: large.communities, large.timings.median))
}
for (small, large) in zip(cityRuns, cityRuns.dropFirst()) where large.communities == small.communities * 10 {
    guard let smallAudit = small.audits.last, let largeAudit = large.audits.last else { continue }
    targets.append(
        growth(
            "audit", from: small.communities, smallAudit.timings.median, to: large.communities,
            largeAudit.timings.median))
}

print("\ntargets (median of the runs):")
for target in targets {
    print(
        "  \(target.met ? "met   " : "MISSED") \(target.name.padding(toLength: 58, withPad: " ", startingAt: 0)) \(target.measured)"
    )
}
print("peak memory of the whole run: \(mebibytes(peakResidentBytes()))")
