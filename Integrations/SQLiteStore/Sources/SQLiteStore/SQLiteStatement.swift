import CSQLite
import PartyBuilding

/// A prepared statement kept in a ``SQLiteConnection``'s cache: bind, step, read columns, reset.
///
/// Parameters and columns are numbered as in SQLite: parameters from 1, columns from 0.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let sql: String
    private unowned let connection: SQLiteConnection
    /// The result of the first binding that failed since the last reset.
    private var bindingFailure: Int32?

    init(handle: OpaquePointer, sql: String, connection: SQLiteConnection) {
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    /// Releases the statement; called once, by the connection, before it closes.
    func finalize() { sqlite3_finalize(handle) }

    /// Advances to the next row: `true` when there is one, `false` when the statement is done.
    /// - Throws: `StoreError` when SQLite fails.
    func step() throws(StoreError) -> Bool {
        if let bindingFailure { throw connection.error(bindingFailure, sql: sql) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let result: throw connection.error(result, sql: sql)
        }
    }

    /// Runs a statement that returns no rows, then resets it for its next use.
    /// - Throws: `StoreError` when SQLite fails.
    func run() throws(StoreError) {
        defer { reset() }
        while try step() {}
    }

    /// Makes the statement ready to run again and forgets its parameters.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        bindingFailure = nil
    }

    // MARK: Parameters

    /// Binds a text parameter (its exact UTF-8 bytes, NUL characters included).
    func bind(_ index: Int32, _ value: String) {
        var value = value
        let result = value.withUTF8 { bytes in
            guard let start = bytes.baseAddress else {
                // An empty buffer may have no address, and SQLite binds NULL for a null pointer.
                return sqlite3_bind_text(handle, index, "", 0, Self.transient)
            }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                sqlite3_bind_text64(handle, index, text, UInt64(bytes.count), Self.transient, UInt8(SQLITE_UTF8))
            }
        }
        note(result)
    }

    /// Binds a text parameter, or NULL.
    func bind(_ index: Int32, _ value: String?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    /// Binds an integer parameter.
    func bind(_ index: Int32, _ value: Int64) { note(sqlite3_bind_int64(handle, index, value)) }

    /// Binds an integer parameter.
    func bind(_ index: Int32, _ value: Int) { note(sqlite3_bind_int64(handle, index, Int64(value))) }

    /// Binds an integer parameter, or NULL.
    func bind(_ index: Int32, _ value: Int?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    /// Binds an integer, or NULL for `nil`.
    func bind(_ index: Int32, _ value: Int64?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    /// Binds a flag as 0 or 1.
    func bind(_ index: Int32, _ value: Bool) { note(sqlite3_bind_int64(handle, index, value ? 1 : 0)) }

    /// Binds a flag as 0 or 1, or NULL for `nil`.
    func bind(_ index: Int32, _ value: Bool?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    /// Binds a date as `YYYY-MM-DD` text, written into a buffer on the stack rather than into a `String`.
    func bind(_ index: Int32, _ date: CalendarDate) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 10) { text in
            Self.writeDigits(date.year, count: 4, into: text, at: 0)
            text[4] = Self.hyphen
            Self.writeDigits(date.month, count: 2, into: text, at: 5)
            text[7] = Self.hyphen
            Self.writeDigits(date.day, count: 2, into: text, at: 8)
            note(sqlite3_bind_text(handle, index, text.baseAddress, 10, Self.transient))
        }
    }

    /// Binds a date as `YYYY-MM-DD` text, or NULL for `nil`.
    func bind(_ index: Int32, _ date: CalendarDate?) {
        if let date { bind(index, date) } else { bindNull(index) }
    }

    /// Binds a month as `YYYY-MM` text, written into a buffer on the stack rather than into a `String`.
    func bind(_ index: Int32, _ month: CalendarMonth) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 7) { text in
            Self.writeDigits(month.year, count: 4, into: text, at: 0)
            text[4] = Self.hyphen
            Self.writeDigits(month.month, count: 2, into: text, at: 5)
            note(sqlite3_bind_text(handle, index, text.baseAddress, 7, Self.transient))
        }
    }

    /// Writes the last `count` decimal digits of `value` (from 0), padded with zeros, at `offset`.
    private static func writeDigits(
        _ value: Int, count: Int, into text: UnsafeMutableBufferPointer<CChar>, at offset: Int
    ) {
        var rest = value
        for position in (offset..<(offset + count)).reversed() {
            text[position] = CChar(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
    }

    /// The `-` between the fields of a date.
    private static let hyphen = CChar(UInt8(ascii: "-"))

    /// Binds NULL.
    func bindNull(_ index: Int32) { note(sqlite3_bind_null(handle, index)) }

    /// Keeps the first failed binding (a text too big, say), which ``step()`` then reports.
    private func note(_ result: Int32) {
        if result != SQLITE_OK, bindingFailure == nil { bindingFailure = result }
    }

    // MARK: Columns

    /// Whether a column of the current row is NULL.
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// A text column of the current row (`""` for NULL).
    func text(_ column: Int32) -> String {
        guard let start = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    /// A text column of the current row that is a date written `YYYY-MM-DD` (four, two and two ASCII
    /// digits), read from SQLite's bytes without building a `String`; `nil` for any other value.
    func date(_ column: Int32) -> CalendarDate? {
        guard let digits = fields(column, length: 10, hyphens: [4, 7]) else { return nil }
        return try? CalendarDate(
            year: digits.number(0, 4), month: digits.number(5, 2), day: digits.number(8, 2))
    }

    /// A text column of the current row that is a month written `YYYY-MM`, read from SQLite's bytes
    /// without building a `String`; `nil` for any other value.
    func month(_ column: Int32) -> CalendarMonth? {
        guard let digits = fields(column, length: 7, hyphens: [4]) else { return nil }
        return try? CalendarMonth(year: digits.number(0, 4), month: digits.number(5, 2))
    }

    /// The bytes of a text column of `length` ASCII bytes with hyphens exactly at `hyphens` and
    /// decimal digits everywhere else, or `nil` when the column is not such a text.
    private func fields(_ column: Int32, length: Int, hyphens: [Int]) -> DigitFields? {
        guard sqlite3_column_type(handle, column) == SQLITE_TEXT, let start = sqlite3_column_text(handle, column),
            sqlite3_column_bytes(handle, column) == length
        else { return nil }
        let bytes = UnsafeBufferPointer(start: start, count: length)
        for (position, byte) in bytes.enumerated() {
            let isHyphen = hyphens.contains(position)
            guard isHyphen ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            else { return nil }
        }
        return DigitFields(bytes: bytes)
    }

    /// A text column of the current row, or `nil` for NULL.
    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// An integer column of the current row.
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// An integer column of the current row.
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    /// An integer column of the current row, or `nil` for NULL.
    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    /// The checked bytes of a date or month column, valid until the statement moves on.
    private struct DigitFields {
        let bytes: UnsafeBufferPointer<UInt8>

        /// The decimal number of the `count` digits from `offset`.
        func number(_ offset: Int, _ count: Int) -> Int {
            bytes[offset..<(offset + count)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
    }

    /// SQLite's "copy the value now" destructor.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}
