import Foundation
import PartyBuilding
import PartyBuildingSynthetic

/// The interchange targets of the fast data path: a city of about 1,000,000 members decoded and
/// encoded by the format's own reader and writer, against `JSONDecoder` and `JSONEncoder` through
/// the models' `Codable` conformances in the same run; the same city without its yearly records
/// (dues, voluntary payments, meetings, reception days) decoded whole; and the peak memory of a
/// decode against the decoded models' own size.
struct InterchangeBenchmark {
    let communities: Int
    let members: Int
    /// Whether the communities keep their year of records.
    let withRecords: Bool
    /// The size of the compact document.
    let bytes: Int
    let decode: Timings
    let encode: Timings
    /// `JSONDecoder` and `JSONEncoder` on the same document, when measured.
    let foundationDecode: Timings?
    let foundationEncode: Timings?
    /// The resident memory the decoded models take, and the most a decode took above the document.
    let modelBytes: Int?
    let decodePeakBytes: Int?

    /// The document as `JSONDecoder` reads it through the models' `Codable` conformances, as the
    /// library read it before it had its own reader.
    private struct FoundationDocument: Codable {
        var communities: [Community]
        var format: String
        var schemaVersion: Int
    }

    /// Measures the city of `communities` communities with and without its yearly records.
    /// - Throws: ``InterchangeError``, or ``BenchmarkFailure`` when a reader gives other communities.
    static func run(communities: Int, seed: UInt64, runs: Int, foundationRuns: Int) async throws
        -> [InterchangeBenchmark]
    {
        let city = SyntheticCity(communities: communities, seed: seed).communities
        let withoutRecords = city.map(\.withoutYearlyRecords)
        return [
            try await measure(
                city, withRecords: true, runs: runs, foundationRuns: foundationRuns, measuresMemory: true),
            try await measure(withoutRecords, withRecords: false, runs: runs, foundationRuns: 0, measuresMemory: false),
        ]
    }

    /// Measures one document; its memory only when `measuresMemory` (the first document of the
    /// process: after it, the allocator holds freed memory that a decode reuses unseen).
    private static func measure(
        _ communities: [Community], withRecords: Bool, runs: Int, foundationRuns: Int, measuresMemory: Bool
    ) async throws -> InterchangeBenchmark {
        let dataset = CommunityDataset(communities)
        var data = Data()
        let encode = try await Timings.measure(runs: runs) { data = try dataset.encoded(prettyPrinted: false) }
        // The models' own size: the resident memory a decode adds and keeps; the decode's peak above
        // the document. Measured before the timed decodes, whose freed models the allocator keeps.
        var modelBytes: Int?
        var decodePeakBytes: Int?
        if measuresMemory, let before = residentBytes(), resetPeakResident() {
            let decoded = try CommunityDataset.decode(data).communities
            if let peak = peakResidentSinceReset(), let after = residentBytes() {
                modelBytes = after - before
                decodePeakBytes = peak - before
            }
            guard decoded.count == communities.count else { throw BenchmarkFailure("the reader lost communities") }
        }
        var decoded: [Community] = []
        let decode = try await Timings.measure(runs: runs) {
            decoded = []
            decoded = try CommunityDataset.decode(data).communities
        }
        guard decoded == communities else { throw BenchmarkFailure("the interchange reader gave other communities") }
        decoded = []
        var foundationDecode: Timings?
        var foundationEncode: Timings?
        if foundationRuns > 0 {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let document = FoundationDocument(
                communities: communities, format: CommunityDataset.format, schemaVersion: 2)
            var foundationData = Data()
            var encodeTimes: [Double] = []
            for _ in 0..<foundationRuns {
                foundationData = Data()
                encodeTimes.append(try await time { foundationData = try encoder.encode(document) })
            }
            foundationEncode = Timings(milliseconds: encodeTimes)
            guard foundationData == data else { throw BenchmarkFailure("JSONEncoder wrote other bytes") }
            foundationData = Data()
            var times: [Double] = []
            for _ in 0..<foundationRuns {
                var read: [Community] = []
                times.append(
                    try await time { read = try JSONDecoder().decode(FoundationDocument.self, from: data).communities })
                guard read == communities else { throw BenchmarkFailure("JSONDecoder gave other communities") }
            }
            foundationDecode = Timings(milliseconds: times)
        }
        return InterchangeBenchmark(
            communities: communities.count, members: communities.reduce(0) { $0 + $1.members.count },
            withRecords: withRecords, bytes: data.count, decode: decode, encode: encode,
            foundationDecode: foundationDecode, foundationEncode: foundationEncode, modelBytes: modelBytes,
            decodePeakBytes: decodePeakBytes)
    }

    /// How many times faster the format's own reader is than `JSONDecoder`, medians.
    var decodeSpeedup: Double? { foundationDecode.map { $0.median / decode.median } }

    /// How many times faster the format's own writer is than `JSONEncoder`, medians.
    var encodeSpeedup: Double? { foundationEncode.map { $0.median / encode.median } }

    /// The table rows.
    var rows: [String] {
        let what =
            "interchange \(communities) communities, \(members) members"
            + (withRecords ? " with a year of records" : " without yearly records") + " (\(mebibytes(bytes)))"
        var rows = [
            what,
            "  decode median \(format(decode.median)) ms best \(format(decode.best)) ms; "
                + "encode median \(format(encode.median)) ms best \(format(encode.best)) ms",
        ]
        if let foundationDecode, let foundationEncode, let decodeSpeedup, let encodeSpeedup {
            rows.append(
                "  JSONDecoder \(format(foundationDecode.median)) ms (\(String(format: "%.1f", decodeSpeedup))× slower); "
                    + "JSONEncoder \(format(foundationEncode.median)) ms (\(String(format: "%.1f", encodeSpeedup))× slower)"
            )
        }
        if let modelBytes, let decodePeakBytes {
            rows.append(
                "  models \(mebibytes(modelBytes)); peak of a decode above the document \(mebibytes(decodePeakBytes))")
        }
        return rows
    }

    /// The JSON line.
    var json: String {
        var fields: [(key: String, value: String)] = [
            ("kind", jsonString("interchange")), ("communities", "\(communities)"), ("members", "\(members)"),
            ("records", withRecords ? "true" : "false"), ("bytes", "\(bytes)"),
            ("decode_median_ms", format(decode.median)), ("decode_best_ms", format(decode.best)),
            ("encode_median_ms", format(encode.median)), ("encode_best_ms", format(encode.best)),
        ]
        if let foundationDecode, let foundationEncode {
            fields += [
                ("foundation_decode_median_ms", format(foundationDecode.median)),
                ("foundation_encode_median_ms", format(foundationEncode.median)),
                ("foundation_runs", "\(foundationDecode.milliseconds.count)"),
            ]
        }
        if let modelBytes, let decodePeakBytes {
            fields += [("model_bytes", "\(modelBytes)"), ("decode_peak_bytes", "\(decodePeakBytes)")]
        }
        return jsonLine(fields)
    }
}
