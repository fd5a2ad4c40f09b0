/// A titled table: columns, and rows with exactly one cell a column.
///
/// The initializer and ``append(_:)`` check every row's cell count and throw
/// ``ReportTableError/wrongCellCount(table:row:cells:columns:)`` rather than pad or trap, so a table
/// that exists is always rectangular.
///
/// ```swift
/// var table = try ReportTable(
///     title: "活动经费",
///     columns: [ReportColumn(key: "community", header: "社区"),
///               ReportColumn(key: "gap", header: "差额（元）")])
/// try table.append(ReportRow([.text("双塔"), .signedMoney(Money(yuan: -1_200))]))
/// ```
public struct ReportTable: Sendable, Hashable {
    /// The table's title.
    public var title: String
    /// The columns, in order.
    public private(set) var columns: [ReportColumn]
    /// The rows, in order; each has `columns.count` cells.
    public private(set) var rows: [ReportRow]

    /// Creates a table.
    /// - Throws: ``ReportTableError/wrongCellCount(table:row:cells:columns:)`` naming the first row whose
    ///   cell count is not the column count, or ``ReportTableError/duplicateColumnKey(table:key:)``.
    public init(title: String, columns: [ReportColumn], rows: [ReportRow] = []) throws(ReportTableError) {
        var keys = Set<String>()
        for column in columns where !keys.insert(column.key).inserted {
            throw .duplicateColumnKey(table: title, key: column.key)
        }
        self.title = title
        self.columns = columns
        self.rows = []
        self.rows.reserveCapacity(rows.count)
        for row in rows { try append(row) }
    }

    /// Adds a row at the end.
    /// - Throws: ``ReportTableError/wrongCellCount(table:row:cells:columns:)`` when the row does not have
    ///   one cell a column; the table is unchanged.
    public mutating func append(_ row: ReportRow) throws(ReportTableError) {
        guard row.cells.count == columns.count else {
            throw .wrongCellCount(table: title, row: rows.count, cells: row.cells.count, columns: columns.count)
        }
        rows.append(row)
    }

    /// How the cells of the column at `index` line up: the column's own ``ReportColumn/alignment`` when
    /// it has one, otherwise trailing when the column holds at least one number and no text (cells not
    /// recorded are ignored), and leading otherwise. `index` must be less than `columns.count`.
    public func alignment(ofColumn index: Int) -> ReportColumn.Alignment {
        if let chosen = columns[index].alignment { return chosen }
        var sawNumber = false
        for row in rows {
            switch row.cells[index] {
            case .text: return .leading
            case .notRecorded: continue
            default: sawNumber = true
            }
        }
        return sawNumber ? .trailing : .leading
    }
}
