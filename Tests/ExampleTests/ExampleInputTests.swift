import Foundation
import Testing

/// What the examples do with an analyst's own files and options: every bad cell at once, encodings,
/// full-width digits, cells left empty, a missing file, the language of the locale, `--fail-on` and
/// `--output`.
@Suite("Examples: the analyst's own files and options")
struct ExampleInputTests {
    let audit = ExampleProgram(name: "audit")
    let funds = ExampleProgram(name: "funds")

    /// A temporary file with `bytes`, removed by the caller.
    func file(_ bytes: [UInt8], _ name: String = "table.csv") throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("example-input-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func everyBadCellIsReportedInChineseAndNothingIsAudited() throws {
        let url = try file(Array("编号,名称,户数,社区服务用房,党员\nA,甲社区,-5,100,3\nB,乙社区,12,一百,x\nC,丙社区,7,,2\n".utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let (status, output, errors) = try audit.run([url.path])
        #expect(status == 2)
        #expect(output.isEmpty)
        let lines = errors.split(separator: "\n").filter { $0.contains("table.csv") }
        #expect(lines.count == 3, "\(errors)")
        #expect(errors.contains("第 2 行") && errors.contains("“户数”") && errors.contains("-5"))
        #expect(errors.contains("第 3 行") && errors.contains("“社区服务用房”") && errors.contains("一百"))
        #expect(errors.contains("“党员”") && errors.contains("x"))
        #expect(!errors.contains("households"))
    }

    @Test func theSameProblemsInEnglish() throws {
        let url = try file(Array("id,households\nA,-5\nB,1.5\n".utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let (status, _, errors) = try audit.run([url.path, "--lang", "en"])
        #expect(status == 2)
        #expect(errors.contains("line 2, column households, value \"-5\""))
        #expect(errors.contains("line 3, column households, value \"1.5\""))
    }

    @Test func fullWidthDigitsAndAGB18030FileAreRead() throws {
        // 编号,户数,党员 / DG,２，１４５,８０ in GB18030, as Excel on Chinese Windows saves it.
        var text = "编号,户数,党员\nDG,\"２，１４５\",８０\n"
        text = text.replacingOccurrences(of: "\n", with: "\r\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0 && !bytes.isEmpty)
        let url = try file(Array(bytes))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let (status, result, errors) = try funds.run([url.path, "--format", "csv"])
        #expect(status == 0, "\(errors)")
        #expect(result.contains("DG,DG,,,80,15000.00"), "\(result)")
    }

    @Test func anEmptyCellIsNotRecordedAndNeverJudgedAsZero() throws {
        let url = try file(Array("编号,名称,建设状态,住宅地面建筑面积,社区服务用房,户数,党员\nA,甲社区,已建,100000,,2145,30\n".utf8))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let (status, output, errors) = try audit.run([url.path, "--format", "csv"])
        #expect(status == 0, "\(errors)")
        #expect(output.contains("记录中未载明社区服务用房面积，本项无法核查"))
        #expect(!output.contains("社区服务用房面积为 0.00"))
        #expect(!output.contains("社区综合服务设施面积为 0.00"))
    }

    @Test func aMissingFileSaysSo() throws {
        let (status, output, errors) = try audit.run(["Examples/Data/no-such-file.csv"])
        #expect(status == 2 && output.isEmpty)
        #expect(errors == "audit: 文件“Examples/Data/no-such-file.csv”不存在\n")
        let english = try audit.run(["Examples/Data/no-such-file.json", "--lang", "en"])
        #expect(english.errors == "audit: Examples/Data/no-such-file.json: no such file\n")
    }

    @Test func theLanguageFollowsTheLocaleUnlessGiven() throws {
        let chinese = try funds.run([])
        #expect(chinese.output.hasPrefix("社区经费"))
        #expect(try funds.run([], environment: ["LANG": "zh_CN.UTF-8"]).output == chinese.output)
        let english = try funds.run([], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.output.hasPrefix("Community funds"))
        #expect(try funds.run(["--lang", "zh"], environment: ["LC_ALL": "en_GB.UTF-8"]).output == chinese.output)
        #expect(try funds.run([], environment: ["LC_ALL": "C"]).output == chinese.output)
    }

    @Test func failOnExitsOneWhenAFindingIsThatSevere() throws {
        #expect(try audit.run([]).status == 0)
        #expect(try audit.run(["--fail-on", "violation"]).status == 1)
        #expect(try audit.run(["--fail-on", "warning"]).status == 1)
        let (status, _, errors) = try audit.run(["--fail-on", "note"])
        #expect(status == 2 && errors.contains("--fail-on note: use violation or warning"))
    }

    @Test func outputGoesToTheFileAndNothingElseIsPrinted() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("example-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let (status, output, errors) = try funds.run(["--format", "csv", "--output", url.path])
        #expect(status == 0 && output.isEmpty && errors.isEmpty)
        let bytes = try Data(contentsOf: url)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("2025年社区经费\r\n编号,社区,区,"))
    }

    @Test func badUsageIsStatusTwoWithTheHelp() throws {
        for arguments in [
            ["--format", "pdf"], ["--lang", "fr"], ["--date", "2025-02-30"], ["--packs", "XX"], ["--nope"],
            ["a.csv", "b.csv"],
        ] {
            let (status, output, errors) = try funds.run(arguments)
            #expect(status == 2, "\(arguments)")
            #expect(output.isEmpty, "\(arguments)")
            #expect(errors.hasPrefix("funds: ") && errors.contains("usage: swift run funds"), "\(arguments)")
        }
    }

    @Test func progressIsNotPrintedWhenTheStandardErrorIsNotATerminal() throws {
        let (status, _, errors) = try ExampleProgram(name: "what-if").run(["--communities", "50"])
        #expect(status == 0)
        #expect(errors.isEmpty)
    }
}
