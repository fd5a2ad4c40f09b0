/// The outcome of an audit: findings in a deterministic order, with counts by severity and by rule.
///
/// Findings come community by community in the order the communities were given, and within a
/// community in the order of the packs' rules; findings about all communities together come last.
/// The order does not depend on how many tasks ran the audit.
public struct AuditReport: Sendable {
    /// The audit date.
    public let date: CalendarDate
    /// The year whose yearly obligations were checked.
    public let year: Int
    /// The packs applied, by ID.
    public let packIDs: [String]
    /// The scenario's name, or `nil` for the packs' own values.
    public let scenarioName: String?
    /// The parameters whose value on the audit date the scenario changed.
    public let parameterChanges: [ParameterChange]
    /// The rules that were in force and checked, in order.
    public let rulesApplied: [RuleID]
    /// The rules not in force on the audit date (a parameter of theirs has no value then).
    public let rulesNotInForce: [RuleID]
    /// The communities audited, in order.
    public let communityIDs: [CommunityID]
    /// Every finding, in order.
    public let findings: [Finding]
    /// How many findings there are of each severity.
    public let countsBySeverity: [Severity: Int]
    /// How many findings each rule produced (rules without findings are absent).
    public let countsByRule: [RuleID: Int]

    /// Where each community's findings are in ``findings``, in the order of ``communityIDs``.
    let communityRanges: [Range<Int>]
    /// The communities as the rules saw them, kept so that a re-audit need not recount them.
    let contexts: [CommunityContext]
    /// The position of each community in ``communityIDs``, for ``findings(about:)``.
    let positions: [CommunityID: Int]
    /// The parameter values the audit used, kept so that a re-audit knows what changed.
    let parameterValues: ParameterValues

    init(
        date: CalendarDate, year: Int, packIDs: [String], scenarioName: String?, parameterValues: ParameterValues,
        rulesApplied: [RuleID], rulesNotInForce: [RuleID], contexts: [CommunityContext], findings: [Finding],
        communityRanges: [Range<Int>], positions: [CommunityID: Int]? = nil
    ) {
        self.date = date
        self.year = year
        self.packIDs = packIDs
        self.scenarioName = scenarioName
        self.parameterValues = parameterValues
        self.parameterChanges = parameterValues.changes
        self.rulesApplied = rulesApplied
        self.rulesNotInForce = rulesNotInForce
        let ids = contexts.map(\.id)
        self.communityIDs = ids
        self.contexts = contexts
        self.positions =
            positions ?? Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.findings = findings
        self.communityRanges = communityRanges
        var bySeverity: [Severity: Int] = [:]
        var byRule: [RuleID: Int] = [:]
        for finding in findings {
            bySeverity[finding.severity, default: 0] += 1
            byRule[finding.ruleID, default: 0] += 1
        }
        self.countsBySeverity = bySeverity
        self.countsByRule = byRule
    }

    /// The findings about one community, in order (empty when it was not audited or has none).
    public func findings(about community: CommunityID) -> ArraySlice<Finding> {
        guard let index = positions[community] else { return [] }
        return findings[communityRanges[index]]
    }

    /// The findings about all communities together (rules over a set, such as a trend).
    public var portfolioFindings: ArraySlice<Finding> {
        findings[(communityRanges.last?.upperBound ?? 0)...]
    }

    /// The number of findings of a severity.
    public func count(_ severity: Severity) -> Int { countsBySeverity[severity] ?? 0 }
}

extension AuditReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case date, year, packIDs, scenarioName, parameterChanges, rulesApplied, rulesNotInForce, communityIDs
        case countsBySeverity, countsByRule, findings
    }

    /// Encodes the report with its counts keyed by severity and rule ID, and every finding with
    /// its messages filled in.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(year, forKey: .year)
        try container.encode(packIDs, forKey: .packIDs)
        try container.encodeIfPresent(scenarioName, forKey: .scenarioName)
        try container.encode(parameterChanges, forKey: .parameterChanges)
        try container.encode(rulesApplied, forKey: .rulesApplied)
        try container.encode(rulesNotInForce, forKey: .rulesNotInForce)
        try container.encode(communityIDs, forKey: .communityIDs)
        try container.encode(
            Dictionary(uniqueKeysWithValues: countsBySeverity.map { ($0.key.rawValue, $0.value) }),
            forKey: .countsBySeverity)
        try container.encode(
            Dictionary(uniqueKeysWithValues: countsByRule.map { ($0.key.rawValue, $0.value) }), forKey: .countsByRule)
        try container.encode(findings, forKey: .findings)
    }
}
