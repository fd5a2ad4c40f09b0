import Foundation

/// A run of consecutive calendar days that a rule, a figure or a record applies to: a day, a calendar
/// month, quarter or year, or any range of days.
///
/// Rules are stated for periods ("每年", "第二季度", "自2011年起"), so the library answers "does this period
/// cover that date" in one place. As in OpenFisca, a period is a unit and a start; here it also keeps its
/// last day, so that every question is a comparison of ``CalendarDate``s:
///
/// ```swift
/// let quarter = try Period(year: 2025, quarter: 2)          // 2025-04-01 … 2025-06-30
/// quarter.contains(CalendarDate("2025-06-30"))                // true
/// quarter.months.map(\.description)                           // ["2025-04", "2025-05", "2025-06"]
/// Period.starting("2011-01-01").formatted(.chinese)           // "2011年1月1日起"
/// ```
///
/// Both ends are inclusive. A period never reaches outside ``CalendarDate/earliest``…``CalendarDate/latest``,
/// and one that runs to ``CalendarDate/latest`` stands for "from then on" (see ``isOpenEnded``).
///
/// Two periods are equal when they have the same ``kind`` and the same days: the year 2025 and the
/// ``Kind/range`` from 2025-01-01 through 2025-12-31 cover the same days but are not equal. Compare
/// ``start`` and ``end`` to ask whether two periods cover the same days.
///
/// In the interchange format a period is an object, `{"kind": "year", "start": "2025-01-01",
/// "end": "2025-12-31"}`; ``description`` and ``init(iso8601:)`` write and read the ISO 8601-like text
/// forms `2025-06-30`, `2025-06`, `2025-Q2`, `2025` and `2025-01-01/2025-06-30`.
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The unit a period is: one of the calendar's, or a range of days.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// One day.
        case day
        /// A calendar month, from its 1st to its last day.
        case month
        /// A calendar quarter: January–March, April–June, July–September or October–December.
        case quarter
        /// A calendar year, from 1 January to 31 December.
        case year
        /// Any run of days, given by its first and last day, whether or not it happens to line up
        /// with a calendar unit.
        case range
    }

    /// The unit the period is.
    public let kind: Kind
    /// The first day of the period.
    public let start: CalendarDate
    /// The last day of the period, inclusive.
    public let end: CalendarDate

    /// A period whose days were checked to be of its kind.
    private init(_ kind: Kind, _ start: CalendarDate, _ end: CalendarDate) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    // MARK: - Creating periods

    /// The period of one day.
    public static func day(_ date: CalendarDate) -> Period { Period(.day, date, date) }

    /// A calendar year.
    /// - Throws: ``PeriodError`` when the year is outside 1–9999.
    public init(year: Int) throws(PeriodError) {
        guard (1...9999).contains(year) else { throw PeriodError(text: "\(year)") }
        self = Period.year(of: CalendarDate.startOf(year: year))
    }

    /// A calendar month of a year.
    /// - Throws: ``PeriodError`` when the year is outside 1–9999 or the month outside 1–12.
    public init(year: Int, month: Int) throws(PeriodError) {
        guard (1...9999).contains(year), (1...12).contains(month) else { throw PeriodError(text: "\(year)-\(month)") }
        self = Period.month(of: CalendarDate(known: year, month, 1))
    }

    /// A calendar quarter of a year: quarter 1 is January–March, 4 is October–December.
    /// - Throws: ``PeriodError`` when the year is outside 1–9999 or the quarter outside 1–4.
    public init(year: Int, quarter: Int) throws(PeriodError) {
        guard (1...9999).contains(year), (1...4).contains(quarter) else {
            throw PeriodError(text: "\(year)-Q\(quarter)")
        }
        self = Period.quarter(of: CalendarDate(known: year, quarter * 3 - 2, 1))
    }

    /// The range of days from `start` through `end`, both included.
    ///
    /// The period is always a ``Kind/range``, even when its days happen to be exactly a calendar
    /// month, quarter or year: `Period(from: "2025-01-01", through: "2025-12-31")` covers the same days
    /// as `Period.year(2025)` but is not equal to it. Use ``year(_:)``, ``month(of:)`` and the like for
    /// calendar units.
    /// - Throws: ``PeriodError`` when `end` is before `start`.
    public init(from start: CalendarDate, through end: CalendarDate) throws(PeriodError) {
        guard start <= end else { throw PeriodError(text: "\(start)/\(end)") }
        self.init(.range, start, end)
    }

    /// A calendar year the caller knows exists, for years written in code: `Period.year(2025)`.
    /// - Precondition: the year is in 1–9999; a year outside stops the program. Use ``init(year:)`` for
    ///   figures read from records.
    public static func year(_ year: Int) -> Period {
        do { return try Period(year: year) } catch {
            preconditionFailure("\(error.text) is not a year of the calendar (1–9999)")
        }
    }

    /// The calendar month `date` falls in.
    public static func month(of date: CalendarDate) -> Period {
        Period(
            .month, CalendarDate(known: date.year, date.month, 1),
            CalendarDate(known: date.year, date.month, CalendarDate.daysIn(month: date.month, year: date.year)))
    }

    /// The calendar quarter `date` falls in.
    public static func quarter(of date: CalendarDate) -> Period {
        let lastMonth = date.quarter * 3
        return Period(
            .quarter, CalendarDate(known: date.year, lastMonth - 2, 1),
            CalendarDate(known: date.year, lastMonth, CalendarDate.daysIn(month: lastMonth, year: date.year)))
    }

    /// The calendar year `date` falls in.
    public static func year(of date: CalendarDate) -> Period {
        Period(.year, CalendarDate.startOf(year: date.year), CalendarDate.endOf(year: date.year))
    }

    /// The open-ended ``Kind/range`` from `start` on ("自…起"): through ``CalendarDate/latest``.
    public static func starting(_ start: CalendarDate) -> Period { Period(.range, start, .latest) }

    /// The ``Kind/range`` of every day up to and including `end` ("至…"): from ``CalendarDate/earliest``.
    public static func through(_ end: CalendarDate) -> Period { Period(.range, .earliest, end) }

    /// The ``Kind/range`` of every day, ``CalendarDate/earliest`` through ``CalendarDate/latest``: for
    /// a rule that does not depend on the date.
    public static let always = Period(.range, .earliest, .latest)

    // MARK: - Questions

    /// Whether the period is a ``Kind/range`` that runs to ``CalendarDate/latest``, that is, has no end
    /// ("自…起"), like ``starting(_:)`` and ``always``.
    ///
    /// Only ranges are open-ended: the year 9999 also ends on ``CalendarDate/latest``, but it is a
    /// calendar year, not "from 9999-01-01 on".
    public var isOpenEnded: Bool { kind == .range && end == .latest }

    /// Whether `date` is one of the period's days, its first and last included.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// Whether every day of `other` is a day of the period (a period contains itself).
    public func contains(_ other: Period) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two periods have at least one day in common; periods that only touch (one ends the
    /// day before the other starts) do not overlap.
    public func overlaps(_ other: Period) -> Bool { start <= other.end && other.start <= end }

    /// The days the two periods have in common, or `nil` when they do not overlap.
    ///
    /// The result is a ``Kind/range``, unless it is all of one of the two periods, in which case it is
    /// that period (`self` when it is all of both): the intersection of the year 2025 and its June is
    /// the month 2025-06.
    public func intersection(_ other: Period) -> Period? {
        guard overlaps(other) else { return nil }
        let first = Swift.max(start, other.start)
        let last = Swift.min(end, other.end)
        if first == start && last == end { return self }
        if first == other.start && last == other.end { return other }
        return Period(.range, first, last)
    }

    /// The number of days in the period, its first and last included: 366 for the year 2024.
    public var dayCount: Int { start.days(until: end) + 1 }

    /// The whole calendar months that lie inside the period, in order; a month the period covers only
    /// part of is left out.
    public var months: [Period] { whole(.month) }

    /// The whole calendar quarters that lie inside the period, in order.
    public var quarters: [Period] { whole(.quarter) }

    /// The whole calendar years that lie inside the period, in order.
    public var years: [Period] { whole(.year) }

    /// The period that follows, or `nil` when it would run past ``CalendarDate/latest``.
    ///
    /// For a day, month, quarter or year it is the next one of the same kind (2025-12 is followed by
    /// 2026-01). For a range it is the range of the same number of days that starts the day after it
    /// ends, so an open-ended range has none.
    public var next: Period? {
        guard let after = end.adding(days: 1) else { return nil }
        guard kind == .range else { return Period.unit(kind, of: after) }
        guard let last = after.adding(days: dayCount - 1) else { return nil }
        return Period(.range, after, last)
    }

    /// The period that precedes, or `nil` when it would start before ``CalendarDate/earliest``.
    ///
    /// For a day, month, quarter or year it is the previous one of the same kind. For a range it is the
    /// range of the same number of days that ends the day before it starts.
    public var previous: Period? {
        guard let before = start.adding(days: -1) else { return nil }
        guard kind == .range else { return Period.unit(kind, of: before) }
        guard let first = before.adding(days: 1 - dayCount) else { return nil }
        return Period(.range, first, before)
    }

    /// Orders periods by their first day, then by their last, and a calendar unit before the range of
    /// the same days, so that exactly one of `<`, `==` and `>` holds for any two periods.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.start, lhs.end, lhs.kind == .range ? 1 : 0) < (rhs.start, rhs.end, rhs.kind == .range ? 1 : 0)
    }

    /// The calendar unit of a kind that `date` falls in.
    private static func unit(_ kind: Kind, of date: CalendarDate) -> Period {
        switch kind {
        case .day: return .day(date)
        case .month: return .month(of: date)
        case .quarter: return .quarter(of: date)
        case .year: return .year(of: date)
        case .range: preconditionFailure("a range is not a calendar unit")
        }
    }

    /// The whole months, quarters or years (by `kind`) inside the period, in order.
    private func whole(_ kind: Kind) -> [Period] {
        let length =
            switch kind {
            case .month: 1
            case .quarter: 3
            default: 12
            }
        // Counted in months since year 0: a unit starts at a multiple of its length.
        let startMonth = start.year * 12 + start.month - 1
        var first = startMonth - startMonth % length
        if first < startMonth || start.day > 1 { first += length }
        var units: [Period] = []
        var unit = first
        while unit + length - 1 < 10_000 * 12 {
            let lastMonth = unit + length - 1
            let (year, month) = (lastMonth / 12, lastMonth % 12 + 1)
            let last = CalendarDate(known: year, month, CalendarDate.daysIn(month: month, year: year))
            guard last <= end else { break }
            units.append(Period(kind, CalendarDate(known: unit / 12, unit % 12 + 1, 1), last))
            unit += length
        }
        return units
    }

    // MARK: - Text

    /// The period in words: "2025年第二季度" or "Q2 2025".
    ///
    /// | Period | Chinese | English |
    /// |---|---|---|
    /// | day | 2025年6月30日 | 30 June 2025 |
    /// | month | 2025年6月 | June 2025 |
    /// | quarter | 2025年第二季度 | Q2 2025 |
    /// | year | 2025年 | 2025 |
    /// | range | 2025年1月1日至2025年6月30日 | 1 January 2025 to 30 June 2025 |
    /// | open-ended range | 2025年1月1日起 | from 1 January 2025 |
    /// | range from ``CalendarDate/earliest`` | 至2025年6月30日 | until 30 June 2025 |
    /// | ``always`` | 不限期 | at any time |
    public func formatted(_ language: Language) -> String {
        switch (kind, language) {
        case (.day, _): return Period.formatted(start, language)
        case (.month, .chinese): return "\(start.year)年\(start.month)月"
        case (.month, .english): return "\(Period.monthNames[start.month - 1]) \(start.year)"
        case (.quarter, .chinese): return "\(start.year)年第\(["一", "二", "三", "四"][start.quarter - 1])季度"
        case (.quarter, .english): return "Q\(start.quarter) \(start.year)"
        case (.year, .chinese): return "\(start.year)年"
        case (.year, .english): return "\(start.year)"
        case (.range, _): break
        }
        let from = Period.formatted(start, language)
        let until = Period.formatted(end, language)
        switch (start == .earliest, end == .latest, language) {
        case (true, true, .chinese): return "不限期"
        case (true, true, .english): return "at any time"
        case (false, true, .chinese): return "\(from)起"
        case (false, true, .english): return "from \(from)"
        case (true, false, .chinese): return "至\(until)"
        case (true, false, .english): return "until \(until)"
        case (false, false, .chinese): return "\(from)至\(until)"
        case (false, false, .english): return "\(from) to \(until)"
        }
    }

    /// The English names of the months.
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// A day in words: "2025年6月30日" or "30 June 2025".
    private static func formatted(_ date: CalendarDate, _ language: Language) -> String {
        switch language {
        case .chinese: "\(date.year)年\(date.month)月\(date.day)日"
        case .english: "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
        }
    }

    /// The period as ISO 8601-like text, read back by ``init(iso8601:)``: `2025-06-30` (day), `2025-06`
    /// (month), `2025-Q2` (quarter), `2025` (year) or `2025-01-01/2025-06-30` (range; an open-ended one
    /// ends `/9999-12-31`).
    public var description: String {
        let text = start.iso8601
        switch kind {
        case .day: return text
        case .month: return String(text.prefix(7))
        case .quarter: return "\(text.prefix(4))-Q\(start.quarter)"
        case .year: return String(text.prefix(4))
        case .range: return "\(text)/\(end.iso8601)"
        }
    }

    /// Parses the text forms ``description`` writes, and only those: `YYYY-MM-DD` (a day), `YYYY-MM`
    /// (a month), `YYYY-Qn` (a quarter), `YYYY` (a year) and `YYYY-MM-DD/YYYY-MM-DD` (a range, which
    /// stays a range whatever its days; see ``init(from:through:)``).
    /// - Throws: ``PeriodError`` naming the text when it is none of these, names a day, month or
    ///   quarter that does not exist (`2025-06-31`, `2025-13`, `2025-Q5`), or is a range that ends
    ///   before it starts.
    public init(iso8601 text: String) throws(PeriodError) {
        guard let period = Period.parse(text) else { throw PeriodError(text: text) }
        self = period
    }

    /// The period a text form names, or `nil`.
    private static func parse(_ text: String) -> Period? {
        let bounds = text.split(separator: "/", omittingEmptySubsequences: false)
        if bounds.count == 2 {
            guard let first = date(bounds[0]), let last = date(bounds[1]), first <= last else { return nil }
            return Period(.range, first, last)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 1, let year = number(parts[0], digits: 4), (1...9999).contains(year) else {
            return nil
        }
        switch parts.count {
        case 1:
            return .year(of: .startOf(year: year))
        case 2 where parts[1].hasPrefix("Q"):
            return number(parts[1].dropFirst(), digits: 1).flatMap { try? Period(year: year, quarter: $0) }
        case 2:
            return number(parts[1], digits: 2).flatMap { try? Period(year: year, month: $0) }
        case 3:
            return date(text[...]).map(Period.day)
        default:
            return nil
        }
    }

    /// The day a `YYYY-MM-DD` text names, or `nil`.
    private static func date(_ text: Substring) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = number(parts[0], digits: 4), let month = number(parts[1], digits: 2),
            let day = number(parts[2], digits: 2)
        else { return nil }
        return try? CalendarDate(year: year, month: month, day: day)
    }

    /// The value of exactly `digits` ASCII digits (no sign, no spaces), or `nil`.
    private static func number(_ text: Substring, digits: Int) -> Int? {
        guard text.utf8.count == digits, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    // MARK: - Coding

    private enum CodingKeys: String, CodingKey {
        case kind
        case start
        case end
    }

    /// Decodes `{"kind": "month", "start": "2025-06-01", "end": "2025-06-30"}`, the dates as ISO 8601
    /// strings.
    /// - Throws: `DecodingError.dataCorrupted` naming the problem when the period ends before it starts,
    ///   or when a day, month, quarter or year does not start and end where that calendar unit does (a
    ///   "month" from 2025-06-01 to 2025-06-29).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        let start = try container.decode(CalendarDate.self, forKey: .start)
        let end = try container.decode(CalendarDate.self, forKey: .end)
        switch Period.decoded(kind, start, end) {
        case .success(let period): self = period
        case .failure(let failure):
            throw DecodingError.dataCorruptedError(
                forKey: failure.atStart ? .start : .end, in: container, debugDescription: failure.reason)
        }
    }

    /// Why the figures of a decoded period do not make one: the reason, and whether it lies in the
    /// start (else in the end).
    struct DecodingFailure: Error {
        var reason: String
        var atStart: Bool
    }

    /// The period of a document's `kind`, `start` and `end`, checked as its `Decodable`
    /// conformance and the interchange reader check it.
    static func decoded(_ kind: Kind, _ start: CalendarDate, _ end: CalendarDate) -> Result<Period, DecodingFailure> {
        guard start <= end else {
            return .failure(
                DecodingFailure(reason: "the period ends (\(end)) before it starts (\(start))", atStart: false))
        }
        if kind != .range {
            let unit = Period.unit(kind, of: start)
            guard unit.start == start && unit.end == end else {
                return .failure(
                    DecodingFailure(
                        reason: "\(start)/\(end) is not a calendar \(kind): the \(kind) \(unit) runs from "
                            + "\(unit.start) to \(unit.end)",
                        atStart: unit.start != start))
            }
        }
        return .success(Period(kind, start, end))
    }

    /// Encodes the period as `{"kind": …, "start": …, "end": …}`, the dates as ISO 8601 strings.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}

/// Figures or a text that do not make a ``Period``.
public struct PeriodError: Error, Sendable, Hashable, LocalizedError {
    /// The text that was read, or the figures in the same form: `"2025-13"`, `"2025-Q5"`,
    /// `"2025-02-01/2025-01-01"`.
    public let text: String
    /// A sentence naming the text and the forms a period is written in.
    public var errorDescription: String? {
        "\"\(text)\" is not a period (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY or YYYY-MM-DD/YYYY-MM-DD)"
    }
}
