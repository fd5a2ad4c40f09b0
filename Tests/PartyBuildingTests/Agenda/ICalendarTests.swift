import PartyBuilding
import Testing

/// ``ICalendar``: RFC 5545 text with CRLF lines, folding at 75 octets and TEXT escaping.
@Suite("ICalendar")
struct ICalendarTests {
    func text(summary: String, description: String = "说明") -> String {
        ICalendar(events: [.init(uid: "u-1@example", date: "2025-12-31", summary: summary, description: description)])
            .text(stamp: "2025-12-01")
    }

    @Test("the calendar's structure, every line ending in CRLF")
    func structure() {
        let text = text(summary: "支委会")
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        for line in ["UID:u-1@example", "DTSTAMP:20251201T000000Z", "DTSTART;VALUE=DATE:20251231", "SUMMARY:支委会"] {
            #expect(text.contains("\r\n" + line + "\r\n"), "\(line)")
        }
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test("a long Chinese summary folds at 75 octets without splitting a character, and unfolds to itself")
    func folding() throws {
        let summary = String(repeating: "党支部委员会会议应于本月召开", count: 5)
        let text = text(summary: summary)
        let lines = text.components(separatedBy: "\r\n").dropLast()
        for line in lines { #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)") }
        let folded = lines.drop { !$0.hasPrefix("SUMMARY:") }.prefix { !$0.hasPrefix("DESCRIPTION:") }
        #expect(folded.count > 1)
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.first.map { $0.utf8.count } == 74)  // "SUMMARY:" (8) + 22 characters of 3 octets
        #expect(
            folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined()
                == "SUMMARY:" + summary)
    }

    @Test("TEXT escaping of backslash, semicolon, comma and newline")
    func escaping() {
        let text = text(summary: "a\\b;c,d", description: "第一行\n第二行")
        #expect(text.contains("SUMMARY:a\\\\b\\;c\\,d\r\n"))
        #expect(text.contains("DESCRIPTION:第一行\\n第二行\r\n"))
    }
}
