import Foundation
import Testing

@testable import PartyBuilding

@Suite("Exact values")
struct ValuesTests {
    @Test func moneyIsExactFromDecimalAndRejectsSubFen() throws {
        #expect(try Money(yuan: Decimal(string: "97.5")!) == Money(fen: 9750))
        #expect(try Money(yuan: Decimal(string: "0.01")!) == Money(fen: 1))
        #expect(throws: ValueError.notExact("0.001", unit: "fen")) { try Money(yuan: Decimal(string: "0.001")!) }
        #expect(Money(yuan: 15_000).description == "15,000.00")
        #expect(Money(fen: -5).description == "-0.05")
    }

    @Test func moneyRoundTripsThroughJSONAsYuan() throws {
        let data = try JSONEncoder().encode([Money(fen: 9750)])
        #expect(String(decoding: data, as: UTF8.self) == "[97.5]")
        #expect(
            try JSONDecoder().decode([Money].self, from: Data("[0.1, 20]".utf8)) == [Money(fen: 10), Money(yuan: 20)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Money].self, from: Data("[0.005]".utf8)) }
    }

    @Test func areaRejectsNonFiniteAndRoundsSpreadsheetDoubles() throws {
        #expect(throws: ValueError.self) { try Area(squareMetres: Double.nan) }
        #expect(throws: ValueError.self) { try Area(squareMetres: Double.infinity) }
        #expect(try Area(squareMetres: 12.34 as Double) == Area(hundredthsOfSquareMetre: 1234))
        #expect(throws: ValueError.self) { try Area(squareMetres: Decimal(string: "1.234")!) }
        #expect(Area(squareMetres: 450).description == "450.00 m²")
    }

    @Test func ratioRoundsUpDownAndHalfUpExactly() {
        let third = Ratio(1, 3)
        #expect(third.apply(to: 10_000, rounding: .up) == 3334)
        #expect(third.apply(to: 10_000, rounding: .down) == 3333)
        #expect(third.apply(to: 10_000, rounding: .halfUp) == 3333)
        #expect(Ratio(1, 2).apply(to: 5, rounding: .halfUp) == 3)
        #expect(Ratio(3, 100).apply(to: -101, rounding: .up) == -3)
        #expect(
            Ratio(6, 5).apply(to: Int64.max / 2, rounding: .down) == (Int64.max / 2) / 5 * 6 + (Int64.max / 2) % 5 * 6
                / 5)
        #expect(Ratio(2, 4) == Ratio(1, 2))
        #expect(Ratio(1, -2) == Ratio(-1, 2))
        #expect(Ratio(3, 100).description == "3/100")
        #expect(Ratio(3, 100).percentage == "3%")
        #expect(Ratio(1, 200).percentage == "0.5%")
        #expect(Ratio(6, 5).decimalText == "1.2")
        #expect(Ratio(1, 3).percentage == "33.33%")
        #expect(Ratio(2, 3).percentage == "66.67%")
        #expect(Ratio(1, 3).description == "1/3")
    }

    @Test func ratioComparesExactlyAtTheBound() {
        let share = Ratio(3, 100)
        #expect(share.compare(300, timesBase: 10_000) == 0)
        #expect(share.compare(299, timesBase: 10_000) == -1)
        #expect(share.compare(301, timesBase: 10_000) == 1)
        #expect(Ratio(1, 3).compare(Int64.max / 3, timesBase: Int64.max) == -1)
    }

    @Test func boundsFollowTheWording() {
        #expect(Bound.moreThan.admits(51, 50) && !Bound.moreThan.admits(50, 50))
        #expect(Bound.lessThan.admits(99, 100) && !Bound.lessThan.admits(100, 100))
        #expect(Bound.orMore.admits(4, 4) && !Bound.orMore.admits(3, 4))
        #expect(Bound.orLess.admits(45, 45) && !Bound.orLess.admits(46, 45))
        #expect(Bound.notLessThan.admits(150, 150) && !Bound.notLessThan.admits(149, 150))
        #expect(
            Bound.allCases.filter(\.isInclusive) == [
                .orMore, .orLess, .notLessThan, .noFewerThan, .exactly, .notEarlierThan, .between,
            ])
    }

    @Test func calendarDatesValidateAndCountFullYears() throws {
        #expect(throws: CalendarDateError.self) { try CalendarDate(year: 2023, month: 2, day: 29) }
        #expect(throws: CalendarDateError.self) { try CalendarDate(iso8601: "2025-1-01") }
        let leap = try CalendarDate(iso8601: "2000-02-29")
        #expect(leap.fullYears(until: CalendarDate("2045-02-27")) == 44)
        #expect(leap.fullYears(until: CalendarDate("2045-02-28")) == 45)
        #expect(leap.fullYears(until: CalendarDate("2048-02-28")) == 47)
        #expect(leap.adding(years: 1) == CalendarDate("2001-02-28"))
        #expect(CalendarDate("2025-01-31").adding(months: 1) == CalendarDate("2025-02-28"))
        #expect(CalendarDate("2025-12-31").iso8601 == "2025-12-31")
    }

    @Test func calendarDatesFromFieldsAndLiterals() throws {
        let literal: CalendarDate = "2024-02-29"
        #expect(try CalendarDate(year: 2024, month: 2, day: 29) == literal)
        #expect((literal.year, literal.month, literal.day) == (2024, 2, 29))
        #expect(CalendarDate(known: 2024, 2, 29) == literal)
        #expect(throws: CalendarDateError(text: "2025-13-1")) { try CalendarDate(year: 2025, month: 13, day: 1) }
        #expect(throws: CalendarDateError.self) { try CalendarDate(year: 0, month: 1, day: 1) }
        #expect(throws: CalendarDateError.self) { try CalendarDate(year: 2025, month: 4, day: 31) }
    }
}
