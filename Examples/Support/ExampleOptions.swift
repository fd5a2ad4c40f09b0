import Foundation
import PartyBuilding
import PartyBuildingReports

/// The options every example takes, read from the command line by ``ExampleOptions/parse(_:command:own:)``:
/// the output format, language and file, the audit date, the packs, `--fail-on`, the encoding of a
/// CSV file and the data file itself (the one positional argument).
public struct ExampleOptions: Sendable {
    /// `--format text|json|csv|markdown|html` (default `text`).
    public var format: ReportFormat = .text
    /// `--lang zh|en`; by default from the locale (``Language/fromEnvironment(_:)``).
    public var language: Language
    /// `--output FILE`: where the report goes (default the standard output).
    public var outputPath: String?
    /// `--date YYYY-MM-DD`: the audit date, when given.
    public var date: CalendarDate?
    /// `--packs SZ2011,NAT,…`: the packs, when given (default ``PolicyPack/builtIn``).
    public var packIDs: [String]?
    /// `--fail-on violation|warning`: exit with status 1 when a finding this severe or worse is reported.
    public var failOn: Severity?
    /// `--encoding auto|utf8|gb18030`: how a CSV file is decoded (default: detected).
    public var encoding: TextEncoding = .automatic
    /// The data file (`.csv` table or interchange `.json`); `nil` for the built-in sample.
    public var dataPath: String?

    /// Options with the defaults, the language taken from `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        language = .fromEnvironment(environment)
    }

    /// `chinese` or `english`, in the chosen language.
    public func text(_ chinese: String, _ english: String) -> String { language == .chinese ? chinese : english }

    /// The packs chosen, in the catalog's order of the IDs given.
    /// - Throws: ``ExampleError/usage(_:)`` naming an unknown pack.
    public func packs() throws(ExampleError) -> [PolicyPack] {
        guard let packIDs else { return PolicyPack.builtIn }
        return try packIDs.map { id throws(ExampleError) in
            guard let pack = PolicyPack.catalog.first(where: { $0.id == id }) else {
                throw .usage(
                    "--packs \(id): no such pack; the packs are "
                        + PolicyPack.catalog.map(\.id).joined(separator: ", "))
            }
            return pack
        }
    }

    /// Reads the command line: the common options into the result, every other option offered to
    /// `own` (which returns `false` for an option it does not know).
    ///
    /// `--help` throws ``ExampleError/help``, so that the caller prints the command's help and exits 0.
    /// - Throws: ``ExampleError/usage(_:)`` for an unknown option, a missing or bad value, or a second file.
    public static func parse(
        _ arguments: [String], command: ExampleCommand,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        own: (String, inout ArgumentList) throws(ExampleError) -> Bool = { _, _ in false }
    ) throws(ExampleError) -> ExampleOptions {
        var options = ExampleOptions(environment: environment)
        var list = ArgumentList(arguments)
        while let argument = list.next() {
            switch argument {
            case "--help", "-h": throw .help
            case "--": continue  // `swift run name -- …` passes the separator through
            case "--format":
                let text = try list.value(for: argument)
                guard let format = ReportFormat(rawValue: text) else {
                    throw .usage("--format \(text): use text, json, csv, markdown or html")
                }
                options.format = format
            case "--lang":
                let text = try list.value(for: argument)
                guard let language = Language(option: text) else { throw .usage("--lang \(text): use zh or en") }
                options.language = language
            case "--output", "-o": options.outputPath = try list.value(for: argument)
            case "--date":
                let text = try list.value(for: argument)
                do { options.date = try CalendarDate(iso8601: text) } catch {
                    throw .usage("--date \(text): use a day YYYY-MM-DD")
                }
            case "--packs":
                options.packIDs = try list.value(for: argument).split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
            case "--fail-on":
                let text = try list.value(for: argument)
                guard let severity = Severity(rawValue: text), severity <= .warning else {
                    throw .usage("--fail-on \(text): use violation or warning")
                }
                options.failOn = severity
            case "--encoding":
                let text = try list.value(for: argument)
                guard let encoding = TextEncoding(option: text) else {
                    throw .usage("--encoding \(text): use auto, utf8 or gb18030")
                }
                options.encoding = encoding
            default:
                if try own(argument, &list) { continue }
                if argument.hasPrefix("-") && argument != "-" { throw .usage("unknown option \(argument)") }
                guard options.dataPath == nil else {
                    throw .usage("one data file only: \(options.dataPath ?? "") and \(argument)")
                }
                options.dataPath = argument
            }
        }
        _ = try options.packs()
        return options
    }
}

/// The arguments still to read, for an example's own options.
public struct ArgumentList: Sendable {
    private var remaining: ArraySlice<String>

    /// The arguments, first to last.
    public init(_ arguments: [String]) { remaining = arguments[...] }

    /// The next argument, or `nil` at the end.
    public mutating func next() -> String? { remaining.popFirst() }

    /// The value after `option`.
    /// - Throws: ``ExampleError/usage(_:)`` when there is none.
    public mutating func value(for option: String) throws(ExampleError) -> String {
        guard let value = remaining.popFirst() else { throw .usage("\(option) needs a value") }
        return value
    }

    /// The whole number after `option`, within `range`.
    /// - Throws: ``ExampleError/usage(_:)`` when it is missing, not a number or out of range.
    public mutating func number(for option: String, in range: ClosedRange<Int>) throws(ExampleError) -> Int {
        let text = try value(for: option)
        guard let number = Int(text), range.contains(number) else {
            throw .usage("\(option) \(text): use a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}

extension Language {
    /// The language of the locale in `environment` (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): English
    /// for `en…`, Chinese for `zh…` and when none is set (or the locale is `C` or `POSIX`).
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("en") == true ? .english : .chinese
    }

    /// The language an option names: `zh` (also `zh-Hans`, `zh_CN`) or `en`.
    init?(option: String) {
        switch option.lowercased() {
        case "zh", "zh-hans", "zh_cn", "zh-cn": self = .chinese
        case "en", "en-us", "en_us", "en-gb": self = .english
        default: return nil
        }
    }
}

extension TextEncoding {
    /// The encoding an option names: `auto`, `utf8` (`utf-8`) or `gb18030` (`gbk`).
    init?(option: String) {
        switch option.lowercased() {
        case "auto", "automatic": self = .automatic
        case "utf8", "utf-8": self = .utf8
        case "gb18030", "gbk", "gb2312": self = .gb18030
        default: return nil
        }
    }
}
