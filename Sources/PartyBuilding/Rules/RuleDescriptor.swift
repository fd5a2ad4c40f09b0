/// What a rule is, as data: its ID, title, strength, citation and the parameters it uses.
///
/// The registry (``RuleRegistry``) lists descriptors, and every finding carries its rule's ID and citation.
public struct RuleDescriptor: Sendable, Hashable, Codable, Identifiable {
    /// The rule's ID, exactly as in the rule catalog, for example `SZ2011.19.activity-fund`.
    public var id: RuleID
    /// A short title in both languages.
    public var title: LocalizedText
    /// How strongly the clause binds.
    public var strength: NormativeStrength
    /// The clause the rule encodes.
    public var citation: Citation
    /// The parameters the rule reads; the rule is in force on a date when all of them are.
    public var parameters: [ParameterID]
    /// Whether the rule checks one community at a time or all the communities audited together.
    public var scope: Scope
    /// The first day the rule is in force, or `nil` when it always was. (A rule is also out of force
    /// on a day when one of its parameters has no value.)
    public var validFrom: CalendarDate?
    /// The last day the rule is in force, or `nil` when open-ended.
    public var validUntil: CalendarDate?

    /// Creates a descriptor.
    public init(
        id: RuleID, title: LocalizedText, strength: NormativeStrength, citation: Citation, parameters: [ParameterID],
        scope: Scope = .community, validFrom: CalendarDate? = nil, validUntil: CalendarDate? = nil
    ) {
        self.id = id
        self.title = title
        self.strength = strength
        self.citation = citation
        self.parameters = parameters
        self.scope = scope
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    /// Whether the rule's own validity covers a date (its parameters aside).
    public func isValid(on date: CalendarDate) -> Bool {
        (validFrom.map { $0 <= date } ?? true) && (validUntil.map { date <= $0 } ?? true)
    }

    /// What a rule checks at once.
    public enum Scope: String, Sendable, Hashable, Codable {
        /// One community at a time: ``Rule/evaluate(_:with:into:)``.
        case community
        /// All the communities audited together: ``Rule/evaluate(portfolio:with:into:)``.
        case portfolio
    }

    /// A descriptor for no rule, used before a collector is given its first rule.
    static let none = RuleDescriptor(
        id: "", title: LocalizedText(chinese: "", english: ""), strength: .shall,
        citation: Citation(document: "", article: "", wording: ""), parameters: [])
}
