import Foundation

/// Why an audit could not run.
public enum AuditError: Error, Sendable, Hashable, LocalizedError {
    /// A record cannot be right; nothing was audited.
    case invalidRecord(ValidationError)
    /// A parameter or a scenario override cannot be used.
    case parameter(ParameterError)
    /// Two communities audited together have the same ID.
    case duplicateCommunity(CommunityID)

    public var errorDescription: String? {
        switch self {
        case .invalidRecord(let error): error.errorDescription
        case .parameter(let error): error.errorDescription
        case .duplicateCommunity(let id): "community \(id) appears more than once"
        }
    }
}
