import Foundation
import Testing

@testable import PartyBuilding

@Suite("A list of periods as a quantity")
struct QuantityPeriodsTests {
    let months: Quantity = .periods([
        .month(of: CalendarDate(known: 2025, 3, 1)), .month(of: CalendarDate(known: 2025, 4, 1)),
    ])

    @Test("months are listed with 、 in Chinese and commas in English")
    func monthsAreListed() {
        #expect(months.formatted(.chinese) == "2025年3月、2025年4月")
        #expect(months.formatted(.english) == "March 2025, April 2025")
    }

    @Test("quarters missed by a cadence are listed the same way")
    func quarters() throws {
        let quarters: Quantity = .periods([try Period(year: 2025, quarter: 2), try Period(year: 2025, quarter: 4)])
        #expect(quarters.formatted(.chinese) == "2025年第二季度、2025年第四季度")
        #expect(quarters.formatted(.english) == "Q2 2025, Q4 2025")
    }

    @Test("weeks, which are ranges, are kept apart by semicolons in English")
    func weeks() throws {
        let weeks: Quantity = .periods([
            try Period(from: "2025-12-15", through: "2025-12-21"),
            try Period(from: "2025-12-22", through: "2025-12-28"),
        ])
        #expect(weeks.formatted(.chinese) == "2025年12月15日至2025年12月21日、2025年12月22日至2025年12月28日")
        #expect(
            weeks.formatted(.english) == "15 December 2025 to 21 December 2025; 22 December 2025 to 28 December 2025")
    }

    @Test("no periods is an empty list")
    func empty() {
        #expect(Quantity.periods([]).formatted(.chinese) == "")
    }

    @Test("encodes the periods as period objects and decodes them back")
    func roundTrip() throws {
        let data = try JSONEncoder().encode(months)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["unit"] as? String == "periods")
        let first = try #require((json["value"] as? [[String: Any]])?.first)
        #expect(first["kind"] as? String == "month")
        #expect(first["start"] as? String == "2025-03-01")
        #expect(try JSONDecoder().decode(Quantity.self, from: data) == months)
    }

    @Test("a value that is not a list of periods is refused")
    func badValue() {
        let json = Data(#"{"unit": "periods", "value": ["2025-03"]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Quantity.self, from: json) }
    }

    @Test("equal lists compare equal; others by their periods")
    func compared() {
        let later: Quantity = .periods([.month(of: CalendarDate(known: 2025, 5, 1))])
        #expect(months.compared(to: months) == 0)
        #expect(months.compared(to: later) == -1)
        #expect(later.compared(to: months) == 1)
        #expect(months.compared(to: .count(2, .months)) == nil)
    }
}
