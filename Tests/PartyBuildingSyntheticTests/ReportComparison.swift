import PartyBuilding
import Testing

/// Expects two audit reports to say the same: every public part of `actual` equal to `expected`'s,
/// the findings of every community and of the portfolio included; `note` names the input on a difference.
///
/// A report is not `Equatable` (it keeps what a re-audit reuses), so the parts are compared one by one.
/// - Parameter ignoringScenarioName: whether the scenario's name may differ (a scenario that changes
///   nothing still names itself in the report).
func expectSameReport(
    _ actual: AuditReport, _ expected: AuditReport, _ note: String, ignoringScenarioName: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.findings == expected.findings, "\(note): findings differ", sourceLocation: sourceLocation)
    #expect(actual.date == expected.date, "\(note): date", sourceLocation: sourceLocation)
    #expect(actual.period == expected.period, "\(note): period", sourceLocation: sourceLocation)
    #expect(actual.packIDs == expected.packIDs, "\(note): packs", sourceLocation: sourceLocation)
    #expect(actual.communityIDs == expected.communityIDs, "\(note): communities", sourceLocation: sourceLocation)
    #expect(actual.countsByRule == expected.countsByRule, "\(note): counts by rule", sourceLocation: sourceLocation)
    #expect(
        actual.countsBySeverity == expected.countsBySeverity, "\(note): counts by severity",
        sourceLocation: sourceLocation)
    #expect(actual.applications == expected.applications, "\(note): applications", sourceLocation: sourceLocation)
    #expect(
        actual.applicationsNotInForce == expected.applicationsNotInForce, "\(note): applications not in force",
        sourceLocation: sourceLocation)
    #expect(actual.rulesApplied == expected.rulesApplied, "\(note): rules applied", sourceLocation: sourceLocation)
    #expect(
        actual.rulesNotInForce == expected.rulesNotInForce, "\(note): rules not in force",
        sourceLocation: sourceLocation)
    #expect(
        actual.parameterChanges == expected.parameterChanges, "\(note): parameter changes",
        sourceLocation: sourceLocation)
    if !ignoringScenarioName {
        #expect(actual.scenarioName == expected.scenarioName, "\(note): scenario", sourceLocation: sourceLocation)
    }
    for id in expected.communityIDs where actual.findings(about: id) != expected.findings(about: id) {
        Issue.record("\(note): the findings about \(id) differ", sourceLocation: sourceLocation)
    }
    #expect(
        actual.portfolioFindings == expected.portfolioFindings, "\(note): portfolio findings",
        sourceLocation: sourceLocation)
}
