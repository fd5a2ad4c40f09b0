// An analyst's what-if: audit a synthetic city under SZ2011, then under a scenario given on the
// command line, and print which parameters changed and how every community's findings moved.
//
//     swift run what-if
//     swift run what-if --parameter SZ2011.19.activity-fund.per-member=200 --from 2025-01-01
//     swift run what-if --parameter SZ2011.15.service-space.share=0.04 --communities 1000
//     swift run what-if --data communities.json --date 2025-12-31
import Foundation
import PartyBuilding
import PartyBuildingSynthetic

let packs: [PolicyPack] = PolicyPack.builtIn

/// Stops with the error and the usage text.
func fail(_ error: WhatIfError) -> Never {
    if case .helpRequested = error {
        print(WhatIfOptions.usage)
        exit(0)
    }
    FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n\n\(WhatIfOptions.usage)\n".utf8))
    exit(2)
}

let options: WhatIfOptions
let scenario: Scenario
do {
    options = try WhatIfOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    scenario = try options.scenario(packs: packs)
} catch {
    fail(error)
}

let communities: [Community]
let source: String
if let path = options.dataPath {
    do {
        communities = try CommunityDataset.load(contentsOf: URL(fileURLWithPath: path)).communities
    } catch {
        fail(.data(error))
    }
    source = "\(communities.count) communities from \(path)"
} else {
    let city = SyntheticCity(communities: options.communities, seed: options.seed)
    communities = city.communities
    source = "\(communities.count) synthetic communities (seed \(city.seed))"
}
let date = options.date ?? CalendarDate("2025-12-31")

if options.listParameters {
    for pack in packs {
        for parameter in pack.parameters {
            let current = parameter.value(on: date)?.formatted(.english) ?? "not in force"
            print("\(parameter.id) (\(parameter.kind)): \(current) on \(date) — \(parameter.title.english)")
        }
    }
    exit(0)
}

let baseline: AuditReport
let whatIf: AuditReport
do {
    baseline = try await Auditor(packs: packs).audit(communities, on: date)
    whatIf = try await Auditor(packs: packs, scenario: scenario).reaudit(baseline, of: communities)
} catch {
    fail(.audit(error))
}

print("City: \(source), \(communities.reduce(0) { $0 + $1.members.count }) member records")
print("Audit date: \(date), packs: \(packs.map(\.id).joined(separator: ", "))")
print("Scenario: \(scenario.name)\n")

print("Parameters changed for the periods judged (audit on \(date), judging \(baseline.period.formatted(.english))):")
if whatIf.parameterChanges.isEmpty {
    print("  none: the overrides do not apply to the periods judged or repeat the packs' values")
}
for change in whatIf.parameterChanges {
    let before = change.baseline?.formatted(.english) ?? "not in force"
    print(
        "  \(change.parameterID) for \(change.period.formatted(.english)): \(before) → \(change.scenario.formatted(.english))"
    )
}
let registry: RuleRegistry
do { registry = try RuleRegistry(packs: packs) } catch { fail(.parameter(error)) }
// A rule is re-evaluated for a period when it reads a parameter whose value for that period changed.
let rerun = registry.entries.filter { entry in
    whatIf.parameterChanges.contains { change in
        entry.parameterIDs.contains(change.parameterID) && whatIf.applied(entry.descriptor.id, for: change.period)
    }
}.map(\.descriptor.id)
print("Rules re-evaluated: \(rerun.isEmpty ? "none" : rerun.map(\.rawValue).joined(separator: ", "))\n")

/// How one community's findings moved: new findings, findings that went away, and findings about the
/// same record under the same rule whose figures changed.
struct CommunityEffect {
    let id: CommunityID
    var new: [Finding] = []
    var resolved: [Finding] = []
    var changed: [(before: Finding, after: Finding)] = []

    /// Compares one community's findings before and after by what they say, not by the parameter
    /// values they carry (a finding that reads the same under the scenario has not moved).
    init(id: CommunityID, before: ArraySlice<Finding>, after: ArraySlice<Finding>) {
        self.id = id
        let beforeOutcomes = Set(before.map(Outcome.init))
        let afterOutcomes = Set(after.map(Outcome.init))
        var gone = before.filter { !afterOutcomes.contains(Outcome($0)) }
        for finding in after where !beforeOutcomes.contains(Outcome(finding)) {
            let sameRecord = { (old: Finding) in old.ruleID == finding.ruleID && old.subject == finding.subject }
            if let match = gone.firstIndex(where: { sameRecord($0) && $0.template == finding.template })
                ?? gone.firstIndex(where: sameRecord)
            {
                changed.append((gone.remove(at: match), finding))
            } else {
                new.append(finding)
            }
        }
        resolved = gone
    }

    /// What a finding says: everything but the parameter values and the citation it carries.
    struct Outcome: Hashable {
        let ruleID: RuleID
        let severity: Severity
        let subject: Subject
        let measured: Quantity?
        let required: Requirement?
        let detail: Quantity?
        let exception: RuleException?
        let template: MessageTemplate

        init(_ finding: Finding) {
            ruleID = finding.ruleID
            severity = finding.severity
            subject = finding.subject
            measured = finding.measured
            required = finding.required
            detail = finding.detail
            exception = finding.exception
            template = finding.template
        }
    }

    var isEmpty: Bool { new.isEmpty && resolved.isEmpty && changed.isEmpty }
}
let effects = communities.map(\.id).map { id in
    CommunityEffect(id: id, before: baseline.findings(about: id), after: whatIf.findings(about: id))
}.filter { !$0.isEmpty }

print("Effect on each community (\(effects.count) of \(communities.count) changed):")
for effect in effects.prefix(options.limit) {
    print("  \(effect.id): \(effect.new.count) new, \(effect.resolved.count) resolved, \(effect.changed.count) changed")
    for finding in effect.new { print("      + [\(finding.severity.rawValue)] \(finding.message(.english))") }
    for finding in effect.resolved { print("      − [\(finding.severity.rawValue)] \(finding.message(.english))") }
    for (before, after) in effect.changed {
        print("      ~ [\(before.severity.rawValue)] \(before.message(.english))")
        print("      → [\(after.severity.rawValue)] \(after.message(.english))")
    }
}
if effects.count > options.limit {
    print("  … \(effects.count - options.limit) more (raise --limit to list them)")
}

let totals = (
    new: effects.reduce(0) { $0 + $1.new.count }, resolved: effects.reduce(0) { $0 + $1.resolved.count },
    changed: effects.reduce(0) { $0 + $1.changed.count }
)
print(
    "\nTotals: \(totals.new) new, \(totals.resolved) resolved, \(totals.changed) changed; "
        + "\(baseline.findings.count) → \(whatIf.findings.count) findings")
for severity in Severity.allCases {
    let before = baseline.count(severity)
    let after = whatIf.count(severity)
    print("  \(severity.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(before) → \(after)")
}

/// The total activity-fund floor of the city for the year judged under a set of parameter values, or
/// `nil` when the total is beyond what an amount in fen holds (a city of the largest communities at
/// the largest admitted rate).
func totalActivityFundFloor(_ scenario: Scenario?) throws -> Money? {
    let year = Period.year(Auditor.reportingYear(on: date))
    let floor = try ActivityFundFloor(ParameterReader(ParameterValues(packs: packs, scenario: scenario, for: year)))
    var total: Int64 = 0
    for community in communities {
        let members = MembershipSummary(community, on: date).heldByCommunity
        let (sum, overflow) = total.addingReportingOverflow(floor.floor(members: members).fen)
        if overflow { return nil }
        total = sum
    }
    return Money(fen: total)
}
do {
    switch (try totalActivityFundFloor(nil), try totalActivityFundFloor(scenario)) {
    case (let before?, let after?):
        let (more, overflow) = after.fen.subtractingReportingOverflow(before.fen)
        let difference = overflow ? "" : " (\(Money(fen: more)) CNY more)"
        print("\nTotal activity-fund floor (SZ2011.19.activity-fund): \(before) CNY → \(after) CNY\(difference)")
    default:
        print("\nTotal activity-fund floor: too large to add up exactly for this city")
    }
} catch {
    print("\nTotal activity-fund floor: not in force for the year judged (\(error.localizedDescription))")
}
