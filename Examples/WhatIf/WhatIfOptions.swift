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
    var assignments: [String] = []
    /// The first day the overrides apply.
    var from: CalendarDate?
    /// The last day the overrides apply.
    var until: CalendarDate?
    /// How many changed communities to list one by one.
    var limit = 20

    /// The scenario of the issue when no `--parameter` is given: 200 CNY per member from 2025.
    static let defaultAssignment = "\(SZ2011.Parameters.activityFundPerMember)=200"
    static let defaultFrom = CalendarDate("2025-01-01")

    static let usage = """
        usage: what-if [options]
          Audits a synthetic city under SZ2011, then under a what-if scenario, and prints what changed.

          --parameter ID=VALUE   override a parameter (repeatable), in the parameter's unit:
                                 money in CNY (200), counts and years as whole numbers, days (7 or 2.5),
                                 areas in m², ratios as a decimal, a percentage or a fraction (0.03, 3%, 1/3),
                                 texts as they are, lists comma-separated
                                 (default SZ2011.19.activity-fund.per-member=200)
          --from YYYY-MM-DD      first day of the overrides (default 2025-01-01 for the default scenario,
                                 otherwise from the beginning)
          --until YYYY-MM-DD     last day of the overrides (default open-ended)
                                 A year judged takes the overrides in force on its first day (1 January);
                                 a state judged on the audit date takes those in force that day.
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
                assignments.append(try value(for: option))
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

    /// The scenario the assignments describe, each value read in its parameter's unit by the library
    /// (``Scenario/init(parsing:over:packs:)``), over `--from` … `--until`.
    /// - Throws: ``WhatIfError/parameter(_:)``.
    func scenario(packs: [PolicyPack]) throws(WhatIfError) -> Scenario {
        do {
            let period = try Period(from: from ?? .earliest, through: until ?? .latest)
            return try Scenario(parsing: assignments, over: period, packs: packs)
        } catch let error as ParameterError {
            throw .parameter(error)
        } catch {
            throw .badValue("--until", until?.iso8601 ?? "", "a date on or after --from")
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
    /// An assignment names no parameter, is not `ID=VALUE`, or its value is not of the parameter's unit.
    case parameter(ParameterError)
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
        case .parameter(.unknown(let id)): "no pack defines the parameter \(id) (see --list-parameters)"
        case .parameter(let error): error.localizedDescription
        case .data(let error): "the data file cannot be read: \(error.localizedDescription)"
        case .audit(let error): "the audit failed: \(error.localizedDescription)"
        }
    }
}
