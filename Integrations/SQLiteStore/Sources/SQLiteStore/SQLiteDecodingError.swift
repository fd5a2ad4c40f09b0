/// A stored value that cannot be read as what its column holds (an unknown enum case, a date that is
/// not `YYYY-MM-DD`, a flag that is neither 0 nor 1).
///
/// ``SQLiteStore`` reports it as a `StoreError` with code `corrupted`, keeping this as the `underlying` error.
public struct SQLiteDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The table holding the value.
    public var table: String
    /// The column holding the value.
    public var column: String
    /// The stored value, as text.
    public var value: String

    /// Creates a decoding error.
    public init(table: String, column: String, value: String) {
        self.table = table
        self.column = column
        self.value = value
    }

    public var description: String { "\(table).\(column) holds \"\(value)\", which is not a valid value" }
}
