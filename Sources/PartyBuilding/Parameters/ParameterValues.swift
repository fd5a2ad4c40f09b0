/// The parameter values in force on one date, under a set of packs and an optional scenario: what
/// rules bind to before an audit, so that no rule looks a parameter up per record.
public struct ParameterValues: Sendable, Hashable {
    /// The date the values are in force.
    public let date: CalendarDate
    /// The value of every parameter in force on the date.
    public let values: [ParameterID: ParameterValue]
    /// The parameters whose value on the date comes from the scenario, with the packs' value.
    public let changes: [ParameterChange]
    /// Every parameter the packs define, in force on the date or not.
    let definedIDs: Set<ParameterID>

    /// Resolves the parameters of `packs` on `date`, with `scenario`'s overrides on top.
    /// - Throws: ``ParameterError/unknown(_:)`` when an override names no parameter of the packs,
    ///   ``ParameterError/kindMismatch(_:expected:found:)`` when it has another unit,
    ///   ``ParameterError/outOfRange(_:_:)`` when its value cannot be meant (a negative amount), and
    ///   ``ParameterError/duplicate(_:)`` when two packs define the same parameter.
    public init(packs: [PolicyPack], scenario: Scenario?, on date: CalendarDate) throws(ParameterError) {
        var definitions: [ParameterID: Parameter] = [:]
        for pack in packs {
            for parameter in pack.parameters {
                guard definitions.updateValue(parameter, forKey: parameter.id) == nil else {
                    throw .duplicate(parameter.id)
                }
            }
        }
        var values: [ParameterID: ParameterValue] = [:]
        for (id, parameter) in definitions {
            values[id] = parameter.value(on: date)
        }
        var changes: [ParameterChange] = []
        for override in scenario?.overrides ?? [] {
            guard let parameter = definitions[override.parameterID] else { throw .unknown(override.parameterID) }
            let expected = parameter.values[0].value.kind
            guard override.value.kind == expected else {
                throw .kindMismatch(override.parameterID, expected: expected, found: override.value.kind)
            }
            if let allowed = override.value.outOfRange {
                throw .outOfRange(override.parameterID, allowed)
            }
            guard override.covers(date) else { continue }
            let baseline = values[override.parameterID]
            values[override.parameterID] = override.value
            changes.removeAll { $0.parameterID == override.parameterID }
            if baseline != override.value {
                changes.append(
                    ParameterChange(parameterID: override.parameterID, baseline: baseline, scenario: override.value))
            }
        }
        self.date = date
        self.definedIDs = Set(definitions.keys)
        self.values = values
        self.changes = changes.sorted { $0.parameterID < $1.parameterID }
    }

    /// Whether every parameter in `ids` has a value on the date.
    public func areInForce(_ ids: [ParameterID]) -> Bool { ids.allSatisfy { values[$0] != nil } }

    /// The raw value of a parameter.
    /// - Throws: ``ParameterError/notInForce(_:on:)`` when a pack defines it but it has no value on the
    ///   date, ``ParameterError/unknown(_:)`` when no pack defines it.
    public func value(_ id: ParameterID) throws(ParameterError) -> ParameterValue {
        guard let value = values[id] else {
            throw definedIDs.contains(id) ? .notInForce(id, on: date) : .unknown(id)
        }
        return value
    }

    /// A money parameter.
    public func money(_ id: ParameterID) throws(ParameterError) -> Money {
        guard case .money(let value) = try value(id) else { throw mismatch(id, "money") }
        return value
    }

    /// A count parameter.
    public func count(_ id: ParameterID) throws(ParameterError) -> Int {
        guard case .count(let value) = try value(id) else { throw mismatch(id, "count") }
        return value
    }

    /// A ratio parameter.
    public func ratio(_ id: ParameterID) throws(ParameterError) -> Ratio {
        guard case .ratio(let value) = try value(id) else { throw mismatch(id, "ratio") }
        return value
    }

    /// A days parameter.
    public func days(_ id: ParameterID) throws(ParameterError) -> Days {
        guard case .days(let value) = try value(id) else { throw mismatch(id, "days") }
        return value
    }

    /// A years parameter.
    public func years(_ id: ParameterID) throws(ParameterError) -> Int {
        guard case .years(let value) = try value(id) else { throw mismatch(id, "years") }
        return value
    }

    /// An area parameter.
    public func area(_ id: ParameterID) throws(ParameterError) -> Area {
        guard case .area(let value) = try value(id) else { throw mismatch(id, "area") }
        return value
    }

    /// A text parameter.
    public func text(_ id: ParameterID) throws(ParameterError) -> String {
        guard case .text(let value) = try value(id) else { throw mismatch(id, "text") }
        return value
    }

    /// A list-of-names parameter.
    public func texts(_ id: ParameterID) throws(ParameterError) -> [String] {
        guard case .texts(let value) = try value(id) else { throw mismatch(id, "texts") }
        return value
    }

    private func mismatch(_ id: ParameterID, _ expected: String) -> ParameterError {
        .kindMismatch(id, expected: expected, found: values[id]?.kind ?? "missing")
    }
}

/// A parameter and the value a finding was computed with.
public struct ParameterBinding: Sendable, Hashable, Codable {
    /// The parameter.
    public var parameterID: ParameterID
    /// Its value on the audit date (under the scenario, if any).
    public var value: ParameterValue

    /// Creates a binding.
    public init(parameterID: ParameterID, value: ParameterValue) {
        self.parameterID = parameterID
        self.value = value
    }
}
