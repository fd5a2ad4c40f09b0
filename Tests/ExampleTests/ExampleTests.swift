import Foundation
import Testing

/// The example programs run as a newcomer runs them, and print what the README and the data-file
/// guide say they print.
@Suite struct ExampleTests {
    let audit = ExampleProgram(name: "audit")
    let whatIf = ExampleProgram(name: "what-if")

    @Test func auditAuditsTheBuiltInCommunities() throws {
        let (status, output, _) = try audit.run(["--lang", "en"])
        #expect(status == 0)
        for line in ["■ 东关社区 (DG)", "■ 石泉社区 (SQ)", "■ 新苑社区 (XY)", "Totals: violation"] {
            #expect(output.contains(line), "missing \(line)")
        }
        #expect(output.contains("← SZ2011 art. 19: 社区党组织活动经费"))
        #expect(try audit.run(["--", "--lang", "en"]).output == output)
    }

    @Test func auditPrintsTheReportAsJSON() throws {
        let (status, output, _) = try audit.run(["Examples/Data/district.csv", "--format", "json"])
        #expect(status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect((report["communityIDs"] as? [String])?.prefix(4) == ["DG", "SQ", "XY", "HT"])
        #expect((report["findings"] as? [Any])?.isEmpty == false)
    }

    @Test func theInterchangeArticleQuotesTheSamplesOwnMessages() throws {
        let (status, output, _) = try audit.run(["--format", "json"])
        #expect(status == 0)
        let article = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../Documentation/InterchangeFormat.md"), encoding: .utf8)
        let messages = article.split(separator: "\n").filter {
            $0.contains("\"en\" : \"") || $0.contains("\"zh-Hans\" : \"")
        }
        #expect(!messages.isEmpty)
        for line in messages {
            let quoted = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\",", with: "\"")
            #expect(output.contains(quoted), "the article's \(quoted) is not what audit --format json prints")
        }
    }

    @Test func badDataStopsWithAMessageNamingTheCell() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("example-tests-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try "id,households\nDG,-1\n".write(to: file, atomically: true, encoding: .utf8)
        let (status, output, errors) = try audit.run([file.path, "--lang", "en"])
        #expect(status == 2)
        #expect(output.isEmpty)
        #expect(errors.contains("line 2, column households, value \"-1\": must not be negative"), "\(errors)")
    }

    @Test func aGB18030TableIsReadWithoutAFlagAndWithTheEncodingForced() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("example-tests-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        // `id,households,name\nDG,1,东关\n` in GB18030.
        let bytes: [UInt8] = Array("id,households,name\nDG,1,".utf8) + [0xB6, 0xAB, 0xB9, 0xD8] + Array("\n".utf8)
        try Data(bytes).write(to: file)
        #expect(try audit.run([file.path, "--lang", "en"]).status == 0)
        #expect(try audit.run([file.path, "--encoding", "gb18030"]).status == 0)
        let (status, _, errors) = try audit.run([file.path, "--encoding", "utf8", "--lang", "en"])
        #expect(status == 2)
        #expect(errors.contains("\(file.lastPathComponent): the bytes are not UTF-8 text"))
    }

    @Test func whatIfShowsTheEffectOfTwoHundredYuanAMember() throws {
        let (status, output, _) = try whatIf.run(["Examples/Data/district.csv", "--lang", "en"])
        #expect(status == 0)
        #expect(output.contains("SZ2011.19.activity-fund.per-member for 2025: CNY 150.00 → CNY 200.00"))
        #expect(output.contains("activity-fund floor"))
    }

    @Test func whatIfCoversTheWorkFundToo() throws {
        let (status, output, _) = try whatIf.run([
            "Examples/Data/district.csv", "--parameter", "SZ2011.19.work-fund.per-resident=25", "--format", "json",
        ])
        #expect(status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(document["title"] as? String == "情景测算")
        #expect(output.contains("\"workFund\": 36965.00"), "东关社区: 7393 residents × 5 元 more")
    }

    @Test func aScenarioFromNextYearLeavesTheYearJudgedAlone() throws {
        let (status, output, _) = try whatIf.run([
            "--communities", "50", "--from", "2026-01-01", "--date", "2026-03-31", "--lang", "en",
        ])
        #expect(status == 0)
        #expect(output.contains("Periods judged      2025"))
        // No rule judging 2025 or the audit day reads the activity fund's figure from 2026.
        #expect(output.contains("Parameters changed  none"))
        #expect(output.contains("Total (0 communities changed)"))
    }

    @Test func aScenarioFileIsReadAndABadOneNamed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try
            #"{"name": "每名党员200元", "overrides": [{"parameterID": "SZ2011.19.activity-fund.per-member", "value": {"money": 200}, "validFrom": "2025-01-01"}]}"#
            .write(to: url, atomically: true, encoding: .utf8)
        let (status, output, _) = try whatIf.run(["Examples/Data/district.csv", "--scenario", url.path])
        #expect(status == 0)
        #expect(output.contains("每名党员200元"))
        try "{".write(to: url, atomically: true, encoding: .utf8)
        let (bad, _, errors) = try whatIf.run(["--scenario", url.path])
        #expect(bad == 2 && errors.contains("情景文件“\(url.path)”无法读取"))
    }

    @Test func aRateNoParameterCanTakeIsATypedErrorNotATrap() throws {
        let (status, _, errors) = try whatIf.run([
            "--communities", "5", "--parameter", "SZ2011.19.activity-fund.per-member=1000000000000",
        ])
        #expect(status == 2)
        #expect(
            errors.contains("SZ2011.19.activity-fund.per-member is out of range: an amount from 0 to 10,000,000.00 CNY")
        )
    }
}
