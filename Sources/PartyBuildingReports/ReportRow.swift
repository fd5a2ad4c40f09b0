/// A row of a ``ReportTable``: one cell a column, and whether it is data or a subtotal or total.
public struct ReportRow: Sendable, Hashable {
    /// What a row is; renderers set subtotal and total rows apart.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An ordinary row.
        case data
        /// A subtotal of the rows before it (for example one district's communities).
        case subtotal
        /// The total of the table.
        case total
    }

    /// The cells, one a column, in the columns' order.
    public var cells: [ReportCell]
    /// Whether the row is data, a subtotal or a total.
    public var kind: Kind

    /// Creates a row.
    public init(_ cells: [ReportCell], kind: Kind = .data) {
        self.cells = cells
        self.kind = kind
    }
}
