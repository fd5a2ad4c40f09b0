/// One thing wrong in a table of communities: a file that cannot be read, a header, a row or a cell,
/// named by the file, the line, the column as the header wrote it and the cell's text.
///
/// ```swift
/// problem.message(.chinese)   // district.csv 第 3 行“户数”列的值“-2145”不能为负数
/// problem.message(.english)   // district.csv, line 3, column 户数, value "-2145": must not be negative
/// ```
public struct CommunityTableProblem: Sendable, Hashable {
    /// The file name, or the name given for the text.
    public var source: String
    /// The line of the text the row starts on (1-based); `nil` when the problem is the whole file.
    public var line: Int?
    /// The column's header as the table wrote it (`户数`, not `households`), when the problem is in
    /// one column.
    public var column: String?
    /// The cell's text, when the problem is in one cell.
    public var value: String?
    /// What is wrong.
    public var reason: Reason

    /// Creates a problem.
    public init(source: String, line: Int?, column: String? = nil, value: String? = nil, reason: Reason) {
        self.source = source
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
    }

    /// What is wrong, as a code; ``CommunityTableProblem/message(_:)`` words it.
    public enum Reason: Sendable, Hashable {
        /// The file does not exist.
        case fileNotFound
        /// The file exists but cannot be read (no permission, or not a regular file).
        case fileNotReadable
        /// The bytes are not text in the encoding given (in neither UTF-8 nor GB18030 for
        /// ``TextEncoding/automatic``).
        case notText(TextEncoding)
        /// The file holds no header row.
        case emptyFile
        /// A quoted cell is not closed before the end of the file.
        case unclosedQuote
        /// Text follows the closing quote of a cell.
        case textAfterQuote
        /// The row has `found` cells where the header has `expected` columns.
        case wrongCellCount(found: Int, expected: Int)
        /// The header names no column of the table.
        case unknownColumn
        /// The header names a column an earlier header already named.
        case duplicateColumn
        /// A column the table needs is not in the header.
        case missingColumn
        /// A cell that must be filled is empty.
        case empty
        /// The ID is that of an earlier row.
        case duplicateID
        /// The text is not a number.
        case notANumber
        /// A count is not a whole number.
        case notWhole
        /// A count, amount or area is below zero.
        case negative
        /// The number has more decimals than its unit holds (two for yuan and m²).
        case tooManyDecimals(allowed: Int)
        /// A number in 万 (ten thousand) has more than four decimals: it would not be a whole unit.
        case tooPreciseForWan
        /// The number is too large to hold.
        case tooLarge
        /// The number carries a unit the column does not take; the associated values are the unit
        /// written and the units the column accepts.
        case unexpectedUnit(String, accepted: [String])
        /// The text is none of the words the column accepts, which are listed.
        case notOneOf([String])
        /// The text is not a date of the form `YYYY-MM-DD`.
        case notADate
        /// The cell must be filled because the named column (as the header wrote it) is.
        case requiredBy(String)
        /// The date is before that of the named column (as the header wrote it), where it cannot be.
        case before(String)
        /// The value is larger than that of the named column (as the header wrote it), which it is part of.
        case exceeds(String)
        /// The total differs from the sum of the columns that break it down; the associated value is
        /// that sum.
        case totalDiffersFromSources(String)
        /// The exception is missing the named columns (as the header wrote them, or their English
        /// names when the header has none): reason, approver and approval date go together.
        case incompleteException(missing: [String])
        /// The named rule ID is the ID of no rule in ``PolicyPack/catalog``.
        case unknownRule(String)
        /// The community the row describes cannot be right (``Community/validate(on:)``); the
        /// associated value says why, in English.
        case invalidRecord(String)
    }
}
