/// A named figure of a rule, with its dated values, unit and citation: data, not code, so that a
/// scenario or a later revision changes it without touching the rule that uses it.
///
/// ```swift
/// Parameter(
///     id: "SZ2011.19.activity-fund.per-member",
///     title: LocalizedText(chinese: "每名党员每年活动经费", english: "Activity funds per member a year"),
///     citation: Citation(.suzhou2011, article: "19", wording: "每名党员每年不低于150元"),
///     values: [.init(from: CalendarDate("2011-01-01"), value: .money(Money(yuan: 150)))]
/// )
/// ```
public struct Parameter: Sendable, Hashable, Identifiable {
    /// The parameter's ID.
    public var id: ParameterID
    /// What the figure is, in both languages.
    public var title: LocalizedText
    /// Where the figure is stated.
    public var citation: Citation
    /// The values in force over time, in chronological order and not overlapping.
    public var values: [DatedValue]

    /// Creates a parameter.
    /// - Precondition: `values` is not empty, in order, and its periods do not overlap.
    public init(id: ParameterID, title: LocalizedText, citation: Citation, values: [DatedValue]) {
        precondition(!values.isEmpty, "parameter \(id) has no value")
        for (earlier, later) in zip(values, values.dropFirst()) {
            precondition(earlier.validUntil.map { $0 < later.validFrom } ?? false, "parameter \(id): periods overlap")
        }
        self.id = id
        self.title = title
        self.citation = citation
        self.values = values
    }

    /// The value in force on a date, or `nil` when the parameter is not in force then.
    public func value(on date: CalendarDate) -> ParameterValue? {
        values.last { $0.covers(date) }?.value
    }

    /// A value and the period it is in force.
    public struct DatedValue: Sendable, Hashable, Codable {
        /// The first day the value applies.
        public var validFrom: CalendarDate
        /// The last day the value applies, or `nil` when open-ended.
        public var validUntil: CalendarDate?
        /// The value.
        public var value: ParameterValue

        /// Creates a dated value.
        public init(from validFrom: CalendarDate, until validUntil: CalendarDate? = nil, value: ParameterValue) {
            self.validFrom = validFrom
            self.validUntil = validUntil
            self.value = value
        }

        /// Whether the value applies on a date.
        public func covers(_ date: CalendarDate) -> Bool {
            validFrom <= date && (validUntil.map { date <= $0 } ?? true)
        }
    }
}

extension Parameter: Codable {
    private enum CodingKeys: String, CodingKey { case id, title, citation, values }

    /// Decodes a parameter, checking what the initialiser requires: at least one value, in
    /// chronological order, with periods that do not overlap.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(ParameterID.self, forKey: .id)
        let values = try container.decode([DatedValue].self, forKey: .values)
        guard !values.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .values, in: container, debugDescription: "parameter \(id) has no value")
        }
        for (earlier, later) in zip(values, values.dropFirst())
        where !(earlier.validUntil.map { $0 < later.validFrom } ?? false) {
            throw DecodingError.dataCorruptedError(
                forKey: .values, in: container,
                debugDescription: "parameter \(id): the value from \(later.validFrom) overlaps the one before")
        }
        self.init(
            id: id, title: try container.decode(LocalizedText.self, forKey: .title),
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
