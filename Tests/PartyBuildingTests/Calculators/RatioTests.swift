import Foundation
import PartyBuilding
import Testing

/// ``Ratio``: the exact shares and multiples of the rules (3%, 0.5%, 1/3, 1.2×, 30%/70%).
@Suite("Ratio")
struct RatioTests {
    @Test("ratios are reduced, with a positive denominator")
    func reduced() {
        #expect(Ratio(6, 5) == Ratio(12, 10))
        #expect(Ratio(percent: 3) == Ratio(3, 100))
        #expect(Ratio(5, 1000) == Ratio(1, 200))
        #expect(Ratio(1, -3) == Ratio(-1, 3))
        #expect(Ratio(-1, 3).denominator == 3)
        #expect(Ratio(0, 7) == Ratio(0, 1))
    }

    @Test(
        "decimals convert exactly", arguments: [("1.2", Ratio(6, 5)), ("0.005", Ratio(1, 200)), ("0.3", Ratio(3, 10))])
    func fromDecimal(text: String, ratio: Ratio) throws {
        #expect(try Ratio(Decimal(string: text)!) == ratio)
    }

    @Test("a decimal finer than a billionth is rejected")
    func tooFine() {
        #expect(throws: ValueError.self) { try Ratio(Decimal(string: "0.0000000001")!) }
    }

    @Test("apply rounds up, down and half up, for positive and negative values")
    func apply() {
        let third = Ratio(1, 3)
        #expect(third.apply(to: 100, rounding: .up) == 34)
        #expect(third.apply(to: 100, rounding: .down) == 33)
        #expect(third.apply(to: 100, rounding: .halfUp) == 33)
        #expect(third.apply(to: 99, rounding: .up) == 33)
        #expect(Ratio(1, 2).apply(to: 7, rounding: .halfUp) == 4)
        #expect(Ratio(1, 2).apply(to: -7, rounding: .halfUp) == -4)
        #expect(Ratio(1, 2).apply(to: -7, rounding: .up) == -3)
        #expect(Ratio(1, 2).apply(to: -7, rounding: .down) == -4)
    }

    @Test("apply does not overflow when the intermediate product would")
    func applyFullWidth() {
        let large: Int64 = 4_000_000_000_000_000_000
        #expect(Ratio(3, 10).apply(to: large, rounding: .up) == 1_200_000_000_000_000_000)
        #expect(Ratio(6, 5).apply(to: 5_000_000_000_000_000_000, rounding: .up) == 6_000_000_000_000_000_000)
        #expect(Ratio(1, 3).apply(to: Int64.max, rounding: .up) == Int64.max / 3 + 1)
    }

    @Test("compare is exact at the bound, one unit either side, and for large values")
    func compare() {
        let share = Ratio(percent: 3)
        #expect(share.compare(3_000, timesBase: 100_000) == 0)
        #expect(share.compare(2_999, timesBase: 100_000) == -1)
        #expect(share.compare(3_001, timesBase: 100_000) == 1)
        #expect(Ratio(1, 3).compare(1, timesBase: 3) == 0)
        #expect(Ratio(1, 3).compare(Int64.max / 3, timesBase: Int64.max) == -1)
        #expect(Ratio(6, 5).compare(-1, timesBase: 0) == -1)
    }

    @Test("ratios order exactly")
    func order() {
        #expect(Ratio(1, 3) < Ratio(34, 100))
        #expect(Ratio(33, 100) < Ratio(1, 3))
        #expect(Ratio(-1, 2) < Ratio(0, 1))
        #expect(!(Ratio(2, 6) < Ratio(1, 3)))
    }

    @Test(
        "shares as percentages and multiples as 倍, as the rules word them",
        arguments: [
            (Quantity.share(Ratio(3, 100)), "3%", "3%"), (.share(Ratio(1, 200)), "0.5%", "0.5%"),
            (.share(Ratio(3, 10)), "30%", "30%"), (.share(Ratio(1, 3)), "33.33%", "33.33%"),
            (.multiple(Ratio(6, 5)), "1.2 倍", "1.2 times"), (.multiple(.one), "1 倍", "1 time"),
        ])
    func formatted(quantity: Quantity, chinese: String, english: String) {
        #expect(quantity.formatted(.chinese) == chinese)
        #expect(quantity.formatted(.english) == english)
    }

    @Test("the exact ratio is written as a fraction")
    func description() {
        #expect(Ratio(3, 100).description == "3/100")
        #expect(Ratio(6, 5).description == "6/5")
        #expect(Ratio.one.description == "1")
    }

    @Test("JSON round trip, and a zero denominator is rejected")
    func codable() throws {
        let data = try JSONEncoder().encode(Ratio(6, 5))
        #expect(try JSONDecoder().decode(Ratio.self, from: data) == Ratio(6, 5))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Ratio.self, from: Data(#"{"numerator":1,"denominator":0}"#.utf8))
        }
    }
}
