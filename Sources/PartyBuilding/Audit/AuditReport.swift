/// The outcome of an audit: findings in a deterministic order, with counts by severity and by rule.
///
/// Findings come community by community in the order the communities were given, and within a
/// community in the order of the packs' rules, each rule's periods in chronological order; findings
/// about all communities together come last. The order does not depend on how many tasks ran the audit.
public struct AuditReport: Sendable {
    /// The audit date: it decides which periods are complete, and states are judged on it.
    public let date: CalendarDate
    /// The range whose complete periods were judged (by default the last year complete on the date).
    public let period: Period
    /// The packs applied, by ID.
    public let packIDs: [String]
    /// The scenario's name, or `nil` for the packs' own values.
    public let scenarioName: String?
    /// The parameters whose value for a period judged the scenario changed, by period.
    public let parameterChanges: [ParameterChange]
    /// Every rule judged for a period and in force for it, in report order.
    public let applications: [RuleApplication]
    /// Every rule judged for a period but not in force for it (its validity or a parameter's value
    /// does not cover the period's first day): it produced nothing for that period.
    public let applicationsNotInForce: [RuleApplication]
    /// The rules in force for at least one period judged, in order.
    public let rulesApplied: [RuleID]
    /// The rules in force for none of the periods judged.
    public let rulesNotInForce: [RuleID]
    /// The communities audited, in order.
    public let communityIDs: [CommunityID]
    /// Every finding, in order.
    public let findings: [Finding]
    /// How many findings there are of each severity (severities without findings are absent).
    public var countsBySeverity: [Severity: Int] { counts.severities }
    /// How many findings each rule produced (rules without findings are absent).
    public var countsByRule: [RuleID: Int] { counts.byRule }

    /// Where each community's findings are in ``findings``, in the order of ``communityIDs``.
    let communityRanges: [Range<Int>]
    /// The communities as the rules saw them, kept so that a re-audit need not recount unchanged ones.
    let contexts: [CommunityContext]
    /// The position of each community in ``communityIDs``, for ``findings(about:)``.
    let positions: [CommunityID: Int]
    /// The parameter values each rule application read, kept so that a re-audit knows what changed.
    let applicationBindings: [RuleApplication: [ParameterBinding]]
    /// The counts of ``findings``, which ``countsBySeverity`` and ``countsByRule`` read and a re-audit updates.
    let counts: FindingCounts

    init(
        date: CalendarDate, period: Period, packIDs: [String], scenarioName: String?,
        parameterChanges: [ParameterChange], applications: [RuleApplication], notInForce: [RuleApplication],
        contexts: [CommunityContext], findings: [Finding], communityRanges: [Range<Int>],
        positions: [CommunityID: Int]?, applicationBindings: [RuleApplication: [ParameterBinding]],
        counts: FindingCounts
    ) {
        self.date = date
        self.period = period
        self.packIDs = packIDs
        self.scenarioName = scenarioName
        self.parameterChanges = parameterChanges
        self.applications = applications
        self.applicationsNotInForce = notInForce
        var applied: [RuleID] = []
        var seen = Set<RuleID>()
        for application in applications where seen.insert(application.ruleID).inserted {
            applied.append(application.ruleID)
        }
        self.rulesApplied = applied
        var unapplied: [RuleID] = []
        for application in notInForce where seen.insert(application.ruleID).inserted {
            unapplied.append(application.ruleID)
        }
        self.rulesNotInForce = unapplied
        let ids = contexts.map(\.id)
        self.communityIDs = ids
        self.contexts = contexts
        self.positions =
            positions ?? Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.findings = findings
        self.communityRanges = communityRanges
        self.applicationBindings = applicationBindings
        self.counts = counts
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
    public func count(_ severity: Severity) -> Int { counts.count(of: severity) }

    /// Whether a rule was judged, and in force, for a period: a rule that produced no finding for it
    /// either ran and found nothing (`true`) or did not run (`false`).
    public func applied(_ rule: RuleID, for period: Period) -> Bool {
        applications.contains(RuleApplication(ruleID: rule, period: period))
    }

    /// The periods a rule was judged and in force for, in order.
    public func periods(of rule: RuleID) -> [Period] {
        applications.filter { $0.ruleID == rule }.map(\.period)
    }
}

extension AuditReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case date, period, packIDs, scenarioName, parameterChanges, applications, applicationsNotInForce
        case communityIDs, countsBySeverity, countsByRule, findings
    }

    /// Encodes the report with its counts keyed by severity and rule ID, and every finding with
    /// its period and messages filled in (the report schema of `Documentation/InterchangeFormat.md`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(period, forKey: .period)
        try container.encode(packIDs, forKey: .packIDs)
        try container.encodeIfPresent(scenarioName, forKey: .scenarioName)
        try container.encode(parameterChanges, forKey: .parameterChanges)
        try container.encode(applications, forKey: .applications)
        try container.encode(applicationsNotInForce, forKey: .applicationsNotInForce)
        try container.encode(communityIDs, forKey: .communityIDs)
        try container.encode(
            Dictionary(uniqueKeysWithValues: countsBySeverity.map { ($0.key.rawValue, $0.value) }),
            forKey: .countsBySeverity)
        try container.encode(
            Dictionary(uniqueKeysWithValues: countsByRule.map { ($0.key.rawValue, $0.value) }), forKey: .countsByRule)
        try container.encode(findings, forKey: .findings)
    }
}
