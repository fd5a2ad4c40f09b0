import Foundation
import Testing

/// `swift run due`: what falls due in the next days, and its iCalendar file.
@Suite("due example")
struct DueExampleTests {
    let due = ExampleProgram(name: "due")

    @Test func theSampleListsWhatFallsDueWithItsRule() throws {
        let (status, output, _) = try due.run(["--days", "30"])
        #expect(status == 0)
        #expect(output.contains("2025年12月31日") && output.contains("[NAT.meetings."))
    }

    @Test func aDataFileAndAnICalendarFile() throws {
        let ics = FileManager.default.temporaryDirectory.appendingPathComponent("due-\(UUID().uuidString).ics")
        defer { try? FileManager.default.removeItem(at: ics) }
        let (status, output, _) = try due.run([
            "--data", "Examples/Data/dues.json", "--date", "2025-06-10", "--days", "30", "--ics", ics.path,
            "--lang", "en",
        ])
        #expect(status == 0)
        #expect(output.contains("Hold the theme day in June 2025  [NAT.meetings.theme-day]"))
        let text = try String(contentsOf: ics, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20250630\r\n"))
    }

    @Test func badInputIsAMessageAndExitStatus2() throws {
        for arguments in [["--days", "x"], ["--date", "2025-13-01"], ["--data", "Examples/Data/no-such-file.json"]] {
            let (status, _, errors) = try due.run(arguments)
            #expect(status == 2, "\(arguments)")
            #expect(errors.hasPrefix("due: "), "\(arguments)")
        }
    }
}
