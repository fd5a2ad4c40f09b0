extension RowReader {
    /// Checks the community read from the row as the library's validation does
    /// (``Community/validate(on:)``), and reports an error for the row's line and the column concerned.
    mutating func validate(_ community: Community) {
        do { try community.validate(on: .latest) } catch {
            let column = Self.column(error.field)
            let reason: CommunityTableProblem.Reason =
                switch (error.problem, column) {
                case (.negative, .some): .negative
                case (.tooLarge, .some): .tooLarge
                case (.exceeds(let whole), .some):
                    Self.column(whole).map { .exceeds(header($0)) } ?? .invalidRecord(error.errorDescription ?? "")
                case (.empty, .some): .empty
                default: .invalidRecord(error.errorDescription ?? "")
                }
            report(column, reason)
        }
    }

    /// The column of a field of the community or of its organisation, if the table has one.
    private static func column(_ field: String) -> CommunityTable.Column? {
        switch field {
        case "headcount.total": .members
        case "headcount.probationary": .probationaryMembers
        default: CommunityTable.Column(rawValue: field)
        }
    }
}
