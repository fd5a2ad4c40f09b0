import ExampleSupport
// Space view: the service space, work-and-activity rooms and Party-use area that SZ2011 art. 15
// requires (3%, 0.5%, a third) and the national 30 m² per 100 households, side by side, with what is
// recorded and the gap, for planned and existing communities.
//
//     swift run space Examples/Data/district.csv
//     swift run space Examples/Data/district.csv --parameter SZ2011.15.service-space.share=4% --format csv
import Foundation
import PartyBuilding
import PartyBuildingReports
import PartyBuildingSynthetic

let command = ExampleCommand(
    name: "space",
    help: """
        usage: swift run space [options] [FILE]

        Per community: the service space SZ2011 art. 15 requires (3% of the above-ground residential
        floor area), the work-and-activity rooms (0.5%) and the part of them for the Party organisation
        and members (at least a third), next to the national floor of 30 m² of service space for every
        100 households; what is recorded, the gap, district subtotals and charts of the gaps. Planned
        and existing communities side by side; an area not recorded shows as "—", never as 0.
        With --fail-on, the exit status is 1 when the space rules find something that severe.

          --parameter ID=VALUE     judge the floors under a changed parameter (repeatable), for example
                                   SZ2011.15.service-space.share=4%

        example: swift run space Examples/Data/district.csv --date 2025-12-31 --format html -o space.html
        """)

var assignments: [String] = []
await command.run(
    own: { argument, list throws(ExampleError) in
        guard argument == "--parameter" else { return false }
        assignments.append(try list.value(for: argument))
        return true
    },
    body: { options throws(ExampleError) in
        let (communities, _) = try options.communities { SampleCommunities.all }
        let date = options.date ?? CalendarDate(known: SampleCommunities.year, 12, 31)
        let packs = try options.packs()
        do {
            let scenario =
                assignments.isEmpty
                ? nil
                : try Scenario(parsing: assignments, over: try Period(from: .earliest, through: .latest), packs: packs)
            let space = try SpaceReport(communities, on: date, packs: packs, scenario: scenario)
            try options.write(try space.document(options.language))
            return try await options.exitStatus(
                of: [
                    "SZ2011.15.service-space", "SZ2011.15.work-space", "SZ2011.15.party-share",
                    "SZ2011.15.existing-shortfall", "NAT.service-space",
                ], auditing: communities, on: date)
        } catch let error as ExampleError {
            throw error
        } catch {
            throw .input(error.localizedDescription)
        }
    })
