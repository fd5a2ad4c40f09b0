import Foundation
import PartyBuilding

/// What the analyst asked for on the command line: the city, the date, and the scenario.
struct WhatIfOptions {
    /// Communities in the synthetic city.
    var communities = 200
    /// The seed of the synthetic city.
    var seed: UInt64 = 20_110_101
    /// A data file (the interchange format) to read instead of generating a city.
    var dataPath: String?
    /// The audit date; `nil` means the city's own (31 December of its year).
    var date: CalendarDate?
    /// The overrides, as `ID=VALUE` texts, read once the packs are known.
    var assignments: [(id: ParameterID, text: String)] = []
    /// The first day the overrides apply.
    var from: CalendarDate?
    /// The last day the overrides apply.
    var until: CalendarDate?
    /// How many changed communities to list one by one.
    var limit = 20

    /// The scenario of the issue when no `--parameter` is given: 200 CNY per member from 2025.
    static let defaultAssignment = (id: SZ2011.Parameters.activityFundPerMember, text: "200")
    static let defaultFrom = CalendarDate("2025-01-01")

    static let usage = """
        usage: what-if [options]
          Audits a synthetic city under SZ2011, then under a what-if scenario, and prints what changed.

          --parameter ID=VALUE   override a parameter (repeatable), in the parameter's unit:
                                 money in CNY (200), counts and years as whole numbers, days (7 or 2.5),
                                 areas in m², ratios as a decimal or a fraction (0.03, 1/3, 1.2),
                                 texts as they are, lists comma-separated
                                 (default SZ2011.19.activity-fund.per-member=200)
          --from YYYY-MM-DD      first day of the overrides (default 2025-01-01 for the default scenario,
                                 otherwise from the beginning)
          --until YYYY-MM-DD     last day of the overrides (default open-ended)
          --date YYYY-MM-DD      audit date (default 2025-12-31, the synthetic city's year end)
          --data FILE            read the communities from a data file: a CSV table or the JSON interchange format
                                 (a CommunityDataset JSON file) instead of generating a synthetic city
          --communities N        communities in the synthetic city, 1 to 10000 (default 200)
          --seed N               the synthetic city's seed (default 20110101)
          --limit N              changed communities to list one by one (default 20)
          --list-parameters      print every parameter's ID, unit and current value, then stop
          --help                 print this text

        example: swift run what-if --parameter SZ2011.19.activity-fund.per-member=200 --from 2025-01-01
        """

    /// Whether the analyst asked for the parameter list.
    var listParameters = false

    /// Reads the options.
    /// - Throws: ``WhatIfError`` naming the option and the value that cannot be used.
    init(arguments: [String]) throws(WhatIfError) {
        var remaining = arguments[...]
        func value(for option: String) throws(WhatIfError) -> String {
            guard let value = remaining.popFirst() else { throw .missingValue(option) }
            return value
        }
        func number(_ option: String, in range: ClosedRange<Int>) throws(WhatIfError) -> Int {
            let text = try value(for: option)
            guard let number = Int(text), range.contains(number) else {
                throw .badValue(option, text, "a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        func date(_ option: String) throws(WhatIfError) -> CalendarDate {
            let text = try value(for: option)
            do { return try CalendarDate(iso8601: text) } catch { throw .badValue(option, text, "a date YYYY-MM-DD") }
        }
        while let option = remaining.popFirst() {
            switch option {
            case "--parameter":
                let text = try value(for: option)
                guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                    throw .badValue(option, text, "ID=VALUE, for example SZ2011.19.activity-fund.per-member=200")
                }
                assignments.append(
                    (ParameterID(rawValue: String(text[..<equals])), String(text[text.index(after: equals)...])))
            case "--from": from = try date(option)
            case "--until": until = try date(option)
            case "--date": self.date = try date(option)
            case "--data": dataPath = try value(for: option)
            case "--communities": communities = try number(option, in: 1...10_000)
            case "--limit": limit = try number(option, in: 0...10_000)
            case "--seed":
                let text = try value(for: option)
                guard let seed = UInt64(text) else { throw .badValue(option, text, "a whole number from 0") }
                self.seed = seed
            case "--list-parameters": listParameters = true
            case "--help", "-h": throw .helpRequested
            default: throw .unknownOption(option)
            }
        }
        if assignments.isEmpty {
            assignments = [Self.defaultAssignment]
            from = from ?? Self.defaultFrom
        }
        if let from, let until, until < from {
            throw .badValue("--until", until.iso8601, "a date on or after --from \(from.iso8601)")
        }
    }

    /// The scenario the assignments describe, each value read in its parameter's unit.
    /// - Throws: ``WhatIfError/unknownParameter(_:)`` or ``WhatIfError/badParameterValue(_:_:expected:)``.
    func scenario(packs: [PolicyPack]) throws(WhatIfError) -> Scenario {
        var overrides: [Scenario.Override] = []
        for (id, text) in assignments {
            guard let parameter = packs.lazy.compactMap({ $0.parameter(id) }).first,
                let kind = parameter.values.first?.value.kind
            else { throw .unknownParameter(id) }
            overrides.append(.init(id, value: try Self.value(text, kind: kind, for: id), from: from, until: until))
        }
        let name = assignments.map { "\($0.id)=\($0.text)" }.joined(separator: ", ")
        return Scenario(name: name, overrides: overrides)
    }

    /// Reads `text` as a value of `kind`.
    private static func value(_ text: String, kind: String, for id: ParameterID) throws(WhatIfError)
        -> ParameterValue
    {
        let invalid = WhatIfError.badParameterValue(id, text, expected: kind)
        let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        do {
            switch kind {
            case "money":
                guard let decimal else { throw invalid }
                return .money(try Money(yuan: decimal))
            case "count", "years":
                guard let whole = Int(text), whole >= 0 else { throw invalid }
                return kind == "count" ? .count(whole) : .years(whole)
            case "days":
                guard let decimal, decimal > 0 else { throw invalid }
                return .days(try Days(decimal))
            case "area":
                guard let decimal, decimal >= 0 else { throw invalid }
                return .area(try Area(squareMetres: decimal))
            case "ratio":
                let parts = text.split(separator: "/")
                if parts.count == 2, let numerator = Int64(parts[0]), let denominator = Int64(parts[1]), denominator > 0
                {
                    return .ratio(Ratio(numerator, denominator))
                }
                guard let decimal else { throw invalid }
                return .ratio(try Ratio(decimal))
            case "text": return .text(text)
            case "texts": return .texts(text.split(separator: ",").map(String.init))
            default: throw invalid
            }
        } catch let error as WhatIfError {
            throw error
        } catch {
            throw invalid
        }
    }
}

/// A command line the what-if cannot run.
enum WhatIfError: Error, LocalizedError {
    /// `--help` was given.
    case helpRequested
    /// An option the program does not know.
    case unknownOption(String)
    /// An option without its value.
    case missingValue(String)
    /// An option whose value cannot be used: the option, the value, what is expected.
    case badValue(String, String, String)
    /// No pack defines the parameter.
    case unknownParameter(ParameterID)
    /// The value cannot be read in the parameter's unit.
    case badParameterValue(ParameterID, String, expected: String)
    /// The data file cannot be read: the error names the file and where in it.
    case data(any Error)
    /// The audit could not run.
    case audit(AuditError)

    var errorDescription: String? {
        switch self {
        case .helpRequested: nil
        case .unknownOption(let option): "unknown option \(option)"
        case .missingValue(let option): "\(option) needs a value"
        case .badValue(let option, let value, let expected): "\(option) \(value): expected \(expected)"
        case .unknownParameter(let id): "no pack defines the parameter \(id) (see --list-parameters)"
        case .badParameterValue(let id, let value, let kind): "\(id)=\(value): expected a \(kind) value"
        case .data(let error): "the data file cannot be read: \(error.localizedDescription)"
        case .audit(let error): "the audit failed: \(error.localizedDescription)"
        }
    }
}
