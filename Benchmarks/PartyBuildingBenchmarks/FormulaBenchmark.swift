import Foundation
import PartyBuilding
import PartyBuildingSynthetic

/// The seven formulas over the five streams for one number of communities.
struct FormulaBenchmark {
    let communities: Int
    let timings: Timings
    let singleCore: Timings
    /// The single-core runs' CPU time, which other processes on the machine do not inflate.
    let singleCoreCPU: Timings
    let generationMilliseconds: Double
    let sums: FormulaSums
    let peakBytes: Int

    /// Generates the inputs (untimed), then times the formulas on every core and on one.
    /// - Throws: ``BenchmarkFailure`` when runs disagree.
    static func run(communities: Int, seed: UInt64, runs: Int, calculators: FormulaCalculators) async throws
        -> FormulaBenchmark
    {
        var inputs = FormulaInputs(count: 0, seed: seed)
        let generation = await time { inputs = FormulaInputs(count: communities, seed: seed) }
        var results = [FormulaResult](repeating: .zero, count: communities)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var sums = FormulaSums()
        var allSums: [FormulaSums] = []
        let timings = await Timings.measure(runs: runs) {
            sums = calculators.evaluate(inputs, into: &results, parts: cores)
            allSums.append(sums)
        }
        var cpu: [Double] = []
        let singleCore = await Timings.measure(runs: runs) {
            let start = threadCPUMilliseconds()
            allSums.append(calculators.evaluate(inputs, into: &results, parts: 1))
            cpu.append(threadCPUMilliseconds() - start)
        }
        guard allSums.allSatisfy({ $0 == sums }) else {
            throw BenchmarkFailure("the formulas gave different sums on different runs (\(communities) communities)")
        }
        return FormulaBenchmark(
            communities: communities, timings: timings, singleCore: singleCore,
            singleCoreCPU: Timings(milliseconds: Array(cpu.dropFirst())),
            generationMilliseconds: generation, sums: sums, peakBytes: peakResidentBytes())
    }

    /// The table row.
    var row: String {
        let name = "formulas \(communities)".padding(toLength: 22, withPad: " ", startingAt: 0)
        return "\(name) median \(format(timings.median)) ms  best \(format(timings.best)) ms  "
            + "1 core \(format(singleCore.median)) ms (CPU \(format(singleCoreCPU.median)) ms)  Σ activity fund \(exactDecimal(hundredths: sums.activityFundFloor.fen)) CNY  "
            + "Σ service space \(exactDecimal(hundredths: sums.serviceSpaceFloor.hundredthsOfSquareMetre)) m²"
    }

    /// The JSON line.
    var json: String {
        jsonLine(
            [
                ("kind", jsonString("formulas")), ("communities", "\(communities)"),
                ("runs", "\(timings.milliseconds.count)"), ("median_ms", format(timings.median)),
                ("best_ms", format(timings.best)), ("single_core_median_ms", format(singleCore.median)),
                ("single_core_best_ms", format(singleCore.best)),
                ("single_core_cpu_median_ms", format(singleCoreCPU.median)),
                ("single_core_cpu_best_ms", format(singleCoreCPU.best)),
                ("input_generation_ms", format(generationMilliseconds)),
            ] + Self.sumFields(sums) + [("peak_rss_bytes", "\(peakBytes)")])
    }

    /// The exact sums as JSON fields, decimals as strings so that no reader rounds them.
    static func sumFields(_ sums: FormulaSums) -> [(key: String, value: String)] {
        [
            ("sum_activity_fund_floor_cny", jsonString(exactDecimal(hundredths: sums.activityFundFloor.fen))),
            ("sum_work_fund_floor_cny", jsonString(exactDecimal(hundredths: sums.workFundFloor.fen))),
            (
                "sum_service_space_floor_m2",
                jsonString(exactDecimal(hundredths: sums.serviceSpaceFloor.hundredthsOfSquareMetre))
            ),
            (
                "sum_work_space_floor_m2",
                jsonString(exactDecimal(hundredths: sums.workSpaceFloor.hundredthsOfSquareMetre))
            ),
            (
                "sum_party_use_floor_m2",
                jsonString(exactDecimal(hundredths: sums.partyUseFloor.hundredthsOfSquareMetre))
            ),
            ("sum_secretary_pay_floor_cny", jsonString(exactDecimal(hundredths: sums.secretaryPayFloor.fen))),
            ("staff_pay_compliant", "\(sums.staffPayCompliant)"),
        ]
    }
}

/// A benchmark whose results cannot be trusted: runs disagree, or a fast path differs from the full one.
struct BenchmarkFailure: Error, LocalizedError {
    let message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
