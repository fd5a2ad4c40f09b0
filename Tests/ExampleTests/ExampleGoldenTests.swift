import Foundation
import Testing

/// Every example's output on the sample data, compared byte for byte with the checked-in files
/// under `Golden/` (text, JSON, CSV, Markdown and each `--help`), and the HTML report's structure.
///
/// When an output changes on purpose, regenerate the files and read the difference before committing:
///
/// ```
/// UPDATE_GOLDEN=1 swift test --filter ExampleGoldenTests
/// git diff Tests/ExampleTests/Golden
/// ```
///
/// With `UPDATE_GOLDEN=1` a test writes its file and then fails, so that a run that rewrote the files
/// is never taken for a run that checked them.
@Suite("Examples: golden output")
struct ExampleGoldenTests {
    /// One run of an example and the file its output is compared with.
    struct Case: CustomTestStringConvertible, Sendable {
        let program: String
        let arguments: [String]
        let golden: String
        var testDescription: String { "\(program) \(arguments.joined(separator: " ")) → \(golden)" }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [Case] =
        ["audit", "funds", "what-if", "space", "workforce"].map {
            Case(program: $0, arguments: ["--help"], golden: "\($0)-help.txt")
        } + [
            Case(program: "audit", arguments: [], golden: "audit-sample.txt"),
            Case(program: "audit", arguments: ["--lang", "en", "--format", "markdown"], golden: "audit-sample-en.md"),
            Case(
                program: "audit", arguments: ["Examples/Data/district.csv", "--format", "csv"],
                golden: "audit-district.csv"),
            Case(program: "audit", arguments: ["--format", "json"], golden: "audit-sample.json"),
            Case(program: "funds", arguments: [], golden: "funds-sample.txt"),
            Case(
                program: "funds", arguments: ["Examples/Data/district.csv", "--lang", "en"],
                golden: "funds-district-en.txt"),
            Case(
                program: "funds", arguments: ["Examples/Data/district.csv", "--format", "csv"],
                golden: "funds-district.csv"),
            Case(
                program: "funds", arguments: ["Examples/Data/district.csv", "--format", "json"],
                golden: "funds-district.json"),
            Case(
                program: "funds", arguments: ["Examples/Data/district.csv", "--format", "markdown"],
                golden: "funds-district.md"),
            Case(program: "what-if", arguments: ["Examples/Data/district.csv"], golden: "what-if-district.txt"),
            Case(
                program: "what-if",
                arguments: [
                    "Examples/Data/district.csv", "--parameter", "SZ2011.19.work-fund.per-resident=25", "--lang", "en",
                    "--format", "json",
                ],
                golden: "what-if-work-fund-en.json"),
            Case(program: "space", arguments: [], golden: "space-sample.txt"),
            Case(
                program: "space", arguments: ["Examples/Data/district.csv", "--lang", "en", "--format", "markdown"],
                golden: "space-district-en.md"),
            Case(
                program: "space", arguments: ["Examples/Data/district.csv", "--format", "csv"],
                golden: "space-district.csv"),
            Case(program: "workforce", arguments: [], golden: "workforce-sample.txt"),
            Case(
                program: "workforce", arguments: ["--lang", "en", "--format", "markdown"],
                golden: "workforce-sample-en.md"),
        ]

    @Test(arguments: cases)
    func outputIsTheGoldenFile(_ run: Case) throws {
        let (status, output, errors) = try ExampleProgram(name: run.program).runForData(run.arguments)
        #expect(status == 0, "\(String(decoding: errors, as: UTF8.self))")
        let url = Self.directory.appendingPathComponent(run.golden)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try output.write(to: url)
            Issue.record("UPDATE_GOLDEN=1: wrote \(url.path); read the diff, then run again")
            return
        }
        let golden = try Data(contentsOf: url)
        guard output != golden else { return }
        let got = String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let want = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        Issue.record(
            """
            \(run.testDescription) differs from the golden file at line \(line + 1):
              golden: \(line < want.count ? String(want[line]) : "(end)")
              now:    \(line < got.count ? String(got[line]) : "(end)")
            """)
    }

    @Test(arguments: ["audit", "funds", "what-if", "space"])
    func theHTMLReportIsOneSelfContainedPageWithChartsAndTables(_ program: String) throws {
        let (status, output, _) = try ExampleProgram(name: program).run([
            "Examples/Data/district.csv", "--format", "html",
        ])
        #expect(status == 0)
        #expect(output.hasPrefix("<!DOCTYPE html>"))
        #expect(output.contains("<html lang=\"zh-Hans\">"))
        #expect(output.contains("<meta charset=\"utf-8\">"))
        #expect(output.components(separatedBy: "<table").count > 1)
        #expect(output.components(separatedBy: "<svg").count > 1)
        #expect(output.components(separatedBy: "<svg").count == output.components(separatedBy: "</svg>").count)
        for outside in ["<script", "<link", "@import", "url(", "src=", "https:"] {
            #expect(!output.contains(outside), "\(program): the page refers to \(outside)")
        }
        let withoutNamespace = output.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
        #expect(!withoutNamespace.contains("http:"))
        #expect(output.hasSuffix("</html>\n"))
    }
}
