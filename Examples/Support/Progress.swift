import Foundation

/// What a long run is doing, on the standard error when it is a terminal and the run is long
/// (``threshold`` communities or more); nothing otherwise, so that scripts and files see only the report.
public struct Progress: Sendable {
    /// The number of communities from which a run shows its progress.
    public static let threshold = 10_000

    /// Whether anything is shown.
    public let isShown: Bool

    /// Progress for a run over `communities` communities.
    public init(communities: Int) {
        isShown = communities >= Self.threshold && isatty(STDERR_FILENO) == 1
    }

    /// Shows the step now under way (`正在审核 10000 个社区…`), replacing the one before.
    public func step(_ text: String) {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    /// Clears the line when the run is done.
    public func finish() {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
