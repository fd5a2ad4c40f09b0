import Testing

/// `swift run dues`: the monthly dues of a base, with the bracket and the clause.
@Suite("dues example")
struct DuesExampleTests {
    let dues = ExampleProgram(name: "dues")

    @Test func theRegulationsOwnExample() throws {
        let (status, output, _) = try dues.run(["6500"])
        #expect(status == 0)
        #expect(
            output == """
                税后月工资收入 6,500.00 元，属 5,000.00 元以上至 10,000.00 元（含）一档，按 1.5% 交纳，每月党费 97.50 元
                ← NAT 党费规定 第二条：每月工资收入（税后）在3000元以下（含3000元）者，交纳月工资收入的0.5%；3000元以上至5000元（含5000元）者，交纳1%；5000元以上至10000元（含10000元）者，交纳1.5%；10000元以上者，交纳2%

                """)
    }

    @Test func bracketEdgesPensionsAndFlatCategories() throws {
        #expect(try dues.run(["3000"]).output.contains("按 0.5% 交纳，每月党费 15.00 元"))
        #expect(try dues.run(["3000.01"]).output.contains("按 1% 交纳，每月党费 30.00 元"))
        #expect(
            try dues.run(["--pension", "5000.01", "--lang", "en"]).output.hasPrefix(
                "Monthly pension CNY 5,000.01 (above CNY 5,000.00): 1%, monthly dues CNY 50.00"))
        #expect(try dues.run(["--flat", "farmer"]).output.hasPrefix("每月交纳党费 0.20 元至 1.00 元"))
        #expect(try dues.run(["--flat", "student", "--lang", "en"]).output.hasPrefix("Monthly dues: CNY 0.20"))
    }

    @Test func badInputIsAMessageAndExitStatus2() throws {
        for arguments in [["abc"], ["-5"], ["--flat", "retired"], ["--lang", "fr", "1"], []] {
            let (status, _, errors) = try dues.run(arguments)
            #expect(status == 2, "\(arguments)")
            #expect(errors.hasPrefix("dues: "), "\(arguments)")
        }
    }

    @Test func arrearsOfEachMemberInADataFile() throws {
        let (status, output, _) = try dues.run([
            "--data", "Examples/Data/dues.json", "--from", "2025-01", "--through", "2025-06",
        ])
        #expect(status == 0)
        #expect(
            output == """
                梧桐社区（SAMPLE-DUES）2025年1月1日至2025年6月30日
                  周景行（M-002）：未交 2 个月，少交 1 个月，欠交党费 90.00 元
                  唐若溪（M-003）：未交 3 个月，少交 0 个月，欠交党费 15.00 元，另有 2 个月无交纳基数，无法计算

                """)
        let english = try dues.run(["--data", "Examples/Data/dues.json", "--through", "2025-06", "--lang", "en"]).output
        #expect(english.contains("周景行 (M-002): 2 months unpaid, 1 paid short, owes CNY 90.00"))
    }

    @Test func aMissingOrBadDataFileIsAMessageAndExitStatus2() throws {
        for arguments in [
            ["--data", "Examples/Data/no-such-file.json"], ["--data", "Package.swift"],
            ["--data", "Examples/Data/dues.json", "--from", "2025-07", "--through", "2025-06"],
            ["--data", "Examples/Data/dues.json", "--from", "2025-13"],
        ] {
            let (status, _, errors) = try dues.run(arguments)
            #expect(status == 2, "\(arguments)")
            #expect(errors.hasPrefix("dues: "), "\(arguments)")
        }
    }
}
