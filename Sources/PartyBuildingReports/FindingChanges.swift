import PartyBuilding

/// How one community's findings moved between two audits: findings that are new, findings that
/// went away, and findings about the same record under the same rule whose figures changed.
///
/// Findings are compared by what they say (rule, severity, subject, figures, exception and
/// message), not by the parameter values they carry: a finding that reads the same under a
/// scenario has not moved.
public struct FindingChanges: Sendable {
    /// Findings of the second audit that the first did not have.
    public private(set) var new: [Finding] = []
    /// Findings of the first audit that the second no longer has.
    public private(set) var resolved: [Finding] = []
    /// Findings about the same record under the same rule that say something else now.
    public private(set) var changed: [(before: Finding, after: Finding)] = []

    /// Compares one community's findings before and after.
    public init(before: some Collection<Finding>, after: some Collection<Finding>) {
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

    /// Whether nothing moved.
    public var isEmpty: Bool { new.isEmpty && resolved.isEmpty && changed.isEmpty }

    /// What a finding says: everything but the parameter values and the citation it carries.
    private struct Outcome: Hashable {
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
}
