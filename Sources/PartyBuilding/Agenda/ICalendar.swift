/// An iCalendar file (RFC 5545) of all-day events, for a secretary to import what falls due into a
/// phone calendar: a `VCALENDAR` of `VERSION:2.0` with a `PRODID`, and one `VEVENT` an event with
/// its `UID`, `DTSTAMP`, `DTSTART;VALUE=DATE`, `SUMMARY` and `DESCRIPTION`.
///
/// The text follows the RFC's rules: lines end with CRLF; a line longer than 75 octets is folded
/// (CRLF and one space), never inside a UTF-8 character; in TEXT values a backslash, a semicolon and
/// a comma are escaped with a backslash and a newline is written `\n` (RFC 5545 3.3.11).
///
/// ```swift
/// let calendar = ICalendar(events: [.init(uid: "NAT.meetings.committee-ORG-1-2025-12@partybuildingkit",
///                                         date: "2025-12-31", summary: "支委会", description: "…")])
/// let text = calendar.text(stamp: "2025-12-01")
/// ```
public struct ICalendar: Sendable, Hashable {
    /// One all-day event.
    public struct Event: Sendable, Hashable {
        /// A globally unique ID, stable across exports so that a calendar updates the event.
        public var uid: String
        /// The day the event falls on.
        public var date: CalendarDate
        /// A one-line summary.
        public var summary: String
        /// A longer description; may hold newlines.
        public var description: String

        /// Creates an event.
        public init(uid: String, date: CalendarDate, summary: String, description: String) {
            self.uid = uid
            self.date = date
            self.summary = summary
            self.description = description
        }
    }

    /// The `PRODID` of the calendar.
    public var productID: String
    /// The events, in the order written.
    public var events: [Event]

    /// Creates a calendar.
    public init(productID: String = "-//PartyBuildingKit//Agenda//ZH", events: [Event]) {
        self.productID = productID
        self.events = events
    }

    /// The calendar as RFC 5545 text; `stamp` is the day written as each event's `DTSTAMP` (at
    /// 00:00 UTC), so that the same export gives the same bytes.
    public func text(stamp: CalendarDate) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + Self.escaped(productID), "CALSCALE:GREGORIAN"]
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:" + Self.escaped(event.uid), "DTSTAMP:" + Self.basic(stamp) + "T000000Z",
                "DTSTART;VALUE=DATE:" + Self.basic(event.date), "SUMMARY:" + Self.escaped(event.summary),
                "DESCRIPTION:" + Self.escaped(event.description), "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).map { $0 + "\r\n" }.joined()
    }

    /// A TEXT value escaped: `\` → `\\`, `;` → `\;`, `,` → `\,`, a newline → `\n`.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A content line folded into lines of at most 75 octets, each continuation starting with a space.
    static func folded(_ line: String) -> String {
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += size
        }
        return result
    }

    /// A date in the basic format, `20251231`.
    private static func basic(_ date: CalendarDate) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(date.year, 4) + padded(date.month, 2) + padded(date.day, 2)
    }
}
