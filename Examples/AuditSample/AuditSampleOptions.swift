import Foundation
import PartyBuilding
import PartyBuildingSynthetic

/// The command line of `audit-sample`.
struct AuditSampleOptions {
    var date = CalendarDate(known: SampleCommunities.year, 12, 31)
    var language: Language = .chinese
    var json = false
    var listRules = false
    /// A data file to audit instead of the built-in sample: `.csv` (a community table) or `.json` (interchange format).
    var dataPath: String?
    /// The encoding of a CSV data file; by default told from its bytes.
    var encoding: TextEncoding = .automatic
    var showHelp = false

    static let usage = """
        usage: swift run audit-sample [--data FILE [--encoding automatic|utf8|gb18030]] [--date YYYY-MM-DD] [--lang zh-Hans|en] [--json] [--rules]

        Audits three built-in sample communities (东关社区 from the seeds, and two invented ones)
        against the Suzhou opinion of 2011 (SZ2011) and prints the findings with their clauses.

          --data FILE         audit the communities of a data file instead: a CSV table
                              (Documentation/DataFiles.md) or the JSON interchange format
          --encoding ENC      the encoding of a CSV file: automatic (default: UTF-8 or GB18030
                              as the bytes show), utf8 or gb18030
          --date YYYY-MM-DD   audit date (default \(SampleCommunities.year)-12-31)
          --lang zh-Hans|en   language of the messages (default zh-Hans)
          --json              print the whole report as JSON instead
          --rules             print the catalog of encoded rules and parameters (Markdown) instead
        """

    /// An argument the program does not understand.
    struct ArgumentError: LocalizedError {
        var errorDescription: String?
    }

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--date":
                guard let text = remaining.popFirst() else {
                    throw ArgumentError(errorDescription: "--date needs a date")
                }
                date = try CalendarDate(iso8601: text)
            case "--lang":
                guard let text = remaining.popFirst(), let value = Language(rawValue: text) else {
                    throw ArgumentError(errorDescription: "--lang takes zh-Hans or en")
                }
                language = value
            case "--data":
                guard let path = remaining.popFirst() else {
                    throw ArgumentError(errorDescription: "--data needs a file")
                }
                dataPath = path
            case "--encoding":
                guard let text = remaining.popFirst(), let value = TextEncoding(rawValue: text) else {
                    throw ArgumentError(errorDescription: "--encoding takes automatic, utf8 or gb18030")
                }
                encoding = value
            case "--json": json = true
            case "--rules": listRules = true
            case "--": continue  // `swift run audit-sample -- …` passes the separator through
            case "--help", "-h": showHelp = true
            default: throw ArgumentError(errorDescription: "unknown argument \(argument)")
            }
        }
    }
}
