import PartyBuilding
import Testing

/// ``CadenceCheck`` across period edges: partial first and last units are never judged.
@Suite("CadenceCheck")
struct CadenceCheckTests {
    let monthly = CadenceCheck(every: .month)

    @Test("founded mid-quarter: the quarter it was founded in is not judged")
    func foundedMidQuarter() throws {
        let lifetime = try Period(from: "2025-05-15", through: "9999-12-31")
        let outcome = CadenceCheck(every: .quarter).check(["2025-08-01"], over: .year(2025), lifetime: lifetime)
        #expect(outcome.judged.map(\.description) == ["2025-Q3", "2025-Q4"])
        #expect(outcome.missed.map(\.description) == ["2025-Q4"])
    }

    @Test("a leap year's February holds its 29th")
    func leapYear() {
        let outcome = monthly.check(["2024-02-29"], over: .month(of: "2024-02-01"))
        #expect(outcome.isMet)
        #expect(outcome.counts == [1])
    }

    @Test("a missing December is listed, and only it")
    func missingDecember() {
        let dates = (1...11).map { CalendarDate(known: 2025, $0, 28) }
        let outcome = monthly.check(dates, over: .year(2025))
        #expect(outcome.missed.map(\.description) == ["2025-12"])
        #expect(outcome.met(in: .month) == .count(11, .months))
        #expect(outcome.missedList == .periods([.month(of: CalendarDate(known: 2025, 12, 1))]))
    }

    @Test("dissolved in March: January and February are judged, March is not")
    func dissolvedInMarch() throws {
        let lifetime = try Period(from: "2000-01-01", through: "2025-03-10")
        let outcome = monthly.check([], over: .year(2025), lifetime: lifetime)
        #expect(outcome.judged.map(\.description) == ["2025-01", "2025-02"])
    }

    @Test("a range period judges the whole months inside it")
    func rangePeriod() throws {
        let outcome = monthly.check(["2025-03-01"], over: try Period(from: "2025-02-15", through: "2025-04-30"))
        #expect(outcome.judged.map(\.description) == ["2025-03", "2025-04"])
        #expect(outcome.missed.map(\.description) == ["2025-04"])
    }

    @Test("2024-01-01 was a Monday: weeks start on it; a week across a year's end belongs to neither year")
    func weeks() throws {
        let weekly = CadenceCheck(every: .week)
        let weeks2024 = weekly.units(of: .year(2024))
        #expect(weeks2024.first?.start == "2024-01-01")
        #expect(weeks2024.last?.end == "2024-12-29")
        #expect(weeks2024.count == 52)
        let span = try Period(from: "2024-12-23", through: "2025-01-12")
        #expect(weekly.units(of: span).map(\.start) == ["2024-12-23", "2024-12-30", "2025-01-06"])
        #expect(weekly.units(of: .year(2025)).first?.start == "2025-01-06")
    }

    @Test("at least n: n meets, n − 1 does not", arguments: [(3, false), (4, true), (5, true)])
    func minimum(count: Int, met: Bool) {
        let dates = (1...count).map { CalendarDate(known: 2025, $0, 1) }
        #expect(CadenceCheck(every: .year, atLeast: 4).check(dates, over: .year(2025)).isMet == met)
    }
}
