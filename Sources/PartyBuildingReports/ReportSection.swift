/// One part of a ``ReportDocument``: a table, a bar chart or a paragraph of text.
public enum ReportSection: Sendable, Hashable {
    /// A table of rows and columns.
    case table(ReportTable)
    /// A horizontal bar chart.
    case chart(BarChart)
    /// A paragraph of text.
    case note(String)
}
