// What falls due in the next days (issue 8, item 7): meetings not yet held, probations ending, terms
// ending and members in their fourth month without dues, sorted by day, each with its rule; and an
// iCalendar file a secretary imports into a phone calendar.
//
//     swift run due --days 30
//     swift run due --days 30 --data Examples/Data/dues.json --date 2025-06-10 --ics due.ics
import Foundation
import PartyBuilding
import PartyBuildingSynthetic

let usage = """
    usage: due [options]
      Lists the obligations falling due in the next days, sorted by day, each with its rule.

      --days N             the days ahead (default 30)
      --data FILE          an interchange JSON file (default: the built-in sample communities)
      --date YYYY-MM-DD    the day to look ahead from (default 2025-12-10)
      --ics FILE           also write the list as an iCalendar file (RFC 5545)
      --lang zh|en         the language (default zh)
      --help               print this text
    """

/// Stops with a message and the usage text.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("due: \(message)\n\n\(usage)\n".utf8))
    exit(2)
}

var days = 30
var dataPath: String?
var date: CalendarDate = "2025-12-10"
var icsPath: String?
var language = Language.chinese
var arguments = CommandLine.arguments.dropFirst()[...]
while let argument = arguments.popFirst() {
    switch argument {
    case "--help", "-h":
        print(usage)
        exit(0)
    case "--days":
        guard let text = arguments.popFirst(), let value = Int(text), (0...3_660).contains(value) else {
            fail("--days needs a number of days from 0 to 3660")
        }
        days = value
    case "--data":
        guard let path = arguments.popFirst() else { fail("--data needs a file") }
        dataPath = path
    case "--date":
        guard let text = arguments.popFirst(), let value = try? CalendarDate(iso8601: text) else {
            fail("--date needs a day, YYYY-MM-DD")
        }
        date = value
    case "--ics":
        guard let path = arguments.popFirst() else { fail("--ics needs a file") }
        icsPath = path
    case "--lang":
        switch arguments.popFirst() {
        case "zh": language = .chinese
        case "en": language = .english
        default: fail("--lang needs zh or en")
        }
    default:
        fail("unknown option \(argument)")
    }
}

var communities = SampleCommunities.all
if let dataPath {
    do {
        communities = try CommunityDataset.read(from: URL(fileURLWithPath: dataPath)).communities
    } catch {
        FileHandle.standardError.write(Data("due: \(error.description)\n".utf8))
        exit(2)
    }
}

let due = DueObligations.due(in: communities, from: date, days: days)
for obligation in due {
    print("\(Quantity.date(obligation.date).formatted(language))  \(obligation.text[language])  [\(obligation.ruleID)]")
}
if due.isEmpty { print(language == .chinese ? "近期没有到期事项" : "Nothing falls due") }
if let icsPath {
    let events = due.map { obligation in
        ICalendar.Event(
            uid:
                "\(obligation.ruleID)-\(obligation.communityID)-\(obligation.subject.idText)-\(obligation.date)@partybuildingkit",
            date: obligation.date, summary: obligation.text.chinese,
            description: obligation.text.english + "\n" + obligation.ruleID.rawValue)
    }
    do {
        try Data(ICalendar(events: events).text(stamp: date).utf8).write(to: URL(fileURLWithPath: icsPath))
    } catch {
        FileHandle.standardError.write(Data("due: cannot write \(icsPath): \(error.localizedDescription)\n".utf8))
        exit(2)
    }
}
