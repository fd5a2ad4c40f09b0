import Foundation

/// Why a ``ReportTable`` could not be built.
public enum ReportTableError: Error, Sendable, Hashable, LocalizedError {
    /// The row at `row` (counted from 0) of the table titled `table` has `cells` cells, but the table
    /// has `columns` columns.
    case wrongCellCount(table: String, row: Int, cells: Int, columns: Int)
    /// Two columns of the table titled `table` share the key `key`, so a JSON row could not hold both.
    case duplicateColumnKey(table: String, key: String)

    /// A sentence naming the table, the row and the counts.
    public var errorDescription: String? {
        switch self {
        case .wrongCellCount(let table, let row, let cells, let columns):
            "row \(row) of table “\(table)” has \(cells) cells, but the table has \(columns) columns"
        case .duplicateColumnKey(let table, let key):
            "table “\(table)” has more than one column with the key “\(key)”"
        }
    }
}
