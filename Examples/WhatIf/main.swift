import ExampleSupport
// An analyst's what-if: the packs as they are against a scenario — parameters changed on the command
// line or in a scenario file — and per community and per district the change in every amount a money
// rule requires and in the findings.
//
//     swift run what-if
//     swift run what-if Examples/Data/district.csv --parameter SZ2011.19.activity-fund.per-member=200
//     swift run what-if --scenario scenario.json --format html -o what-if.html
import Foundation
import PartyBuilding
import PartyBuildingReports
import PartyBuildingSynthetic

let command = ExampleCommand(
    name: "what-if",
    help: """
        usage: swift run what-if [options] [FILE]

        Audits the communities under the packs as they are, then under a scenario, and reports the
        parameters changed for the periods judged, the change in every amount a money rule requires
        (activity- and work-fund floors, the city/district parts, pay floors, dues owed) by community
        and by district, and how the findings moved. Without FILE it uses a synthetic city.

          --parameter ID=VALUE     override a parameter (repeatable), in the parameter's unit: money in
                                   元 (200), counts and years as whole numbers, days (7 or 2.5), areas in
                                   m², ratios as a decimal, a percentage or a fraction (0.03, 3%, 1/3),
                                   texts as they are, lists comma-separated
                                   (default SZ2011.19.activity-fund.per-member=200 from 2025-01-01)
          --scenario FILE          read the scenario from a JSON file: {"name": …, "overrides": [{"parameterID":
                                   …, "value": {"money": 200}, "validFrom": "2025-01-01"}]}
          --from YYYY-MM-DD        first day of the --parameter overrides (default from the beginning)
          --until YYYY-MM-DD       last day of the --parameter overrides (default open-ended)
                                   a year judged takes the values in force on its first day
          --communities N          communities in the synthetic city, 1 to 10000 (default 200)
          --seed N                 the synthetic city's seed (default 20110101)
          --limit N                communities whose findings are listed one by one (default 20)
          --list-parameters        print every parameter's ID, unit and value on the date, then stop

        example: swift run what-if Examples/Data/district.csv --parameter SZ2011.19.work-fund.per-resident=25
        """)

var assignments: [String] = []
var scenarioPath: String?
var from: CalendarDate?
var until: CalendarDate?
var size = 200
var seed: UInt64 = 20_110_101
var limit = 20
var listParameters = false

/// A day given to an option.
func day(_ option: String, _ list: inout ArgumentList) throws(ExampleError) -> CalendarDate {
    let text = try list.value(for: option)
    do { return try CalendarDate(iso8601: text) } catch { throw .usage("\(option) \(text): use a day YYYY-MM-DD") }
}

await command.run(
    own: { argument, list throws(ExampleError) in
        switch argument {
        case "--parameter": assignments.append(try list.value(for: argument))
        case "--scenario": scenarioPath = try list.value(for: argument)
        case "--from": from = try day(argument, &list)
        case "--until": until = try day(argument, &list)
        case "--communities": size = try list.number(for: argument, in: 1...10_000)
        case "--limit": limit = try list.number(for: argument, in: 0...10_000)
        case "--seed":
            let text = try list.value(for: argument)
            guard let value = UInt64(text) else { throw .usage("--seed \(text): use a whole number from 0") }
            seed = value
        case "--list-parameters": listParameters = true
        default: return false
        }
        return true
    },
    body: { options throws(ExampleError) in
        let packs = try options.packs()
        let city = SyntheticCity(communities: size, seed: seed)
        let (communities, _) = try options.communities { city.communities }
        let date = options.date ?? CalendarDate(known: city.year, 12, 31)
        if listParameters {
            var lines: [String] = []
            for parameter in packs.flatMap(\.parameters) {
                let value =
                    parameter.value(on: date)?.formatted(options.language)
                    ?? options.text("未生效", "not in force")
                lines.append(
                    "\(parameter.id) (\(parameter.kind)): \(value) — \((options.language == .chinese ? parameter.title.chinese : parameter.title.english))"
                )
            }
            try options.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            return 0
        }
        let scenario = try readScenario(
            path: scenarioPath, assignments: assignments, from: from, until: until, packs: packs, options: options)
        let progress = Progress(communities: communities.count)
        progress.step(options.text("正在审核 \(communities.count) 个社区…", "Auditing \(communities.count) communities…"))
        let baseline = try await options.audit(communities, on: date)
        progress.step(options.text("正在按情景重新审核…", "Auditing under the scenario…"))
        do {
            let whatIf = try await Auditor(packs: packs, scenario: scenario).reaudit(baseline, of: communities)
            progress.finish()
            let view = try WhatIfReport(
                communities, baseline: baseline, scenario: whatIf, applying: scenario, packs: packs)
            try options.write(try view.document(options.language, limit: limit))
            return options.exitStatus(for: whatIf.findings)
        } catch let error as ExampleError {
            throw error
        } catch {
            throw .input(error.localizedDescription)
        }
    })

/// The scenario of `--scenario` or of the `--parameter` assignments (by default 200 元 a member from 2025).
func readScenario(
    path scenarioPath: String?, assignments: [String], from: CalendarDate?, until: CalendarDate?, packs: [PolicyPack],
    options: ExampleOptions
) throws(ExampleError) -> Scenario {
    if let scenarioPath {
        guard assignments.isEmpty else { throw .usage("--scenario and --parameter cannot be combined") }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: scenarioPath))
            return try JSONDecoder().decode(Scenario.self, from: data)
        } catch {
            throw .input(
                options.text("情景文件“\(scenarioPath)”无法读取：", "the scenario file \(scenarioPath) cannot be read: ")
                    + error.localizedDescription)
        }
    }
    var given = assignments
    var start = from
    if given.isEmpty {
        given = ["\(SZ2011.Parameters.activityFundPerMember)=200"]
        start = start ?? CalendarDate("2025-01-01")
    }
    do {
        let period = try Period(from: start ?? .earliest, through: until ?? .latest)
        return try Scenario(parsing: given, over: period, packs: packs)
    } catch let error as ParameterError {
        if case .unknown(let id) = error {
            throw .usage(
                options.text(
                    "没有政策包定义参数 \(id)（见 --list-parameters）",
                    "no pack defines the parameter \(id) (see --list-parameters)"))
        }
        throw .usage(error.localizedDescription)
    } catch {
        throw .usage("--until \(until?.iso8601 ?? ""): use a day on or after --from")
    }
}
