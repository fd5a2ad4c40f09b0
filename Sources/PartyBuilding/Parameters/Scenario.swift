/// A what-if: parameter values that replace a pack's values over a period, without code changes.
///
/// ```swift
/// let scenario = Scenario(name: "200 元/人", overrides: [
///     .init(SZ2011.Parameters.activityFundPerMember, value: .money(Money(yuan: 200)),
///           from: CalendarDate("2025-01-01")),
/// ])
/// let report = try await Auditor(scenario: scenario).audit(communities, on: date)
/// report.parameterChanges   // what the scenario changed on that date
/// ```
public struct Scenario: Sendable, Hashable, Codable {
    /// The scenario's name, shown in reports.
    public var name: String
    /// The values that replace the packs' values.
    public var overrides: [Override]

    /// Creates a scenario.
    public init(name: String, overrides: [Override]) {
        self.name = name
        self.overrides = overrides
    }

    /// A value that replaces a parameter's value over a period.
    public struct Override: Sendable, Hashable, Codable {
        /// The parameter replaced.
        public var parameterID: ParameterID
        /// The value in force instead, of the same kind (unit) as the parameter's.
        public var value: ParameterValue
        /// The first day of the replacement; `nil` replaces from the beginning.
        public var validFrom: CalendarDate?
        /// The last day of the replacement; `nil` when open-ended.
        public var validUntil: CalendarDate?

        /// Creates an override.
        public init(
            _ parameterID: ParameterID, value: ParameterValue, from validFrom: CalendarDate? = nil,
            until validUntil: CalendarDate? = nil
        ) {
            self.parameterID = parameterID
            self.value = value
            self.validFrom = validFrom
            self.validUntil = validUntil
        }

        /// Whether the override applies on a date.
        public func covers(_ date: CalendarDate) -> Bool {
            (validFrom.map { $0 <= date } ?? true) && (validUntil.map { date <= $0 } ?? true)
        }
    }
}

/// A parameter whose value on the audit date differs between the packs and a scenario.
public struct ParameterChange: Sendable, Hashable, Codable {
    /// The parameter changed.
    public var parameterID: ParameterID
    /// The packs' value, or `nil` when the packs have none in force that day.
    public var baseline: ParameterValue?
    /// The scenario's value.
    public var scenario: ParameterValue

    /// Creates a change record.
    public init(parameterID: ParameterID, baseline: ParameterValue?, scenario: ParameterValue) {
        self.parameterID = parameterID
        self.baseline = baseline
        self.scenario = scenario
    }
}
