/// A rule bound to the parameter values of one period of one audit, with its type erased so that
/// rules with different bindings run side by side.
struct BoundRule: Sendable {
    let descriptor: RuleDescriptor
    /// The rule's ID, the period, the citation and the parameter values read, shared by every
    /// finding of the rule for the period.
    let origin: FindingOrigin
    let evaluateCommunity: @Sendable (CommunityContext, inout FindingCollector) -> Void
    let evaluatePortfolio: @Sendable ([CommunityContext], inout FindingCollector) -> Void

    /// The period judged.
    var period: Period { origin.period }
    /// The rule and period, as the report lists them.
    var application: RuleApplication { RuleApplication(ruleID: descriptor.id, period: origin.period) }

    /// Binds `rule` for `values`' period, or returns `nil` when it is not in force for it (its validity
    /// does not cover the period's first day, or a parameter it reads has no value for the period).
    /// - Throws: any other ``ParameterError`` its binding raises.
    static func bind<R: Rule>(_ rule: R, _ values: ParameterValues) throws(ParameterError) -> BoundRule? {
        let descriptor = rule.descriptor
        let period = values.period
        guard descriptor.isValid(for: period) else { return nil }
        let reader = ParameterReader(values)
        let bindings: R.Bindings
        do {
            bindings = try rule.bind(reader)
        } catch {
            if case .notInForce = error { return nil }
            throw error
        }
        return BoundRule(
            descriptor: descriptor,
            origin: FindingOrigin(
                ruleID: descriptor.id, period: period, citation: descriptor.citation, parameters: reader.bindings),
            evaluateCommunity: { context, collector in
                rule.evaluate(context, in: period, with: bindings, into: &collector)
            },
            evaluatePortfolio: { contexts, collector in
                rule.evaluate(portfolio: contexts, in: period, with: bindings, into: &collector)
            })
    }

    /// The keys `rule` reads, found by binding it to one value of every parameter of `packs`.
    /// - Throws: ``ParameterError/undefined(_:readBy:)`` when it reads a parameter no pack defines,
    ///   ``ParameterError/kindMismatch(_:expected:found:)`` when it reads one with another unit.
    static func parameterIDs<R: Rule>(of rule: R, in sample: ParameterValues) throws(ParameterError) -> [ParameterID] {
        let reader = ParameterReader(sample)
        do {
            _ = try rule.bind(reader)
        } catch {
            switch error {
            case .unknown(let id): throw .undefined(id, readBy: rule.descriptor.id)
            case .kindMismatch, .undefined: throw error
            default: break  // a value the rule itself rejects: the keys read are what matters here
            }
        }
        return reader.parameterIDs
    }
}

/// A rule judged for a period.
public struct RuleApplication: Sendable, Hashable, Codable {
    /// The rule.
    public var ruleID: RuleID
    /// The period judged.
    public var period: Period

    /// Creates a rule application.
    public init(ruleID: RuleID, period: Period) {
        self.ruleID = ruleID
        self.period = period
    }
}
