import PartyBuilding
import Testing

/// ``CostSplit``: 市本级财政承担30%，三个城区财政承担70% (SZ2011 art. 19).
@Suite("CostSplit")
struct CostSplitTests {
    @Test("100,000 CNY splits into 30,000 and 70,000")
    func roundSplit() {
        let parts = CostSplit.suzhou2011.split(Money(yuan: 100_000))
        #expect(parts.city == Money(yuan: 30_000))
        #expect(parts.district == Money(yuan: 70_000))
    }

    @Test(
        "the parts add up to the amount exactly, the city's within half a fen of 30%",
        arguments: [0, 1, 2, 5, 7, 15, 33, 99_999, 1_234_567, 987_654_321, 4_000_000_000_000_000])
    func partsAddUp(fen: Int64) {
        let amount = Money(fen: fen)
        let parts = CostSplit.suzhou2011.split(amount)
        #expect(parts.city + parts.district == amount)
        // |city × 10 − amount × 3| ≤ 5 (half a fen, in tenths of a fen), computed without overflow.
        let difference = parts.city.fen.multipliedFullWidth(by: 10).low &- (fen.multipliedFullWidth(by: 3).low)
        #expect(Int64(bitPattern: difference).magnitude <= 5)
        #expect(parts.district >= .zero)
    }

    @Test("half a fen goes to the city (四舍五入): 5 fen → 2 and 3")
    func halfFen() {
        let parts = CostSplit.suzhou2011.split(Money(fen: 5))
        #expect(parts.city == Money(fen: 2))
        #expect(parts.district == Money(fen: 3))
    }

    @Test("the calculator reads the parameters until the merger of 2012-10-26")
    func fromParameters() throws {
        let inForce = try ParameterReader(
            ParameterValues(packs: [.suzhou2011], scenario: nil, for: .day(CalendarDate("2012-10-25"))))
        #expect(try CostSplit(inForce) == .suzhou2011)
        let merged = try ParameterReader(
            ParameterValues(packs: [.suzhou2011], scenario: nil, for: .day(CalendarDate("2012-10-26"))))
        #expect(throws: ParameterError.self) { try CostSplit(merged) }
    }
}
