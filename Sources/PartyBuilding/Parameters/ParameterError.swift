import Foundation

/// A parameter that cannot be used as a rule or a scenario asks.
///
/// Errors are matchable: `catch ParameterError.unknown(let id)`.
public enum ParameterError: Error, Sendable, Hashable, LocalizedError {
    /// No pack defines a parameter with this ID (a scenario override or a lookup named it).
    case unknown(ParameterID)
    /// A rule reads a parameter that no pack of the audit defines: a misspelt key, caught when the
    /// audit starts instead of leaving the rule silently out of force.
    case undefined(ParameterID, readBy: RuleID)
    /// A pack defines the parameter, but it has no value for the period (on its first day).
    case notInForce(ParameterID, for: Period)
    /// A value is outside what the parameter can mean (a negative amount, a share above 100×, a band
    /// whose low end is above its high end); the associated text says what is allowed.
    case outOfRange(ParameterID, String)
    /// The parameter's value is of another unit than the key or the override that reads it.
    case kindMismatch(ParameterID, expected: ParameterValue.Kind, found: ParameterValue.Kind)
    /// Two packs define the same parameter.
    case duplicate(ParameterID)
    /// Text given for a parameter is not a value of its unit: the ID, the text, the unit expected.
    case unreadable(ParameterID, String, expected: ParameterValue.Kind)
    /// An assignment is not of the form `ID=VALUE`.
    case malformedAssignment(String)

    public var errorDescription: String? {
        switch self {
        case .unknown(let id): "no pack defines the parameter \(id)"
        case .undefined(let id, let rule): "the rule \(rule) reads the parameter \(id), which no pack defines"
        case .notInForce(let id, let period): "the parameter \(id) has no value for \(period)"
        case .outOfRange(let id, let allowed): "the value of \(id) is out of range: \(allowed)"
        case .kindMismatch(let id, let expected, let found):
            "the parameter \(id) holds a \(found) value where a \(expected) value is expected"
        case .duplicate(let id): "the parameter \(id) is defined by more than one pack"
        case .unreadable(let id, let text, let kind): "\(id)=\(text): expected a \(kind) value"
        case .malformedAssignment(let text): "\"\(text)\" is not of the form ID=VALUE"
        }
    }
}
