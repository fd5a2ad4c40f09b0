/// A month of a year, such as March 2025: the period dues are owed for and monthly meetings are held in.
///
/// A month takes four bytes, so that a year of a member's dues payments stays small. In the
/// interchange format a month is the string `"2025-03"`.
public struct CalendarMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Months since January of year 0: `year * 12 + month - 1`.
    private let index: Int32

    /// Creates a month, checking it.
    /// - Throws: ``CalendarDateError`` when the month is not 1–12 or the year not 1–9999.
    public init(year: Int, month: Int) throws(CalendarDateError) {
        guard (1...9999).contains(year), (1...12).contains(month) else {
            throw CalendarDateError(text: "\(year)-\(month)")
        }
        index = Int32(year * 12 + month - 1)
    }

    /// The month a date falls in.
    public init(of date: CalendarDate) { index = Int32(date.year * 12 + date.month - 1) }

    /// The year, for example 2025.
    public var year: Int { Int(index) / 12 }
    /// The month of the year, 1–12.
    public var month: Int { Int(index) % 12 + 1 }

    /// The month's first day.
    public var firstDay: CalendarDate { CalendarDate(known: year, month, 1) }
    /// The month's last day.
    public var lastDay: CalendarDate { CalendarDate(known: year, month, CalendarDate.daysIn(month: month, year: year)) }
    /// The month as a ``Period`` of kind `month`.
    public var period: Period { .month(of: firstDay) }

    /// The whole calendar months inside a period, in order, as ``Period/months`` gives them but
    /// without building a period for each: a month the period covers only part of is left out.
    public static func months(in period: Period) -> [CalendarMonth] {
        let start = CalendarMonth(of: period.start)
        let end = CalendarMonth(of: period.end)
        let first = period.start == start.firstDay ? start.index : start.index + 1
        let last = period.end == end.lastDay ? end.index : end.index - 1
        guard first <= last else { return [] }
        return (first...last).map(CalendarMonth.init(index:))
    }

    /// The month `count` months later (earlier when negative), or `nil` outside years 1–9999.
    public func adding(_ count: Int) -> CalendarMonth? {
        let (target, overflow) = Int(index).addingReportingOverflow(count)
        guard !overflow, target >= 12, target < 10_000 * 12 else { return nil }
        return CalendarMonth(index: Int32(target))
    }

    /// The number of months from `self` to `other` (negative when `other` is earlier).
    public func months(until other: CalendarMonth) -> Int { Int(other.index) - Int(index) }

    private init(index: Int32) { self.index = index }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool { lhs.index < rhs.index }

    /// The month as ISO 8601 text, `2025-03`.
    public var description: String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + (month < 10 ? "-0" : "-")
            + String(month)
    }

    /// Parses `YYYY-MM`.
    /// - Throws: ``CalendarDateError`` naming the text when it is not such a month.
    public init(iso8601 text: String) throws(CalendarDateError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1])
        else { throw CalendarDateError(text: text) }
        do { try self.init(year: year, month: month) } catch { throw CalendarDateError(text: text) }
    }

    /// Decodes a month from `"YYYY-MM"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(iso8601: text) } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a month (YYYY-MM)")
        }
    }

    /// Encodes the month as `"YYYY-MM"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
