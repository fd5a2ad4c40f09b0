/// The parameter values in force for one period, under a set of packs and an optional scenario: what
/// rules bind to before an audit, so that no rule looks a parameter up per record.
///
/// **Which value a period takes.** A value or an override that starts or ends inside a period applies
/// to it by one rule, OpenFisca's: the value in force on the period's *first day* is the period's
/// value. The 2011 activity fund (自2011年起, from 2011-01-01) applies to the fund year 2011; the cost
/// split, in force until 2012-10-25, applies to the fund year 2012 and not to 2013; a scenario from
/// 2025-07-01 changes the 2026 fund year, not 2025, and changes a check of a state on any audit date
/// from 2025-07-01. A period of one day (a state judged on the audit date) takes that day's values.
public struct ParameterValues: Sendable, Hashable {
    /// The period the values are in force for.
    public let period: Period
    /// The value of every parameter in force for the period.
    public let values: [ParameterID: ParameterValue]
    /// The parameters whose value for the period comes from the scenario, with the packs' value.
    public let changes: [ParameterChange]
    /// The unit of every parameter the packs define, in force for the period or not.
    let kinds: [ParameterID: ParameterValue.Kind]
    /// Every parameter the packs define, with all its dated values.
    private let definitions: [ParameterID: Parameter]
    /// The scenario's overrides, in order.
    private let overrides: [Scenario.Override]

    /// Resolves the parameters of `packs` for `period`, with `scenario`'s overrides on top.
    /// - Throws: ``ParameterError/unknown(_:)`` when an override names no parameter of the packs,
    ///   ``ParameterError/kindMismatch(_:expected:found:)`` when it has another unit,
    ///   ``ParameterError/outOfRange(_:_:)`` when a value cannot be meant (a negative amount), and
    ///   ``ParameterError/duplicate(_:)`` when two packs define the same parameter.
    public init(packs: [PolicyPack], scenario: Scenario?, for period: Period) throws(ParameterError) {
        var definitions: [ParameterID: Parameter] = [:]
        for pack in packs {
            for parameter in pack.parameters {
                guard definitions.updateValue(parameter, forKey: parameter.id) == nil else {
                    throw .duplicate(parameter.id)
                }
                for dated in parameter.values {
                    if let allowed = dated.value.outOfRange { throw .outOfRange(parameter.id, allowed) }
                }
            }
        }
        var values: [ParameterID: ParameterValue] = [:]
        for (id, parameter) in definitions {
            values[id] = parameter.value(for: period)
        }
        var changes: [ParameterChange] = []
        for override in scenario?.overrides ?? [] {
            guard let parameter = definitions[override.parameterID] else { throw .unknown(override.parameterID) }
            guard override.value.kind == parameter.kind else {
                throw .kindMismatch(override.parameterID, expected: parameter.kind, found: override.value.kind)
            }
            if let allowed = override.value.outOfRange { throw .outOfRange(override.parameterID, allowed) }
            guard override.period.contains(period.start) else { continue }
            let baseline = parameter.value(for: period)
            values[override.parameterID] = override.value
            changes.removeAll { $0.parameterID == override.parameterID }
            if baseline != override.value {
                changes.append(
                    ParameterChange(
                        parameterID: override.parameterID, period: period, baseline: baseline,
                        scenario: override.value))
            }
        }
        self.init(
            period: period, values: values, changes: changes.sorted { $0.parameterID < $1.parameterID },
            kinds: definitions.mapValues(\.kind), definitions: definitions, overrides: scenario?.overrides ?? [])
    }

    private init(
        period: Period, values: [ParameterID: ParameterValue], changes: [ParameterChange],
        kinds: [ParameterID: ParameterValue.Kind], definitions: [ParameterID: Parameter] = [:],
        overrides: [Scenario.Override] = []
    ) {
        self.period = period
        self.values = values
        self.changes = changes
        self.kinds = kinds
        self.definitions = definitions
        self.overrides = overrides
    }

    /// The value of a parameter in force on `date`, whatever the period: the scenario's last override
    /// covering the day, otherwise the packs' value then; `nil` when neither is in force that day.
    /// The values of ``sample(of:)`` hold no dated values and answer with their one value.
    public func value(_ id: ParameterID, on date: CalendarDate) -> ParameterValue? {
        if let override = overrides.last(where: { $0.parameterID == id && $0.period.contains(date) }) {
            return override.value
        }
        guard let parameter = definitions[id] else { return values[id] }
        return parameter.value(on: date)
    }

    /// One value of every parameter of `packs` (its latest), for reading which keys a rule reads
    /// without an audit (``RuleRegistry``).
    static func sample(of packs: [PolicyPack]) -> ParameterValues {
        var values: [ParameterID: ParameterValue] = [:]
        for pack in packs {
            for parameter in pack.parameters where values[parameter.id] == nil {
                values[parameter.id] = parameter.values.last?.value
            }
        }
        return ParameterValues(period: .always, values: values, changes: [], kinds: values.mapValues(\.kind))
    }

    /// The raw value of a parameter.
    /// - Throws: ``ParameterError/notInForce(_:for:)`` when a pack defines it but it has no value for
    ///   the period, ``ParameterError/unknown(_:)`` when no pack defines it.
    public func value(_ id: ParameterID) throws(ParameterError) -> ParameterValue {
        guard let value = values[id] else {
            throw kinds[id] == nil ? .unknown(id) : .notInForce(id, for: period)
        }
        return value
    }

    /// The value of a parameter, in its key's unit.
    /// - Throws: as ``value(_:)``, and ``ParameterError/kindMismatch(_:expected:found:)`` when the
    ///   packs define the parameter with another unit than the key's.
    public func value<Unit>(_ key: ParameterKey<Unit>) throws(ParameterError) -> Unit.Value {
        if let kind = kinds[key.id], kind != Unit.kind {
            throw .kindMismatch(key.id, expected: Unit.kind, found: kind)
        }
        guard let value = Unit.value(of: try value(key.id)) else {
            throw .kindMismatch(key.id, expected: Unit.kind, found: values[key.id]?.kind ?? Unit.kind)
        }
        return value
    }
}

/// A parameter and the value a finding was computed with.
public struct ParameterBinding: Sendable, Hashable, Codable {
    /// The parameter.
    public var parameterID: ParameterID
    /// Its value for the period judged (under the scenario, if any).
    public var value: ParameterValue

    /// Creates a binding.
    public init(parameterID: ParameterID, value: ParameterValue) {
        self.parameterID = parameterID
        self.value = value
    }
}
