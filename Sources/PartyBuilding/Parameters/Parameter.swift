/// A named figure of a rule, with its dated values, unit and citation: data, not code, so that a
/// scenario or a later revision changes it without touching the rule that uses it.
///
/// ```swift
/// Parameter(
///     SZ2011.Parameters.activityFundPerMember,
///     title: LocalizedText(chinese: "每名党员每年活动经费", english: "Activity funds per member a year"),
///     citation: Citation(.suzhou2011, article: "19", wording: "每名党员每年不低于150元"),
///     values: [.init(from: "2011-01-01", value: .money(Money(yuan: 150)))]
/// )
/// ```
///
/// A value holds over its period; a later revision adds a value from its own date. For a period
/// longer than a day (a year of funds), the value in force is the one in force on the period's first
/// day (``ParameterValues``).
public struct Parameter: Sendable, Hashable, Identifiable {
    /// The parameter's ID.
    public let id: ParameterID
    /// The unit of every value.
    public let kind: ParameterValue.Kind
    /// What the figure is, in both languages.
    public var title: LocalizedText
    /// Where the figure is stated.
    public var citation: Citation
    /// The values in force over time, in chronological order and not overlapping.
    public let values: [DatedValue]

    /// Creates a parameter from its typed key.
    /// - Precondition: `values` is not empty, all of the key's unit, in order, and their periods do
    ///   not overlap (a definition in code; decoded parameters are checked with a thrown error).
    public init<Unit>(_ key: ParameterKey<Unit>, title: LocalizedText, citation: Citation, values: [DatedValue]) {
        if let problem = Self.problem(with: values, kind: Unit.kind) {
            preconditionFailure("parameter \(key.id): \(problem)")
        }
        self.init(checked: key.id, kind: Unit.kind, title: title, citation: citation, values: values)
    }

    private init(
        checked id: ParameterID, kind: ParameterValue.Kind, title: LocalizedText, citation: Citation,
        values: [DatedValue]
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.citation = citation
        self.values = values
    }

    /// What is wrong with a list of dated values of a parameter of `kind`, or `nil`.
    static func problem(with values: [DatedValue], kind: ParameterValue.Kind) -> String? {
        guard !values.isEmpty else { return "it has no value" }
        if let other = values.first(where: { $0.value.kind != kind }) {
            return "the value from \(other.period.start) is a \(other.value.kind), not a \(kind)"
        }
        for (earlier, later) in zip(values, values.dropFirst()) where !(earlier.period.end < later.period.start) {
            return "the value from \(later.period.start) overlaps the one before"
        }
        return nil
    }

    /// The value in force on a date, or `nil` when the parameter has none that day.
    public func value(on date: CalendarDate) -> ParameterValue? {
        values.last { $0.period.contains(date) }?.value
    }

    /// The value in force for a period: the one in force on its first day, or `nil`.
    public func value(for period: Period) -> ParameterValue? { value(on: period.start) }

    /// A value and the period it is in force.
    public struct DatedValue: Sendable, Hashable {
        /// The days the value applies.
        public var period: Period
        /// The value.
        public var value: ParameterValue

        /// Creates a dated value in force over a period.
        public init(over period: Period, value: ParameterValue) {
            self.period = period
            self.value = value
        }

        /// Creates a dated value in force from a day, until another day or open-ended.
        /// - Precondition: `validUntil`, when given, is not before `validFrom`.
        public init(from validFrom: CalendarDate, until validUntil: CalendarDate? = nil, value: ParameterValue) {
            guard let validUntil else {
                self.init(over: .starting(validFrom), value: value)
                return
            }
            do { self.init(over: try Period(from: validFrom, through: validUntil), value: value) } catch {
                preconditionFailure("a value until \(validUntil) cannot start on \(validFrom)")
            }
        }
    }
}

extension Parameter.DatedValue: Codable {
    private enum CodingKeys: String, CodingKey { case validFrom, validUntil, value }

    /// Decodes `{"validFrom": "2011-01-01", "validUntil": "2012-10-25", "value": {"money": 150}}`;
    /// `validUntil` may be absent (open-ended).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(CalendarDate.self, forKey: .validFrom)
        let end = try container.decodeIfPresent(CalendarDate.self, forKey: .validUntil) ?? .latest
        guard start <= end else {
            throw DecodingError.dataCorruptedError(
                forKey: .validUntil, in: container, debugDescription: "a value until \(end) cannot start on \(start)")
        }
        self.init(
            over: end == .latest ? .starting(start) : try Period(from: start, through: end),
            value: try container.decode(ParameterValue.self, forKey: .value))
    }

    /// Encodes the first day, the last day unless open-ended, and the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(period.start, forKey: .validFrom)
        if !period.isOpenEnded { try container.encode(period.end, forKey: .validUntil) }
        try container.encode(value, forKey: .value)
    }
}

extension Parameter: Codable {
    private enum CodingKeys: String, CodingKey { case id, title, citation, values }

    /// Decodes a parameter, checking what the initialiser requires: at least one value, all of one
    /// unit, in chronological order, with periods that do not overlap.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ParameterID.self, forKey: .id)
        let values = try container.decode([DatedValue].self, forKey: .values)
        let kind = values.first?.value.kind ?? .text
        if let problem = Self.problem(with: values, kind: kind) {
            throw DecodingError.dataCorruptedError(
                forKey: .values, in: container, debugDescription: "parameter \(id): \(problem)")
        }
        self.init(
            checked: id, kind: kind, title: try container.decode(LocalizedText.self, forKey: .title),
            citation: try container.decode(Citation.self, forKey: .citation), values: values)
    }

    /// Encodes the parameter's ID, title, citation and dated values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(citation, forKey: .citation)
        try container.encode(values, forKey: .values)
    }
}
