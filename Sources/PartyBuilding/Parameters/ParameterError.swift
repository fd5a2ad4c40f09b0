import Foundation

/// A parameter that cannot be used as a rule or a scenario asks.
public enum ParameterError: Error, Sendable, Hashable, LocalizedError {
    /// No pack defines a parameter with this ID.
    case unknown(ParameterID)
    /// A pack defines the parameter, but it has no value on the date.
    case notInForce(ParameterID, on: CalendarDate)
    /// A value is outside what the parameter can mean (a negative amount, a share above 100%, a band
    /// whose low end is above its high end); the associated text says what is allowed.
    case outOfRange(ParameterID, String)
    /// A parameter has no dated value, or values whose periods overlap.
    case invalidDefinition(ParameterID, String)
    /// The parameter's value is of another kind than the rule or override expects.
    case kindMismatch(ParameterID, expected: String, found: String)
    /// Two packs define the same parameter.
    case duplicate(ParameterID)

    public var errorDescription: String? {
        switch self {
        case .unknown(let id): "no pack defines the parameter \(id)"
        case .notInForce(let id, let date): "the parameter \(id) has no value on \(date)"
        case .outOfRange(let id, let allowed): "the value of \(id) is out of range: \(allowed)"
        case .invalidDefinition(let id, let problem): "the parameter \(id) is not well defined: \(problem)"
        case .kindMismatch(let id, let expected, let found):
            "parameter \(id) holds a \(found) value where a \(expected) value is expected"
        case .duplicate(let id): "the parameter \(id) is defined by more than one pack"
        }
    }
}
