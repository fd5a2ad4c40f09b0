/// A rule bound to the parameter values of one audit, with its type erased so that rules with
/// different bindings run side by side.
struct BoundRule: Sendable {
    let descriptor: RuleDescriptor
    /// The rule's ID, citation and parameter values, shared by every finding of the rule in the audit.
    let origin: FindingOrigin
    let evaluateCommunity: @Sendable (CommunityContext, inout FindingCollector) -> Void
    let evaluatePortfolio: @Sendable ([CommunityContext], inout FindingCollector) -> Void

    init<R: Rule>(_ rule: R, values: ParameterValues) throws(ParameterError) {
        let descriptor = rule.descriptor
        let bindings = try rule.bind(values)
        self.descriptor = descriptor
        self.origin = FindingOrigin(
            ruleID: descriptor.id, citation: descriptor.citation,
            parameters: descriptor.parameters.compactMap { id in
                values.values[id].map { ParameterBinding(parameterID: id, value: $0) }
            })
        self.evaluateCommunity = { context, collector in rule.evaluate(context, with: bindings, into: &collector) }
        self.evaluatePortfolio = { contexts, collector in
            rule.evaluate(portfolio: contexts, with: bindings, into: &collector)
        }
    }

    /// Binds every rule of `packs` that is in force under `values`; the others are returned apart.
    static func bind(
        _ packs: [PolicyPack], _ values: ParameterValues
    ) throws(ParameterError) -> (inForce: [BoundRule], notInForce: [RuleID]) {
        var inForce: [BoundRule] = []
        var notInForce: [RuleID] = []
        for pack in packs {
            for rule in pack.rules {
                let descriptor = rule.descriptor
                guard descriptor.isValid(on: values.date), values.areInForce(descriptor.parameters) else {
                    notInForce.append(rule.descriptor.id)
                    continue
                }
                inForce.append(try BoundRule(rule, values: values))
            }
        }
        return (inForce, notInForce)
    }
}
