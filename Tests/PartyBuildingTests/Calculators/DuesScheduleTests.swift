import Foundation
import PartyBuilding
import Testing

/// `NAT.dues.*`: one rate on the whole base; every bracket includes its upper limit (含).
@Suite("NAT dues")
struct DuesScheduleTests {
    let schedule = DuesSchedule.national2008

    @Test(
        "an after-tax wage at, just above and between the limits (3000, 5000, 10000 含)",
        arguments: [
            ("3000.00", "15.00", "0.005"), ("3000.01", "30.00", "0.01"), ("5000.00", "50.00", "0.01"),
            ("5000.01", "75.00", "0.015"), ("10000.00", "150.00", "0.015"), ("10000.01", "200.00", "0.02"),
            ("6500", "97.50", "0.015"), ("0.01", "0.00", "0.005"), ("101", "0.51", "0.005"),
            ("3333.33", "33.33", "0.01"),
        ])
    func wage(wage: String, dues: String, rate: String) throws {
        let result = schedule.dues(for: .wage(try money(wage)))
        #expect(result.amount == (try money(dues)))
        #expect(result.bracket?.rate == (try Ratio(#require(Decimal(string: rate)))))
        #expect(result.maximum == nil)
    }

    @Test(
        "a pension at and just above 5000 (含)",
        arguments: [("5000.00", "25.00"), ("5000.01", "50.00"), ("1200", "6.00"), ("8000", "80.00")])
    func pension(pension: String, dues: String) throws {
        #expect(schedule.dues(for: .pension(try money(pension))).amount == (try money(dues)))
    }

    @Test("flat categories pay 0.20 CNY a month; a farmer 0.20 to 1.00 CNY")
    func flat() {
        for category in DuesBase.FlatCategory.allCases where category != .farmer {
            let result = schedule.dues(for: .flat(category))
            #expect(result.amount == Money(fen: 20) && result.maximum == nil && result.bracket == nil)
        }
        let farmer = schedule.dues(for: .flat(.farmer))
        #expect(farmer.amount == Money(fen: 20) && farmer.maximum == Money(yuan: 1))
    }

    @Test("a voluntary payment of 1000 CNY or more (以上) is remitted in full")
    func largeGift() {
        #expect(!schedule.isRemittedInFull(Money(fen: 99_999)))
        #expect(schedule.isRemittedInFull(Money(yuan: 1_000)))
        #expect(schedule.isRemittedInFull(Money(fen: 100_001)))
    }

    @Test("the pack's parameters give the regulation's schedule, and a scenario changes a rate")
    func fromParameters() throws {
        let values = try ParameterValues(packs: [.national], scenario: nil, for: .year(2025))
        #expect(try DuesSchedule(ParameterReader(values)) == .national2008)
        let before = try ParameterValues(packs: [.national], scenario: nil, for: .year(2007))
        #expect(throws: ParameterError.notInForce(NAT.Parameters.employedLimit1.id, for: .year(2007))) {
            try DuesSchedule(ParameterReader(before))
        }
        let scenario = Scenario(name: "2%", overrides: [.init(NAT.Parameters.employedRate3, value: Ratio(1, 50))])
        let changed = try DuesSchedule(
            ParameterReader(ParameterValues(packs: [.national], scenario: scenario, for: .year(2025))))
        #expect(changed.dues(for: .wage(Money(yuan: 6_500))).amount == Money(yuan: 130))
    }

    @Test("limits that do not rise are a typed error")
    func limitsMustRise() throws {
        let scenario = Scenario(
            name: "x", overrides: [.init(NAT.Parameters.employedLimit2, value: Money(yuan: 2_000))])
        let values = try ParameterValues(packs: [.national], scenario: scenario, for: .year(2025))
        #expect(throws: ParameterError.self) { try DuesSchedule(ParameterReader(values)) }
    }

    @Test("the figures cite their clauses, with 含 in the wage brackets")
    func citations() {
        #expect(NAT.Clauses.duesEmployed.wording.contains("3000元以下（含3000元）"))
        #expect(NAT.Clauses.duesEmployed.reference(.chinese) == "NAT 党费规定 第二条")
        let dues = PolicyPack.national.parameters.filter { $0.id.rawValue.hasPrefix("NAT.dues.") }
        #expect(dues.count == 14)
        for parameter in dues {
            #expect(parameter.citation.document == "NAT")
        }
    }

    func money(_ text: String) throws -> Money { try Money(yuan: #require(Decimal(string: text))) }
}
