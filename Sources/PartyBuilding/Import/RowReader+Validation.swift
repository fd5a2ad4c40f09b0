extension RowReader {
    /// Checks the community read from the row as the library's validation does
    /// (``Community/validate(on:)``), and reports an error for the row's line and the column concerned;
    /// a part larger than its whole, or a day before another, names the other column too.
    mutating func validate(_ community: Community) {
        do { try community.validate(on: .latest) } catch {
            let column = Self.column(error.field)
            /// The column of another field of the record the error is in.
            func other(_ field: String) -> CommunityTable.Column? {
                guard !field.contains("."), let dot = error.field.lastIndex(of: ".") else { return Self.column(field) }
                return Self.column(error.field[...dot] + field)
            }
            let reason: CommunityTableProblem.Reason? =
                switch error.problem {
                case .negative: .negative
                case .tooLarge: .tooLarge
                case .empty: .empty
                case .exceeds(let whole): other(whole).map { .exceeds(header($0)) }
                case .endsBeforeStart(let start): other(start).map { .before(header($0)) }
                default: nil
                }
            if let column, let reason {
                report(column, reason)
            } else {
                report(nil, .invalidRecord(error.errorDescription ?? ""))
            }
        }
    }

    /// The column of a field of the community, of its organisation or of its exception, if the table
    /// has one.
    private static func column(_ field: String) -> CommunityTable.Column? {
        switch field {
        case "headcount.total": .members
        case "headcount.probationary": .probationaryMembers
        case let field where field.hasPrefix("exceptions["):
            switch field.split(separator: ".").last {
            case "reason": .exceptionReason
            case "approver": .exceptionApprover
            case "approvedOn": .exceptionApprovedOn
            case "validUntil": .exceptionValidUntil
            default: nil
            }
        default: CommunityTable.Column(rawValue: field)
        }
    }
}
