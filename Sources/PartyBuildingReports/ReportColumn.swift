/// A column of a ``ReportTable``: its stable key, its header and how its cells line up.
public struct ReportColumn: Sendable, Hashable {
    /// How a column's cells line up.
    public enum Alignment: String, Sendable, Hashable, CaseIterable {
        /// Against the start of the column (text).
        case leading
        /// Against the end of the column (numbers, so that their digits line up).
        case trailing
    }

    /// A stable ASCII key for the column, used as the property name in JSON (for example `activityFloor`).
    public var key: String
    /// The column's header, in the report's language, with the unit when it has one (for example "下限（元）").
    public var header: String
    /// The alignment chosen by the caller, or `nil` to take it from the column's cells
    /// (see ``ReportTable/alignment(ofColumn:)``).
    public var alignment: Alignment?

    /// Creates a column.
    /// - Parameters:
    ///   - key: A stable ASCII key for JSON.
    ///   - header: The header, in the report's language.
    ///   - alignment: The alignment, or `nil` (the default) for trailing when the column's cells are
    ///     numbers and leading otherwise.
    public init(key: String, header: String, alignment: Alignment? = nil) {
        self.key = key
        self.header = header
        self.alignment = alignment
    }
}
