/// Everything an audit has decided before it looks at a record: the periods judged and, for each,
/// the rules in force bound to that period's parameter values.
struct AuditPlan: Sendable {
    /// The rules in force, each for one period, in the packs' rule order and, within a rule, in
    /// chronological order: the order findings are reported in.
    let rules: [BoundRule]
    /// The rules and periods judged but not in force.
    let notInForce: [RuleApplication]
    /// The parameter values of each period judged.
    let values: [Period: ParameterValues]
    let date: CalendarDate
    let range: Period
    let packIDs: [String]
    let scenarioName: String?

    /// The rank of each rule application in ``rules``, for merging findings in report order.
    let ranks: [RuleApplication: Int]

    /// Plans an audit of `packs` under `scenario` on `date`, judging `range`.
    /// - Throws: ``ParameterError`` when an override or a rule's parameter cannot be used, including
    ///   ``ParameterError/undefined(_:readBy:)`` for a rule that reads a parameter no pack defines.
    init(packs: [PolicyPack], scenario: Scenario?, date: CalendarDate, range: Period) throws(ParameterError) {
        let sample = ParameterValues.sample(of: packs)
        var values: [Period: ParameterValues] = [:]
        var rules: [BoundRule] = []
        var notInForce: [RuleApplication] = []
        for pack in packs {
            for rule in pack.rules {
                _ = try BoundRule.parameterIDs(of: rule, in: sample)
                for period in rule.descriptor.cadence.periods(within: range, on: date) {
                    if values[period] == nil {
                        values[period] = try ParameterValues(packs: packs, scenario: scenario, for: period)
                    }
                    if let bound = try BoundRule.bind(rule, values[period]!) {
                        rules.append(bound)
                    } else {
                        notInForce.append(RuleApplication(ruleID: rule.descriptor.id, period: period))
                    }
                }
            }
        }
        // An override is checked even when no period judged takes it.
        if values.isEmpty { _ = try ParameterValues(packs: packs, scenario: scenario, for: .day(date)) }
        self.rules = rules
        self.notInForce = notInForce
        self.values = values
        self.date = date
        self.range = range
        self.packIDs = packs.map(\.id)
        self.scenarioName = scenario?.name
        var ranks: [RuleApplication: Int] = [:]
        for (index, rule) in rules.enumerated() { ranks[rule.application] = index }
        self.ranks = ranks
    }

    var communityRules: [BoundRule] { rules.filter { $0.descriptor.scope == .community } }
    var portfolioRules: [BoundRule] { rules.filter { $0.descriptor.scope == .portfolio } }

    /// Checks one community with `rules`, appending its findings to `collector`.
    func check(_ context: CommunityContext, with rules: [BoundRule], into collector: inout FindingCollector) {
        collector.communityID = context.id
        collector.exceptions = context.community.exceptions
        for rule in rules {
            collector.switchTo(rule)
            rule.evaluateCommunity(context, &collector)
        }
    }

    /// The findings of the portfolio rules among `rules` over `contexts`.
    func portfolioFindings(_ contexts: [CommunityContext], with rules: [BoundRule]) -> [Finding] {
        var collector = FindingCollector(date: date)
        for rule in rules where rule.descriptor.scope == .portfolio {
            collector.switchTo(rule)
            rule.evaluatePortfolio(contexts, &collector)
        }
        return collector.findings
    }

    /// The scenario's changes of each period judged, limited to the parameters the rules judging that
    /// period read: a period judged only by rules that read none of the changed figures (a month of
    /// the admission pipeline, under a scenario of the activity fund) reports no change.
    var parameterChanges: [ParameterChange] {
        var read: [Period: Set<ParameterID>] = [:]
        for rule in rules { read[rule.period, default: []].formUnion(rule.origin.parameters.map(\.parameterID)) }
        return values.keys.sorted().flatMap { period in
            values[period]?.changes.filter { read[period]?.contains($0.parameterID) ?? false } ?? []
        }
    }

    /// The report of the communities' findings, in order, with the portfolio's after them.
    func report(
        contexts: [CommunityContext], findings: [Finding], communityRanges: [Range<Int>],
        positions: [CommunityID: Int]? = nil, counts: FindingCounts
    ) -> AuditReport {
        AuditReport(
            date: date, period: range, packIDs: packIDs, scenarioName: scenarioName,
            parameterChanges: parameterChanges,
            applications: rules.map(\.application), notInForce: notInForce, contexts: contexts, findings: findings,
            communityRanges: communityRanges, positions: positions,
            applicationBindings: Dictionary(
                rules.map { ($0.application, $0.origin.parameters) }, uniquingKeysWith: { first, _ in first }),
            counts: counts)
    }
}
