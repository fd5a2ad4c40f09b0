import Foundation

/// Why an audit could not run.
public enum AuditError: Error, Sendable, Hashable, LocalizedError {
    /// A record cannot be right; nothing was audited.
    case invalidRecord(ValidationError)
    /// A parameter or a scenario override cannot be used.
    case parameter(ParameterError)
    /// Two communities audited together have the same ID.
    case duplicateCommunity(CommunityID)
    /// A re-audit was given other communities than the report it updates.
    case communitiesDiffer

    public var errorDescription: String? {
        switch self {
        case .invalidRecord(let error): error.errorDescription
        case .parameter(let error): error.errorDescription
        case .duplicateCommunity(let id): "community \(id) appears more than once"
        case .communitiesDiffer: "a re-audit needs the same communities, in the same order, as the report it updates"
        }
    }
}
