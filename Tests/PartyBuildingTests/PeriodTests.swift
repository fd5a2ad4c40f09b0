import Foundation
import Testing

@testable import PartyBuilding

@Suite("Periods and day arithmetic")
struct PeriodTests {
    /// One period of every kind and shape, for the round trips.
    static let samples: [Period] = [
        .day("2025-06-30"), .day(.earliest), .day(.latest),
        try! Period(year: 2025, month: 6), try! Period(year: 2024, month: 2), try! Period(year: 1, month: 1),
        try! Period(year: 2025, quarter: 2), try! Period(year: 9999, quarter: 4),
        .year(2025), .year(1), .year(9999),
        try! Period(from: "2025-01-01", through: "2025-06-30"), try! Period(from: "2025-01-01", through: "2025-12-31"),
        .starting("2011-01-01"), .through("2025-06-30"), .always,
    ]

    // MARK: - Day arithmetic

    @Test func addingDaysAndDaysUntilMatchKnownValues() {
        // Checked with Python's datetime: date(2026, 12, 2) - date(1970, 1, 1) == 20789 days.
        #expect(CalendarDate("2000-01-01").adding(days: 366) == "2001-01-01")
        #expect(CalendarDate("1970-01-01").days(until: "2026-12-02") == 20_789)
        #expect(CalendarDate("2026-12-02").days(until: "1970-01-01") == -20_789)
        #expect(CalendarDate("1970-01-01").adding(days: 20_789) == "2026-12-02")
        #expect(CalendarDate.earliest.days(until: "1970-01-01") == 719_162)
        #expect(CalendarDate.earliest.days(until: .latest) == 3_652_058)
        #expect(CalendarDate("2025-06-30").days(until: "2025-06-30") == 0)
        #expect(CalendarDate("2024-02-28").adding(days: 1) == "2024-02-29")
        #expect(CalendarDate("2100-02-28").adding(days: 1) == "2100-03-01")
        #expect(CalendarDate("2000-02-28").adding(days: 1) == "2000-02-29")
        #expect(CalendarDate("2025-03-01").adding(days: -1) == "2025-02-28")
        #expect(CalendarDate.earliest.adding(days: 3_652_058) == .latest)
        #expect(CalendarDate.latest.adding(days: -3_652_058) == .earliest)
    }

    @Test func addingDaysStopsAtTheCalendarsEnds() {
        #expect(CalendarDate.latest.adding(days: 1) == nil)
        #expect(CalendarDate.earliest.adding(days: -1) == nil)
        #expect(CalendarDate.earliest.adding(days: 3_652_059) == nil)
        #expect(CalendarDate("2025-06-30").adding(days: Int.max) == nil)
        #expect(CalendarDate("2025-06-30").adding(days: Int.min) == nil)
        #expect(CalendarDate.earliest == "0001-01-01" && CalendarDate.latest == "9999-12-31")
    }

    @Test func addingOneDayIsTheNextDayOfTheCalendarAcrossTwoCenturies() {
        // Day by day from 1899 to 2101 (1900 and 2100 are not leap years, 2000 is), against the
        // month lengths: the day-number conversion never skips or repeats a day.
        var date = CalendarDate("1899-12-25")
        var count = 0
        while date < "2101-01-05" {
            let successor =
                date.day < CalendarDate.daysIn(month: date.month, year: date.year)
                ? CalendarDate(known: date.year, date.month, date.day + 1)
                : date.month < 12 ? CalendarDate(known: date.year, date.month + 1, 1) : .startOf(year: date.year + 1)
            #expect(date.adding(days: 1) == successor)
            if date.adding(days: 1) != successor { break }
            date = successor
            count += 1
        }
        #expect(CalendarDate("1899-12-25").days(until: date) == count)
        #expect(date.adding(days: -count) == "1899-12-25")
    }

    @Test func quarterOfADate() {
        #expect(CalendarDate("2025-01-01").quarter == 1)
        #expect(CalendarDate("2025-03-31").quarter == 1)
        #expect(CalendarDate("2025-04-01").quarter == 2)
        #expect(CalendarDate("2025-09-30").quarter == 3)
        #expect(CalendarDate("2025-10-01").quarter == 4)
        #expect(CalendarDate("2025-12-31").quarter == 4)
    }

    // MARK: - Creating periods

    @Test func calendarUnitsStartAndEndWhereTheCalendarSays() throws {
        #expect(Period.year(2025).start == "2025-01-01" && Period.year(2025).end == "2025-12-31")
        #expect(try Period(year: 2025) == .year(2025))
        let june = try Period(year: 2025, month: 6)
        #expect(june.kind == .month && june.start == "2025-06-01" && june.end == "2025-06-30")
        #expect(Period.month(of: "2025-06-17") == june)
        let secondQuarter = try Period(year: 2025, quarter: 2)
        #expect(secondQuarter.kind == .quarter)
        #expect(secondQuarter.start == "2025-04-01" && secondQuarter.end == "2025-06-30")
        #expect(Period.quarter(of: "2025-05-10") == secondQuarter)
        #expect(Period.quarter(of: "2025-11-15") == (try Period(year: 2025, quarter: 4)))
        #expect(try Period(year: 2025, quarter: 4).start == "2025-10-01")
        #expect(try Period(year: 2025, quarter: 1).end == "2025-03-31")
        #expect(Period.year(of: "2025-05-10") == .year(2025))
        #expect(Period.day("2025-06-30").start == "2025-06-30" && Period.day("2025-06-30").end == "2025-06-30")
    }

    @Test func figuresOutsideTheCalendarAreRejected() {
        #expect(throws: PeriodError(text: "0")) { try Period(year: 0) }
        #expect(throws: PeriodError(text: "10000")) { try Period(year: 10_000) }
        #expect(throws: PeriodError(text: "2025-13")) { try Period(year: 2025, month: 13) }
        #expect(throws: PeriodError(text: "2025-0")) { try Period(year: 2025, month: 0) }
        #expect(throws: PeriodError(text: "2025-Q5")) { try Period(year: 2025, quarter: 5) }
        #expect(throws: PeriodError(text: "2025-Q0")) { try Period(year: 2025, quarter: 0) }
        #expect(throws: PeriodError(text: "10000-Q1")) { try Period(year: 10_000, quarter: 1) }
        #expect(throws: PeriodError(text: "2025-02-01/2025-01-01")) {
            try Period(from: "2025-02-01", through: "2025-01-01")
        }
        #expect(PeriodError(text: "2025-13").errorDescription?.contains("\"2025-13\" is not a period") == true)
    }

    @Test func aRangeStaysARangeEvenWhenItSpansAWholeYear() throws {
        let range = try Period(from: "2025-01-01", through: "2025-12-31")
        #expect(range.kind == .range)
        #expect(range != .year(2025))
        #expect(range.start == Period.year(2025).start && range.end == Period.year(2025).end)
        #expect(try Period(from: "2025-06-30", through: "2025-06-30").kind == .range)
        #expect(try Period(iso8601: "2025-01-01/2025-12-31") == range)
    }

    @Test func openEndedRanges() {
        let fromThen = Period.starting("2011-01-01")
        #expect(fromThen.kind == .range && fromThen.end == .latest && fromThen.isOpenEnded)
        #expect(fromThen.contains(CalendarDate.latest) && !fromThen.contains(CalendarDate("2010-12-31")))
        let untilThen = Period.through("2025-06-30")
        #expect(untilThen.kind == .range && untilThen.start == .earliest && !untilThen.isOpenEnded)
        #expect(Period.always.start == .earliest && Period.always.end == .latest && Period.always.isOpenEnded)
        #expect(Period.starting(.earliest) == .always && Period.through(.latest) == .always)
        // A calendar unit is never open-ended, even the last one.
        #expect(!Period.year(9999).isOpenEnded && !Period.day(.latest).isOpenEnded)
        #expect(Period.year(9999).end == .latest)
    }

    // MARK: - Containment

    @Test(arguments: [
        (Period.day("2025-06-30"), CalendarDate("2025-06-30"), CalendarDate("2025-06-30")),
        (try! Period(year: 2025, month: 6), "2025-06-01", "2025-06-30"),
        (try! Period(year: 2024, month: 2), "2024-02-01", "2024-02-29"),
        (try! Period(year: 2025, quarter: 2), "2025-04-01", "2025-06-30"),
        (try! Period(year: 2025, quarter: 4), "2025-10-01", "2025-12-31"),
        (Period.year(2025), "2025-01-01", "2025-12-31"),
        (try! Period(from: "2025-01-15", through: "2025-03-10"), "2025-01-15", "2025-03-10"),
    ])
    func containsItsFirstAndLastDayButNotTheDaysAround(period: Period, first: CalendarDate, last: CalendarDate) {
        #expect(period.start == first && period.end == last)
        #expect(period.contains(first))
        #expect(period.contains(last))
        #expect(!period.contains(first.adding(days: -1)!))
        #expect(!period.contains(last.adding(days: 1)!))
        #expect(period.contains(period))
    }

    @Test func containsTheDaysAtTheCalendarsEnds() {
        #expect(Period.always.contains(CalendarDate.earliest) && Period.always.contains(CalendarDate.latest))
        #expect(Period.year(1).contains(CalendarDate.earliest) && Period.year(9999).contains(CalendarDate.latest))
    }

    @Test func containsAnotherPeriod() throws {
        let year = Period.year(2025)
        #expect(year.contains(try Period(year: 2025, month: 1)))
        #expect(year.contains(try Period(year: 2025, quarter: 4)))
        #expect(year.contains(Period.day("2025-12-31")))
        #expect(!year.contains(Period.day("2026-01-01")))
        #expect(!year.contains(try Period(from: "2025-12-01", through: "2026-01-31")))
        #expect(!(try Period(year: 2025, month: 6)).contains(year))
        #expect(Period.always.contains(year) && Period.starting("2011-01-01").contains(Period.year(9999)))
        #expect(year.contains(try Period(from: "2025-01-01", through: "2025-12-31")))
    }

    // MARK: - Leap years

    @Test func leapYearsFollowTheGregorianRule() throws {
        #expect(try Period(year: 2024, month: 2).dayCount == 29)
        #expect(try Period(year: 2024, month: 2).end == "2024-02-29")
        #expect(try Period(year: 2025, month: 2).dayCount == 28)
        #expect(try Period(year: 2100, month: 2).dayCount == 28)  // divisible by 100, not by 400
        #expect(try Period(year: 1900, month: 2).dayCount == 28)
        #expect(try Period(year: 2000, month: 2).dayCount == 29)  // divisible by 400
        #expect(Period.year(2024).dayCount == 366)
        #expect(Period.year(2025).dayCount == 365)
        #expect(Period.year(2100).dayCount == 365)
        #expect(Period.year(2000).dayCount == 366)
        #expect(try Period(year: 2024, quarter: 1).dayCount == 91)
        #expect(try Period(year: 2025, quarter: 1).dayCount == 90)
        #expect(Period.year(2100).contains(try Period(from: "2100-02-28", through: "2100-03-01")))
        #expect(try Period(from: "2100-02-28", through: "2100-03-01").dayCount == 2)
        #expect(try Period(from: "2000-02-28", through: "2000-03-01").dayCount == 3)
    }

    @Test func dayCount() throws {
        #expect(Period.day("2025-06-30").dayCount == 1)
        #expect(try Period(year: 2025, month: 6).dayCount == 30)
        #expect(try Period(year: 2025, quarter: 3).dayCount == 92)
        #expect(try Period(from: "2025-01-01", through: "2025-06-30").dayCount == 181)
        #expect(Period.always.dayCount == 3_652_059)
        #expect(Period.year(2024).months.map(\.dayCount).reduce(0, +) == 366)
    }

    // MARK: - Whole units inside a period

    @Test func monthsQuartersAndYearsInsideARangeAreOnlyWholeOnes() throws {
        let range = try Period(from: "2024-01-15", through: "2025-03-31")
        #expect(
            range.months.map(\.description) == [
                "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10",
                "2024-11", "2024-12", "2025-01", "2025-02", "2025-03",
            ])
        #expect(range.quarters.map(\.description) == ["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"])
        #expect(range.years.isEmpty)

        let endingMidMonth = try Period(from: "2025-01-01", through: "2025-06-29")
        #expect(endingMidMonth.months.map(\.description) == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"])
        #expect(endingMidMonth.quarters.map(\.description) == ["2025-Q1"])
        #expect(endingMidMonth.years.isEmpty)

        let aroundTwoYears = try Period(from: "2023-12-31", through: "2026-01-01")
        #expect(aroundTwoYears.years == [.year(2024), .year(2025)])
        #expect(aroundTwoYears.quarters.count == 8 && aroundTwoYears.months.count == 24)
        #expect(aroundTwoYears.months.first == (try Period(year: 2024, month: 1)))
        #expect(aroundTwoYears.months.last == (try Period(year: 2025, month: 12)))

        let withinAMonth = try Period(from: "2025-06-02", through: "2025-06-30")
        #expect(withinAMonth.months.isEmpty && withinAMonth.quarters.isEmpty && withinAMonth.years.isEmpty)
        #expect(try Period(from: "2025-06-01", through: "2025-06-30").months == [try Period(year: 2025, month: 6)])
    }

    @Test func unitsInsideCalendarUnits() throws {
        let year = Period.year(2025)
        #expect(year.months.count == 12 && year.quarters.count == 4 && year.years == [year])
        #expect(year.months.allSatisfy { $0.kind == .month } && year.months == year.months.sorted())
        #expect(year.quarters.map(\.description) == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"])
        let quarter = try Period(year: 2025, quarter: 3)
        #expect(quarter.months.map(\.description) == ["2025-07", "2025-08", "2025-09"])
        #expect(quarter.quarters == [quarter] && quarter.years.isEmpty)
        #expect(Period.day("2025-06-01").months.isEmpty)
        #expect(Period.year(9999).months.last == (try Period(year: 9999, month: 12)))
        #expect(Period.always.years.count == 9999)
        #expect(Period.starting("9999-10-01").quarters == [try Period(year: 9999, quarter: 4)])
    }

    // MARK: - Overlaps and intersections

    @Test func periodsThatTouchDoNotOverlap() throws {
        let june = try Period(year: 2025, month: 6)
        let july = try Period(year: 2025, month: 7)
        #expect(!june.overlaps(july) && !july.overlaps(june))
        #expect(june.intersection(july) == nil && july.intersection(june) == nil)
        #expect(!Period.year(2024).overlaps(.year(2025)))
        #expect(!Period.through("2010-12-31").overlaps(.starting("2011-01-01")))
    }

    @Test func periodsSharingOneDayOverlapOnThatDay() throws {
        let firstHalf = try Period(from: "2025-01-01", through: "2025-06-30")
        let secondHalf = try Period(from: "2025-06-30", through: "2025-12-31")
        #expect(firstHalf.overlaps(secondHalf) && secondHalf.overlaps(firstHalf))
        let shared = try #require(firstHalf.intersection(secondHalf))
        #expect(shared == (try Period(from: "2025-06-30", through: "2025-06-30")))
        #expect(shared.kind == .range && shared.dayCount == 1)
        #expect(Period.day("2025-06-30").intersection(firstHalf) == .day("2025-06-30"))
        #expect(Period.year(2025).overlaps(.day("2025-12-31")) && !Period.year(2025).overlaps(.day("2026-01-01")))
    }

    @Test func intersectionIsARangeUnlessItIsOneOfTheTwo() throws {
        let year = Period.year(2025)
        let june = try Period(year: 2025, month: 6)
        #expect(year.intersection(june) == june)
        #expect(june.intersection(year) == june)
        #expect(year.intersection(.always) == year)
        #expect(Period.always.intersection(year) == year)
        #expect(year.intersection(year) == year)
        let overlapping = try #require(year.intersection(.starting("2025-07-01")))
        #expect(overlapping == (try Period(from: "2025-07-01", through: "2025-12-31")))
        let sameDays = try Period(from: "2025-01-01", through: "2025-12-31")
        #expect(year.intersection(sameDays) == year && sameDays.intersection(year) == sameDays)
        let acrossYears = try #require(
            Period.year(2024).intersection(try Period(from: "2024-12-01", through: "2025-01-31")))
        // Its days are exactly December 2024, but it is neither of the two, so it is a range.
        #expect(acrossYears == (try Period(from: "2024-12-01", through: "2024-12-31")))
        #expect(acrossYears != (try Period(year: 2024, month: 12)))
    }

    // MARK: - Next and previous

    @Test func nextAndPreviousCrossYearEnds() throws {
        #expect(Period.day("2025-12-31").next == .day("2026-01-01"))
        #expect(Period.day("2026-01-01").previous == .day("2025-12-31"))
        #expect(Period.day("2024-02-28").next == .day("2024-02-29"))
        #expect(try Period(year: 2025, month: 12).next == (try Period(year: 2026, month: 1)))
        #expect(try Period(year: 2026, month: 1).previous == (try Period(year: 2025, month: 12)))
        #expect(try Period(year: 2025, month: 1).next == (try Period(year: 2025, month: 2)))
        #expect(try Period(year: 2025, quarter: 4).next == (try Period(year: 2026, quarter: 1)))
        #expect(try Period(year: 2026, quarter: 1).previous == (try Period(year: 2025, quarter: 4)))
        #expect(Period.year(2025).next == .year(2026) && Period.year(2025).previous == .year(2024))
    }

    @Test func theRangeThatFollowsHasTheSameLength() throws {
        let tenDays = try Period(from: "2025-01-01", through: "2025-01-10")
        #expect(tenDays.next == (try Period(from: "2025-01-11", through: "2025-01-20")))
        #expect(tenDays.previous == (try Period(from: "2024-12-22", through: "2024-12-31")))
        let leapSpan = try Period(from: "2024-02-01", through: "2024-02-29")
        #expect(leapSpan.next == (try Period(from: "2024-03-01", through: "2024-03-29")))
        #expect(tenDays.next?.previous == tenDays)
    }

    @Test func nextAndPreviousAreNilAtTheCalendarsEnds() throws {
        #expect(Period.year(9999).next == nil && Period.year(1).previous == nil)
        #expect(Period.year(9999).previous == .year(9998) && Period.year(1).next == .year(2))
        #expect(try Period(year: 9999, month: 12).next == nil && (try Period(year: 1, month: 1)).previous == nil)
        #expect(try Period(year: 9999, quarter: 4).next == nil && (try Period(year: 1, quarter: 1)).previous == nil)
        #expect(Period.day(.latest).next == nil && Period.day(.earliest).previous == nil)
        #expect(Period.starting("2011-01-01").next == nil && Period.through("2025-06-30").previous == nil)
        #expect(Period.always.next == nil && Period.always.previous == nil)
        // A range whose follower would run past 9999-12-31, even by a day.
        #expect(try Period(from: "9999-12-25", through: "9999-12-28").next == nil)
        #expect(
            try Period(from: "9999-12-24", through: "9999-12-27").next
                == (try Period(from: "9999-12-28", through: "9999-12-31")))
        #expect(try Period(from: "0001-01-03", through: "0001-01-05").previous == nil)
        #expect(
            try Period(from: "0001-01-04", through: "0001-01-06").previous
                == (try Period(from: "0001-01-01", through: "0001-01-03")))
    }

    // MARK: - Ordering

    @Test func periodsOrderByStartThenEnd() throws {
        let year = Period.year(2025)
        let sameDays = try Period(from: "2025-01-01", through: "2025-12-31")
        let january = try Period(year: 2025, month: 1)
        let firstDay = Period.day("2025-01-01")
        #expect(firstDay < january && january < year && year < .year(2026))
        #expect(year < sameDays && !(sameDays < year) && year != sameDays)
        #expect(Period.through("2025-06-30") < .day("0001-01-02"))
        #expect(
            [sameDays, .year(2026), year, january, firstDay].sorted() == [
                firstDay, january, year, sameDays, .year(2026),
            ])
    }

    // MARK: - Text

    @Test func descriptionIsTheISOForm() {
        #expect(Period.day("2025-06-30").description == "2025-06-30")
        #expect((try? Period(year: 2025, month: 6))?.description == "2025-06")
        #expect((try? Period(year: 2025, quarter: 2))?.description == "2025-Q2")
        #expect(Period.year(2025).description == "2025")
        #expect(Period.year(1).description == "0001")
        #expect((try? Period(from: "2025-01-01", through: "2025-06-30"))?.description == "2025-01-01/2025-06-30")
        #expect(Period.starting("2011-01-01").description == "2011-01-01/9999-12-31")
        #expect(Period.always.description == "0001-01-01/9999-12-31")
    }

    @Test(arguments: PeriodTests.samples)
    func iso8601RoundTrips(period: Period) throws {
        #expect(try Period(iso8601: period.description) == period)
    }

    @Test(arguments: [
        "2025-13", "2025-00", "2025-Q5", "2025-Q0", "2025-q2", "2025-Q", "2025-Q12", "2025-06-31", "2023-02-29",
        "2100-02-29", "2025-02-01/2025-01-01", "", "25", "0000", "10000", "2025-6", "2025-06-1", "+025",
        "2025-+6", "2025-06-30 ", " 2025", "2025-01-01/", "/2025-01-01", "2025-01-01/2025-02-01/2025-03-01",
        "2025/2026", "2025-06/2025-07", "2025-06-30-01", "２０２５", "2025-Ⅱ",
    ])
    func iso8601RejectsTextThatIsNotAPeriod(text: String) {
        #expect(throws: PeriodError(text: text)) { try Period(iso8601: text) }
    }

    @Test func formattedInChinese() throws {
        #expect(Period.day("2025-06-30").formatted(.chinese) == "2025年6月30日")
        #expect(try Period(year: 2025, month: 6).formatted(.chinese) == "2025年6月")
        #expect(try Period(year: 2025, quarter: 1).formatted(.chinese) == "2025年第一季度")
        #expect(try Period(year: 2025, quarter: 2).formatted(.chinese) == "2025年第二季度")
        #expect(try Period(year: 2025, quarter: 3).formatted(.chinese) == "2025年第三季度")
        #expect(try Period(year: 2025, quarter: 4).formatted(.chinese) == "2025年第四季度")
        #expect(Period.year(2025).formatted(.chinese) == "2025年")
        #expect(
            try Period(from: "2025-01-01", through: "2025-06-30").formatted(.chinese) == "2025年1月1日至2025年6月30日")
        #expect(Period.starting("2025-01-01").formatted(.chinese) == "2025年1月1日起")
        #expect(Period.through("2025-06-30").formatted(.chinese) == "至2025年6月30日")
        #expect(Period.always.formatted(.chinese) == "不限期")
        #expect(Period.year(9999).formatted(.chinese) == "9999年")
    }

    @Test func formattedInEnglish() throws {
        #expect(Period.day("2025-06-30").formatted(.english) == "30 June 2025")
        #expect(try Period(year: 2025, month: 6).formatted(.english) == "June 2025")
        #expect(try Period(year: 2025, month: 1).formatted(.english) == "January 2025")
        #expect(try Period(year: 2025, month: 12).formatted(.english) == "December 2025")
        #expect(try Period(year: 2025, quarter: 2).formatted(.english) == "Q2 2025")
        #expect(Period.year(2025).formatted(.english) == "2025")
        #expect(
            try Period(from: "2025-01-01", through: "2025-06-30").formatted(.english)
                == "1 January 2025 to 30 June 2025")
        #expect(Period.starting("2025-01-01").formatted(.english) == "from 1 January 2025")
        #expect(Period.through("2025-06-30").formatted(.english) == "until 30 June 2025")
        #expect(Period.always.formatted(.english) == "at any time")
    }

    // MARK: - JSON

    @Test func encodesAsKindStartAndEnd() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(Period.year(2025)), as: UTF8.self)
                == #"{"end":"2025-12-31","kind":"year","start":"2025-01-01"}"#)
        #expect(
            String(decoding: try encoder.encode(Period.starting("2011-01-01")), as: UTF8.self)
                == #"{"end":"9999-12-31","kind":"range","start":"2011-01-01"}"#)
    }

    @Test func jsonRoundTripsEveryKind() throws {
        let data = try JSONEncoder().encode(PeriodTests.samples)
        #expect(try JSONDecoder().decode([Period].self, from: data) == PeriodTests.samples)
        #expect(Set(PeriodTests.samples.map(\.kind)) == Set(Period.Kind.allCases))
        let written = #"{"kind": "quarter", "start": "2025-04-01", "end": "2025-06-30"}"#
        #expect(try JSONDecoder().decode(Period.self, from: Data(written.utf8)) == (try Period(year: 2025, quarter: 2)))
    }

    @Test(arguments: [
        (#"{"kind": "month", "start": "2025-06-01", "end": "2025-06-29"}"#, "is not a calendar month"),
        (#"{"kind": "month", "start": "2025-06-02", "end": "2025-06-30"}"#, "is not a calendar month"),
        (#"{"kind": "month", "start": "2025-06-01", "end": "2025-07-31"}"#, "is not a calendar month"),
        (#"{"kind": "day", "start": "2025-06-01", "end": "2025-06-02"}"#, "is not a calendar day"),
        (#"{"kind": "quarter", "start": "2025-04-01", "end": "2025-06-29"}"#, "is not a calendar quarter"),
        (#"{"kind": "year", "start": "2025-01-01", "end": "2025-12-30"}"#, "is not a calendar year"),
        (#"{"kind": "range", "start": "2025-02-01", "end": "2025-01-01"}"#, "ends (2025-01-01) before it starts"),
        (#"{"kind": "year", "start": "2025-12-31", "end": "2025-01-01"}"#, "ends (2025-01-01) before it starts"),
        (#"{"kind": "week", "start": "2025-06-02", "end": "2025-06-08"}"#, "week"),
        (#"{"kind": "range", "start": "2025-06-31", "end": "2025-07-01"}"#, "2025-06-31"),
    ])
    func decodingRejectsAPeriodThatIsNotWhatItSays(json: String, problem: String) throws {
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Period.self, from: Data(json.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.debugDescription.contains(problem), "\(context.debugDescription)")
    }

    @Test func decodingNamesTheUnitTheDaysShouldHaveBeen() throws {
        let json = #"{"kind": "month", "start": "2025-06-01", "end": "2025-06-29"}"#
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Period.self, from: Data(json.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(
            context.debugDescription
                == "2025-06-01/2025-06-29 is not a calendar month: the month 2025-06 runs from 2025-06-01 to 2025-06-30"
        )
        #expect(context.codingPath.map(\.stringValue) == ["end"])
    }
}
