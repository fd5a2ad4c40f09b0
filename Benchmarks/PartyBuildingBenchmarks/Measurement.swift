import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The times of repeated runs of one measurement, in milliseconds.
struct Timings {
    /// Each run's time, in the order run.
    let milliseconds: [Double]

    /// The median run (the mean of the middle two for an even count).
    var median: Double {
        let sorted = milliseconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The fastest run.
    var best: Double { milliseconds.min() ?? 0 }

    /// Runs `work` once untimed, then `runs` times timed.
    static func measure(runs: Int, _ work: () async throws -> Void) async rethrows -> Timings {
        try await work()
        var times: [Double] = []
        for _ in 0..<runs { times.append(try await time(work)) }
        return Timings(milliseconds: times)
    }
}

/// The CPU time the calling thread has used, in milliseconds: unlike the wall clock, it does not
/// count the time other processes on a shared machine take from this thread.
func threadCPUMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
}

/// The wall-clock time of one call of `work`, in milliseconds.
func time(_ work: () async throws -> Void) async rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try await work()
    let elapsed = start.duration(to: clock.now).components
    return Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
}

/// The peak resident set size of the process so far, in bytes (`getrusage`'s `ru_maxrss`, which
/// Linux gives in KiB and macOS in bytes).
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024
    #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss)
    #endif
}

/// Milliseconds with three decimals, for tables and JSON.
func format(_ milliseconds: Double) -> String { String(format: "%.3f", milliseconds) }

/// Bytes as MiB with one decimal.
func mebibytes(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }

/// A whole number of hundredths as an exact decimal with two places, for example 1500000 → `15000.00`.
func exactDecimal(hundredths: Int64) -> String {
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = hundredths.magnitude
    let fraction = magnitude % 100
    return sign + String(magnitude / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
}

/// One JSON object on one line, keys in the order given; values are already JSON text.
func jsonLine(_ fields: [(key: String, value: String)]) -> String {
    "{" + fields.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
}

/// A JSON string literal of `text` (which holds no quote or backslash).
func jsonString(_ text: String) -> String { "\"" + text + "\"" }

/// A figure of `/proc/self/status` in bytes (`VmRSS`, `VmHWM`), or nil where there is no such file.
private func processStatus(_ field: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        let kibibytes = line.dropFirst(field.count + 1).split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
        return kibibytes.map { $0 * 1024 }
    }
    return nil
}

/// The resident set size of the process now, in bytes (Linux only: nil elsewhere).
func residentBytes() -> Int? { processStatus("VmRSS") }

/// The peak resident set size since the last ``resetPeakResident()``, in bytes (Linux only).
func peakResidentSinceReset() -> Int? { processStatus("VmHWM") }

/// Resets the peak that ``peakResidentSinceReset()`` reports to the resident size now (Linux's
/// `/proc/self/clear_refs` with 5); whether it could.
@discardableResult
func resetPeakResident() -> Bool {
    let descriptor = open("/proc/self/clear_refs", O_WRONLY)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return write(descriptor, "5", 1) == 1
}
