import ExampleSupport
// Budget view: per community the activity- and work-fund floors of SZ2011 art. 19, what was granted
// and the gap, with street and district subtotals, and the city/district split where it applies.
//
//     swift run funds Examples/Data/district.csv
//     swift run funds Examples/Data/district.csv --year 2025 --format csv -o funds.csv
import Foundation
import PartyBuilding
import PartyBuildingReports
import PartyBuildingSynthetic

let command = ExampleCommand(
    name: "funds",
    help: """
        usage: swift run funds [options] [FILE]

        Per community: the activity-fund floor (150 元 a member, at least 15,000 元 below 100 members),
        the work-fund floor (20 元 a resident), what was granted in the year and the gap, with street and
        district subtotals and a chart of each gap; and where the city/district split of SZ2011 art. 19
        applies (平江区, 沧浪区 and 金阊区 until 2012), the city's and the district's parts.
        Members are counted on --date; a grant not recorded shows as "—", never as 0. With --fail-on, the
        exit status is 1 when the fund rules (SZ2011.19.*) find something that severe.

          --year YYYY              the budget year (default the year judged on --date)
          --parameter ID=VALUE     judge the floors under a changed parameter (repeatable), for example
                                   SZ2011.19.activity-fund.per-member=200

        example: swift run funds Examples/Data/district.csv --year 2025 --format csv -o funds.csv
        """)

var year: Int?
var assignments: [String] = []
await command.run(
    own: { argument, list throws(ExampleError) in
        switch argument {
        case "--year": year = try list.number(for: argument, in: 1900...9999)
        case "--parameter": assignments.append(try list.value(for: argument))
        default: return false
        }
        return true
    },
    body: { options throws(ExampleError) in
        let (communities, _) = try options.communities { SampleCommunities.all }
        let date = options.date ?? CalendarDate(known: SampleCommunities.year, 12, 31)
        let budgetYear = year ?? Auditor.reportingYear(on: date)
        let packs = try options.packs()
        do {
            let scenario =
                assignments.isEmpty
                ? nil
                : try Scenario(parsing: assignments, over: try Period(from: .earliest, through: .latest), packs: packs)
            let funds = try FundsReport(communities, year: budgetYear, on: date, packs: packs, scenario: scenario)
            try options.write(try funds.document(options.language))
            return try await options.exitStatus(
                of: ["SZ2011.19.activity-fund", "SZ2011.19.work-fund", "SZ2011.19.cost-split"],
                auditing: communities, on: date)
        } catch let error as ExampleError {
            throw error
        } catch {
            throw .input(error.localizedDescription)
        }
    })
