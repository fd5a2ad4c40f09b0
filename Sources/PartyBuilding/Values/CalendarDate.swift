import Foundation

/// A day in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Rules speak of dates and years ("自2011年起", "到2015年", "上年度"), never of instants, so the
/// library does not use `Foundation.Date` for them: a `CalendarDate` means the same day everywhere.
/// In the interchange format a date is an ISO 8601 string, `"2025-06-30"`.
public struct CalendarDate: Sendable, Hashable, Comparable {
    /// The date packed as `year << 9 | month << 5 | day`, so that dates compare as integers and a
    /// date takes four bytes.
    private let packed: Int32

    /// The year, for example 2025.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1–12.
    public var month: Int { Int((packed >> 5) & 0xF) }
    /// The day of the month, 1–31.
    public var day: Int { Int(packed & 0x1F) }

    /// Creates a date, checking that the day exists.
    ///
    /// ```swift
    /// let date = try CalendarDate(year: 2025, month: 12, day: 31)
    /// ```
    /// - Throws: ``CalendarDateError`` when the month or day does not exist (for example 2023-02-29)
    ///   or the year is outside 1–9999.
    public init(year: Int, month: Int, day: Int) throws(CalendarDateError) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { throw CalendarDateError(text: "\(year)-\(month)-\(day)") }
        self.init(packing: year, month, day)
    }

    /// Creates a date the caller knows exists, such as one computed from a year and a day that every
    /// month has: `CalendarDate(known: year, 6, 1)`. For a literal, write `"2025-06-01"`.
    /// - Precondition: the date exists; a day that does not stops the program. Use
    ///   ``init(year:month:day:)`` for figures read from records.
    public init(known year: Int, _ month: Int, _ day: Int) {
        do { try self.init(year: year, month: month, day: day) } catch {
            preconditionFailure("\(error.text) is not a date")
        }
    }

    /// A date whose fields were checked.
    private init(packing year: Int, _ month: Int, _ day: Int) {
        self.packed = Int32(year) << 9 | Int32(month) << 5 | Int32(day)
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`.
    /// - Throws: ``CalendarDateError`` naming the text when it is not such a date.
    public init(iso8601 text: String) throws(CalendarDateError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw CalendarDateError(text: text) }
        do { try self.init(year: year, month: month, day: day) } catch { throw CalendarDateError(text: text) }
    }

    /// The first day of a year.
    /// - Precondition: `year` is in 1…9999.
    public static func startOf(year: Int) -> CalendarDate { CalendarDate(known: year, 1, 1) }

    /// The last day of a year.
    /// - Precondition: `year` is in 1…9999.
    public static func endOf(year: Int) -> CalendarDate { CalendarDate(known: year, 12, 31) }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The same day `years` years later (or earlier when negative); 29 February becomes 28 February
    /// in a year that has none.
    ///
    /// A result before 0001-01-01 or after 9999-12-31 is that day, the calendar's end.
    public func adding(years: Int) -> CalendarDate {
        let (target, overflow) = year.addingReportingOverflow(years)
        if overflow || target < 1 { return overflow && years > 0 ? .latest : .earliest }
        if target > 9999 { return .latest }
        return CalendarDate(known: target, month, Swift.min(day, CalendarDate.daysIn(month: month, year: target)))
    }

    /// The same day `months` months later (or earlier when negative), clamped to the month's last day.
    /// A result before 0001-01-01 or after 9999-12-31 is that day, the calendar's end.
    public func adding(months: Int) -> CalendarDate {
        let (index, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        if overflow || index < 12 { return overflow && months > 0 ? .latest : .earliest }
        if index >= 10_000 * 12 { return .latest }
        let target = (year: index / 12, month: index % 12 + 1)
        return CalendarDate(
            known: target.year, target.month,
            Swift.min(day, CalendarDate.daysIn(month: target.month, year: target.year)))
    }

    /// Full years (周岁) from `self`, a birth date, to `date`: the age on that day.
    ///
    /// A year is complete on its anniversary. A year that ends in a month without the corresponding day
    /// ends on the month's last day (《民法典》第二百零二条: "没有对应日的，月末日为期间的最后一日"), so someone born
    /// on 29 February completes a year on 28 February of a common year.
    public func fullYears(until date: CalendarDate) -> Int {
        var years = date.year - year
        let anniversary = adding(years: years)
        if date < anniversary { years -= 1 }
        return years
    }

    /// The first day the type can hold, 0001-01-01: the start of ``Period/always``.
    public static let earliest = CalendarDate(packing: 1, 1, 1)

    /// The last day the type can hold, 9999-12-31: the end of an open-ended ``Period``.
    public static let latest = CalendarDate(packing: 9999, 12, 31)

    /// The quarter of the year the date falls in, 1–4 (January–March is 1).
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The day `days` days later (or earlier when negative), or `nil` when that day would fall outside
    /// ``earliest``…``latest``.
    ///
    /// ```swift
    /// CalendarDate("2000-01-01").adding(days: 366)  // 2001-01-01
    /// ```
    public func adding(days: Int) -> CalendarDate? {
        let (target, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow, CalendarDate.dayNumbers.contains(target) else { return nil }
        return CalendarDate(dayNumber: target)
    }

    /// The signed number of days from `self` to `other`: positive when `other` is later, 0 for the
    /// same day, so that `adding(days: days(until: other)) == other`.
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The day numbers of ``earliest`` and ``latest``.
    private static let dayNumbers = earliest.dayNumber...latest.dayNumber

    /// Days since 1970-01-01 (negative before it), by the exact "days from civil" conversion of the
    /// proleptic Gregorian calendar (H. Hinnant, *chrono-Compatible Low-Level Date Algorithms*): the
    /// year is counted from March so that the leap day ends it, in 400-year eras of 146,097 days.
    private var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year  // years 0...9999: no negative eras
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400  // 0...399
        let monthFromMarch = (month + 9) % 12  // March 0 … February 11
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1  // 0...365
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear  // 0...146096
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01 (the inverse of ``dayNumber``, "civil from days").
    /// - Precondition: the day number lies in ``dayNumbers``.
    private init(dayNumber: Int) {
        let shifted = dayNumber + 719_468  // days since 0000-03-01, never negative in range
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097  // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365  // 0...399
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)  // 0...365
        let monthFromMarch = (5 * dayOfYear + 2) / 153  // 0...11
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        self.init(packing: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso8601: String {
        let y = String(year)
        let m = String(month)
        let d = String(day)
        return String(repeating: "0", count: 4 - y.count) + y + "-" + (m.count == 1 ? "0" + m : m) + "-"
            + (d.count == 1 ? "0" + d : d)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.packed < rhs.packed }
}

/// A text or a triple that is not a day of the Gregorian calendar.
public struct CalendarDateError: Error, Sendable, Hashable, LocalizedError {
    /// The text that was read.
    public let text: String
    public var errorDescription: String? { "\"\(text)\" is not a calendar date (YYYY-MM-DD)" }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(iso8601: text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.errorDescription ?? text)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}

extension CalendarDate: ExpressibleByStringLiteral {
    /// A date written as an ISO 8601 literal in code: `let due: CalendarDate = "2025-12-31"`, or
    /// `CalendarDate("2025-12-31")`.
    /// - Precondition: the literal is a day of the calendar; parse text from records with
    ///   ``init(iso8601:)``, which throws instead.
    public init(stringLiteral text: String) {
        do { try self.init(iso8601: text) } catch { preconditionFailure(error.errorDescription ?? text) }
    }
}

extension CalendarDate: CustomStringConvertible {
    public var description: String { iso8601 }
}
