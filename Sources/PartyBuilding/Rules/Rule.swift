/// A rule of a policy pack: a small, pure check of one community's records.
///
/// A rule is evaluated in two steps. Before an audit, ``bind(_:)`` reads the parameter values in
/// force on the audit date into the rule's own typed ``Bindings``; then ``evaluate(_:with:into:)``
/// checks each community with them. A rule is in force on a date when every parameter its
/// ``descriptor`` lists has a value that day; otherwise it is skipped and the report says so.
///
/// Client code defines rules for another city the same way the built-in packs do:
///
/// ```swift
/// struct ReceptionRoomRule: Rule {
///     let descriptor = RuleDescriptor(id: "XA2020.4.reception", title: …, strength: .shall,
///                                     citation: …, parameters: ["XA2020.4.reception.minimum"])
///     func bind(_ values: ParameterValues) throws(ParameterError) -> Area {
///         try values.area("XA2020.4.reception.minimum")
///     }
///     func evaluate(_ community: CommunityContext, with minimum: Area, into findings: inout FindingCollector) {
///         …
///         findings.fail(.community(community.id), measured: …, required: …, message: …)
///     }
/// }
/// ```
public protocol Rule: Sendable {
    /// The parameter values a rule works with, read once per audit.
    associatedtype Bindings: Sendable

    /// The rule's ID, title, strength, citation and parameters.
    var descriptor: RuleDescriptor { get }

    /// Reads the parameter values the rule uses.
    /// - Throws: ``ParameterError`` when a value has another unit than the rule expects.
    func bind(_ values: ParameterValues) throws(ParameterError) -> Bindings

    /// Checks one community and reports what it finds to `findings` (rules of ``RuleDescriptor/Scope/community`` scope).
    func evaluate(_ community: CommunityContext, with bindings: Bindings, into findings: inout FindingCollector)

    /// Checks all the communities audited together (rules of ``RuleDescriptor/Scope/portfolio`` scope,
    /// such as a trend across communities).
    func evaluate(portfolio: [CommunityContext], with bindings: Bindings, into findings: inout FindingCollector)
}

extension Rule {
    /// Does nothing: the default for a portfolio rule.
    public func evaluate(_ community: CommunityContext, with bindings: Bindings, into findings: inout FindingCollector)
    {}

    /// Does nothing: the default for a community rule.
    public func evaluate(
        portfolio: [CommunityContext], with bindings: Bindings, into findings: inout FindingCollector
    ) {}
}
