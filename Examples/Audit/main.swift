import ExampleSupport
// The main example: audits communities — the built-in sample, or a data file — against the policy
// packs and reports the findings with the clauses behind them.
//
//     swift run audit
//     swift run audit Examples/Data/district.csv --lang en --format html --output audit.html
import Foundation
import PartyBuilding
import PartyBuildingReports
import PartyBuildingSynthetic

let command = ExampleCommand(
    name: "audit",
    help: """
        usage: swift run audit [options] [FILE]

        Audits communities against the policy packs (default SZ2011 and NAT) and reports every finding
        with its rule, the period it judges and the clause behind it. Without FILE it audits the
        built-in sample: 东关社区 with its published figures, and two invented communities.

          --rules                  print the catalog of encoded rules and parameters (Markdown) instead

        formats: text (the findings of each community with the clauses' words), csv, markdown and html
        (the tables of findings, and in html charts of the fund gaps), json (the whole audit report, as
        Documentation/Schema/audit-report.schema.json describes it)

        example: swift run audit Examples/Data/district.csv --date 2025-12-31 --format html -o audit.html
        """)

var listRules = false
await command.run(
    own: { argument, _ in
        guard argument == "--rules" else { return false }
        listRules = true
        return true
    },
    body: { options throws(ExampleError) in
        if listRules {
            do {
                print(
                    RuleCatalogPrinter().render(try RuleRegistry(packs: PolicyPack.catalog), packs: PolicyPack.catalog))
            } catch { throw .input(error.localizedDescription) }
            return 0
        }
        let (communities, _) = try options.communities { SampleCommunities.all }
        let date = options.date ?? CalendarDate(known: SampleCommunities.year, 12, 31)
        let progress = Progress(communities: communities.count)
        progress.step(
            options.language == .chinese
                ? "正在审核 \(communities.count) 个社区…" : "Auditing \(communities.count) communities…")
        let report = try await options.audit(communities, on: date)
        progress.finish()
        switch options.format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do { try options.write(try encoder.encode(report)) } catch let error as ExampleError { throw error } catch {
                throw .input(error.localizedDescription)
            }
        case .text:
            do {
                let text = try AuditNarrative(report, communities: communities, packs: try options.packs())
                    .render(options.language)
                try options.write(Data((text + "\n").utf8))
            } catch let error as ExampleError { throw error } catch { throw .input(error.localizedDescription) }
        case .csv, .markdown, .html:
            do {
                let year = report.period.years.last?.start.year ?? Auditor.reportingYear(on: date)
                let funds = try FundsReport(communities, year: year, on: date, packs: try options.packs())
                let charts = try funds.document(options.language).sections.filter {
                    if case .chart = $0 { true } else { false }
                }
                try options.write(
                    try AuditFindingsReport(report, communities: communities).document(options.language, extra: charts))
            } catch let error as ExampleError { throw error } catch { throw .input(error.localizedDescription) }
        }
        return options.exitStatus(for: report.findings)
    })
