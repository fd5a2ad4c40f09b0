import Foundation

/// A parameter that cannot be used as a rule or a scenario asks.
public enum ParameterError: Error, Sendable, Hashable, LocalizedError {
    /// No pack defines a parameter with this ID.
    case unknown(ParameterID)
    /// The parameter's value is of another kind than the rule or override expects.
    case kindMismatch(ParameterID, expected: String, found: String)
    /// Two packs define the same parameter.
    case duplicate(ParameterID)

    public var errorDescription: String? {
        switch self {
        case .unknown(let id): "no pack defines the parameter \(id)"
        case .kindMismatch(let id, let expected, let found):
            "parameter \(id) holds a \(found) value where a \(expected) value is expected"
        case .duplicate(let id): "the parameter \(id) is defined by more than one pack"
        }
    }
}
