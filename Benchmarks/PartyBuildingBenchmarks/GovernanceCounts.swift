import PartyBuilding
import PartyBuildingSynthetic

/// The counts of a city's governance records, for the benchmark's output and the README.
struct GovernanceCounts {
    /// The counts by record, in the order they are printed.
    let counts: [(key: String, value: Int)]

    /// Counts the governance records of `communities`, generated under `seed`.
    init(_ communities: [Community], seed: UInt64) {
        var grids = 0
        var memberGrids = 0
        var gridded = 0
        var decisions = 0
        var steps = 0
        var levels = 0
        var cases = 0
        var settled = 0
        var ledgers = 0
        var updates = 0
        var bodies = 0
        var mechanisms = 0
        var compounds = 0
        var buildings = 0
        var units = 0
        var checklists = 0
        var items = 0
        var assessments = 0
        var tasks = 0
        var shares = 0
        var disclosures = 0
        var recruitments = 0
        var reports = 0
        var posts = 0
        var surveys = 0
        for community in communities {
            let governance = community.governance
            grids += governance.grids.count
            for grid in governance.grids where grid.level == Grid.memberLevel {
                memberGrids += 1
                gridded += grid.memberIDs.count
            }
            decisions += governance.decisions.count
            steps += governance.decisions.reduce(0) { $0 + $1.steps.count }
            levels += governance.mediationNetwork.count
            cases += governance.mediationCases.count
            settled += governance.mediationCases.count { $0.outcome == .settled }
            ledgers += governance.ledgers.count
            updates += governance.ledgers.reduce(0) { $0 + $1.updates.count }
            bodies += governance.bodies.count
            mechanisms += governance.coordination.count
            compounds += governance.compounds.count
            buildings += governance.compounds.reduce(0) { $0 + $1.buildings.count }
            units += governance.residentUnits.count
            checklists += governance.checklists.count
            items += governance.checklists.reduce(0) { $0 + $1.itemCount }
            assessments += governance.checklistAssessments.count
            tasks += governance.delegatedTasks.count
            shares += governance.officeFundShares.count
            disclosures += governance.fundDisclosures.count
            recruitments += governance.recruitments.count
            reports += governance.secretaryReports.count
            posts += governance.oneStopPosts.count
            surveys += governance.satisfactionSurveys.count
        }
        let defective = communities.indices.count { GovernanceDefect.ofCommunity(at: $0, seed: seed) != nil }
        counts = [
            ("grids", grids), ("member_grids", memberGrids), ("members_in_grids", gridded),
            ("decisions", decisions), ("decision_steps", steps), ("mediation_levels", levels),
            ("mediation_cases", cases), ("mediation_settled", settled), ("ledgers", ledgers),
            ("ledger_updates", updates), ("bodies", bodies), ("coordination_mechanisms", mechanisms),
            ("compounds", compounds), ("buildings", buildings), ("resident_units", units),
            ("checklists", checklists), ("checklist_items", items), ("checklist_assessments", assessments),
            ("delegated_tasks", tasks), ("office_fund_shares", shares), ("fund_disclosures", disclosures),
            ("recruitments", recruitments), ("secretary_reports", reports), ("one_stop_posts", posts),
            ("satisfaction_surveys", surveys), ("defective_communities", defective),
        ]
    }

    /// The table row.
    var row: String {
        "  governance           "
            + counts.map { "\($0.value) \($0.key.replacingOccurrences(of: "_", with: " "))" }
            .joined(separator: ", ")
    }

    /// The JSON line.
    var json: String { jsonLine([("kind", jsonString("governance"))] + counts.map { ($0.key, "\($0.value)") }) }
}
