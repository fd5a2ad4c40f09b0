import ExampleSupport
// Workforce view: each community worker's training days, three-year rotation, certificate, pay
// against its floor and age, and each community's age structure (SZ2011 art. 6–9).
//
//     swift run workforce
//     swift run workforce Examples/Data/dongguan.json --year 2025 --format csv -o workers.csv
import Foundation
import PartyBuilding
import PartyBuildingReports
import PartyBuildingSynthetic

let command = ExampleCommand(
    name: "workforce",
    help: """
        usage: swift run workforce [options] [FILE]

        Per community worker: the days of centralised training in the year against the days their role
        needs, the three-year rotation, the social-worker certificate (required up to 45), the year's
        pay against its floor (last year's local average wage, 1.2 times for a secretary) and age; then
        each community's age structure and a chart of the training days short. Workers are records of
        the JSON interchange format: a CSV table has none, and the report says so.
        With --fail-on, the exit status is 1 when the workforce rules find something that severe.

          --year YYYY              the year of the trainings and pay (default the year judged on --date)

        example: swift run workforce Examples/Data/dongguan.json --format html -o workforce.html
        """)

var year: Int?
await command.run(
    own: { argument, list throws(ExampleError) in
        guard argument == "--year" else { return false }
        year = try list.number(for: argument, in: 1900...9999)
        return true
    },
    body: { options throws(ExampleError) in
        let (communities, _) = try options.communities { SampleCommunities.all }
        let date = options.date ?? CalendarDate(known: SampleCommunities.year, 12, 31)
        do {
            let workforce = try WorkforceReport(
                communities, year: year ?? Auditor.reportingYear(on: date), on: date, packs: try options.packs())
            try options.write(try workforce.document(options.language))
            return try await options.exitStatus(
                of: [
                    "SZ2011.7.key-role-training", "SZ2011.7.other-training", "SZ2011.7.rotation",
                    "SZ2011.8.certificate",
                    "SZ2011.9.staff-pay", "SZ2011.9.secretary-pay", "SZ2011.6.age-structure",
                ], auditing: communities, on: date)
        } catch let error as ExampleError {
            throw error
        } catch {
            throw .input(error.localizedDescription)
        }
    })
