/// A rule of a policy pack: a small, pure check of one community's records for one period.
///
/// A rule is evaluated in two steps. Before an audit, for each period it judges, ``bind(_:)`` reads
/// the parameter values in force for that period into the rule's own typed ``Bindings`` through a
/// ``ParameterReader``; the keys it reads are its parameter list. Then
/// ``evaluate(_:in:with:into:)`` checks each community for that period. A rule whose parameters have
/// no value for a period (``ParameterError/notInForce(_:for:)``), or whose
/// ``RuleDescriptor/validity`` does not cover the period's first day, is not in force for it and
/// produces nothing for it; the report says so.
///
/// Client code defines rules for another city the same way the built-in packs do:
///
/// ```swift
/// struct ReceptionRoomRule: Rule {
///     static let minimum: AreaKey = "XA2020.4.reception.minimum"
///     let descriptor = RuleDescriptor(id: "XA2020.4.reception", title: …, strength: .shall,
///                                     citation: …, cadence: .onDate)
///     func bind(_ parameters: ParameterReader) throws(ParameterError) -> Area {
///         try parameters[Self.minimum]
///     }
///     func evaluate(_ community: CommunityContext, in period: Period, with minimum: Area,
///                   into findings: inout FindingCollector) {
///         findings.check(.community(community.id), .area(community.community.serviceSpace),
///                        .notLessThan, .area(minimum), message: …)
///     }
/// }
/// ```
public protocol Rule: Sendable {
    /// The parameter values a rule works with, read once per period judged.
    associatedtype Bindings: Sendable

    /// The rule's ID, title, strength, citation, scope, cadence and validity.
    var descriptor: RuleDescriptor { get }

    /// Reads the parameter values the rule uses, by their typed keys.
    /// - Throws: ``ParameterError``: ``ParameterError/notInForce(_:for:)`` leaves the rule out of
    ///   force for the period; any other error stops the audit.
    func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings

    /// Checks one community for one period and reports what it finds to `findings` (rules of
    /// ``RuleDescriptor/Scope/community`` scope).
    func evaluate(
        _ community: CommunityContext, in period: Period, with bindings: Bindings, into findings: inout FindingCollector
    )

    /// Checks all the communities audited together for one period (rules of
    /// ``RuleDescriptor/Scope/portfolio`` scope, such as a trend across communities).
    func evaluate(
        portfolio: [CommunityContext], in period: Period, with bindings: Bindings,
        into findings: inout FindingCollector)
}

extension Rule {
    /// Does nothing: the default for a portfolio rule.
    public func evaluate(
        _ community: CommunityContext, in period: Period, with bindings: Bindings, into findings: inout FindingCollector
    ) {}

    /// Does nothing: the default for a community rule.
    public func evaluate(
        portfolio: [CommunityContext], in period: Period, with bindings: Bindings,
        into findings: inout FindingCollector
    ) {}
}
