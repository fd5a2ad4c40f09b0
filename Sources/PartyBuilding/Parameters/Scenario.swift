import Foundation

/// A what-if: parameter values that replace a pack's values over a period, without code changes.
///
/// ```swift
/// let scenario = Scenario(name: "200 元/人", overrides: [
///     .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2025-01-01")),
/// ])
/// let report = try await Auditor(scenario: scenario).audit(communities, on: "2025-12-31")
/// report.parameterChanges   // what the scenario changed for the periods judged
/// ```
///
/// An override applies to a period judged when it is in force on the period's first day, as pack
/// values do (``ParameterValues``).
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

    /// Reads a scenario from assignments written as text, `ID=VALUE`, each value in the unit of the
    /// parameter the packs define (``ParameterValue/init(parsing:as:for:)``), all over one period.
    ///
    /// ```swift
    /// let scenario = try Scenario(
    ///     parsing: ["SZ2011.19.activity-fund.per-member=200"], over: .starting("2026-01-01"),
    ///     packs: PolicyPack.builtIn)
    /// ```
    /// The scenario is named after its assignments.
    /// - Throws: ``ParameterError/malformedAssignment(_:)``, ``ParameterError/unknown(_:)``,
    ///   ``ParameterError/unreadable(_:_:expected:)`` or ``ParameterError/outOfRange(_:_:)``.
    public init(parsing assignments: [String], over period: Period = .always, packs: [PolicyPack])
        throws(ParameterError)
    {
        var overrides: [Override] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw .malformedAssignment(assignment)
            }
            let id = ParameterID(String(assignment[..<equals]).trimmingCharacters(in: .whitespaces))
            guard let parameter = packs.lazy.compactMap({ $0.parameter(id) }).first else { throw .unknown(id) }
            let text = String(assignment[assignment.index(after: equals)...])
            overrides.append(
                Override(id, value: try ParameterValue(parsing: text, as: parameter.kind, for: id), over: period))
        }
        self.init(name: assignments.joined(separator: ", "), overrides: overrides)
    }

    /// A value that replaces a parameter's value over a period.
    public struct Override: Sendable, Hashable {
        /// The parameter replaced.
        public var parameterID: ParameterID
        /// The value in force instead, of the same kind (unit) as the parameter's.
        public var value: ParameterValue
        /// The days the replacement is in force.
        public var period: Period

        /// Creates an override of a raw value; the audit checks that its unit is the parameter's.
        public init(_ parameterID: ParameterID, value: ParameterValue, over period: Period = .always) {
            self.parameterID = parameterID
            self.value = value
            self.period = period
        }

        /// Creates an override through a typed key, so that the value has the parameter's unit.
        public init<Unit>(_ key: ParameterKey<Unit>, value: Unit.Value, over period: Period = .always) {
            self.init(key.id, value: Unit.parameterValue(value), over: period)
        }
    }
}

extension Scenario.Override: Codable {
    private enum CodingKeys: String, CodingKey { case parameterID, value, period, validFrom, validUntil }

    /// Decodes `{"parameterID": …, "value": {"money": 200}, "period": {"kind": "year", …}}`, or, for a
    /// range, `"validFrom"` and `"validUntil"` instead of `"period"`; either date may be absent (from
    /// the beginning, open-ended).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let period: Period
        if let given = try container.decodeIfPresent(Period.self, forKey: .period) {
            period = given
        } else {
            let start = try container.decodeIfPresent(CalendarDate.self, forKey: .validFrom) ?? .earliest
            let end = try container.decodeIfPresent(CalendarDate.self, forKey: .validUntil) ?? .latest
            guard start <= end else {
                throw DecodingError.dataCorruptedError(
                    forKey: .validUntil, in: container,
                    debugDescription: "an override until \(end) cannot start on \(start)")
            }
            period = try Period(from: start, through: end)
        }
        self.init(
            try container.decode(ParameterID.self, forKey: .parameterID),
            value: try container.decode(ParameterValue.self, forKey: .value), over: period)
    }

    /// Encodes the parameter, the value and the period, so that decoding gives the same override back.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parameterID, forKey: .parameterID)
        try container.encode(value, forKey: .value)
        try container.encode(period, forKey: .period)
    }
}

/// A parameter whose value for a period judged differs between the packs and a scenario.
public struct ParameterChange: Sendable, Hashable, Codable {
    /// The parameter changed.
    public var parameterID: ParameterID
    /// The period judged whose value changed.
    public var period: Period
    /// The packs' value, or `nil` when the packs have none in force for the period.
    public var baseline: ParameterValue?
    /// The scenario's value.
    public var scenario: ParameterValue

    /// Creates a change record.
    public init(parameterID: ParameterID, period: Period, baseline: ParameterValue?, scenario: ParameterValue) {
        self.parameterID = parameterID
        self.period = period
        self.baseline = baseline
        self.scenario = scenario
    }
}
