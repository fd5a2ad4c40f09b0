import Foundation

/// Everything wrong in a table of communities, in file order: reading goes on to the end of the
/// file, so that one run names every bad cell.
///
/// ```swift
/// do { communities = try CommunityTable.read(contentsOf: url) } catch {
///     for problem in error.problems { print(problem.message(.chinese)) }
/// }
/// ```
public struct CommunityTableError: Error, Sendable, Hashable, LocalizedError {
    /// The problems, in the order of the file (problems of the whole file first).
    public var problems: [CommunityTableProblem]

    /// Creates an error of the given problems.
    public init(problems: [CommunityTableProblem]) {
        self.problems = problems
    }

    /// Every problem's message, one a line.
    public func message(_ language: Language) -> String {
        problems.map { $0.message(language) }.joined(separator: "\n")
    }

    /// Every problem's message in English, one a line.
    public var errorDescription: String? { message(.english) }
}
