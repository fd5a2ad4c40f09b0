/// What a rule is, as data: its ID, title, strength, citation, scope, the periods it judges and the
/// days it is in force. The parameters it reads are not written here: they are the keys its
/// ``Rule/bind(_:)`` reads (``RuleRegistry/Entry/parameters``).
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
    /// Whether the rule checks one community at a time or all the communities audited together.
    public var scope: Scope
    /// The periods the rule judges: a state on the audit date, or an obligation of each year,
    /// quarter or month.
    public var cadence: Cadence
    /// The days the rule is in force. A period is judged under the rule when its first day lies in
    /// them (as parameter values are chosen, ``ParameterValues``); a rule is also out of force for a
    /// period when one of its parameters has no value for it.
    public var validity: Period

    /// Creates a descriptor.
    public init(
        id: RuleID, title: LocalizedText, strength: NormativeStrength, citation: Citation, scope: Scope = .community,
        cadence: Cadence, validity: Period = .always
    ) {
        self.id = id
        self.title = title
        self.strength = strength
        self.citation = citation
        self.scope = scope
        self.cadence = cadence
        self.validity = validity
    }

    /// Whether the rule's own validity covers a period judged (its parameters aside).
    public func isValid(for period: Period) -> Bool { validity.contains(period.start) }

    /// What a rule checks at once.
    public enum Scope: String, Sendable, Hashable, Codable {
        /// One community at a time: ``Rule/evaluate(_:in:with:into:)``.
        case community
        /// All the communities audited together: ``Rule/evaluate(portfolio:in:with:into:)``.
        case portfolio
    }

    /// The periods a rule judges.
    public enum Cadence: String, Sendable, Hashable, Codable, CaseIterable {
        /// A state on the audit date (a form, a space, a certificate held): the period is that day.
        case onDate
        /// An obligation of each calendar year (funds, pay, training): every year of the audited
        /// range that is complete on the audit date.
        case yearly
        /// An obligation of each calendar quarter complete on the audit date.
        case quarterly
        /// An obligation of each calendar month complete on the audit date.
        case monthly
        /// Obligations over the audited range as a whole, judged up to the audit date: a meeting
        /// cadence lists the months, quarters or years of the range it missed (``CadenceCheck``).
        case range

        /// The periods judged on `date` within `range`: the day itself for ``onDate``, otherwise the
        /// whole years, quarters or months of `range` that end on or before `date`.
        public func periods(within range: Period, on date: CalendarDate) -> [Period] {
            let units: [Period]
            switch self {
            case .onDate: return [.day(date)]
            case .range:
                guard range.start <= date, let judged = try? Period(from: range.start, through: min(range.end, date))
                else { return [] }
                return [range.end <= date ? range : judged]
            case .yearly: units = range.years
            case .quarterly: units = range.quarters
            case .monthly: units = range.months
            }
            return units.filter { $0.end <= date }
        }
    }

    /// A descriptor for no rule, used before a collector is given its first rule.
    static let none = RuleDescriptor(
        id: "", title: LocalizedText(chinese: "", english: ""), strength: .shall,
        citation: Citation(document: "", article: "", wording: ""), cadence: .onDate)
}
