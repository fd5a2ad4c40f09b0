import CSQLite

/// An error reported by SQLite: its result code, its message and the statement that failed.
///
/// ``SQLiteStore`` wraps it in a `StoreError` (code `corrupted` for `SQLITE_CORRUPT` and
/// `SQLITE_NOTADB`, `unavailable` otherwise) and keeps it as the `underlying` error:
///
/// ```swift
/// do { try await store.save(communities) } catch {
///     if let sqlite = error.underlying as? SQLiteError { print(sqlite.code, sqlite.message) }
/// }
/// ```
public struct SQLiteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The primary result code, for example `5` (`SQLITE_BUSY`) or `11` (`SQLITE_CORRUPT`).
    public var code: Int32
    /// The extended result code, for example `517` (`SQLITE_BUSY_SNAPSHOT`).
    public var extendedCode: Int32
    /// SQLite's message for the error.
    public var message: String
    /// The SQL that failed, when a statement did.
    public var sql: String?

    /// Creates an SQLite error.
    public init(code: Int32, extendedCode: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Whether the database file is damaged or is not a database (`SQLITE_CORRUPT`, `SQLITE_NOTADB`).
    public var isCorruption: Bool { code == SQLITE_CORRUPT || code == SQLITE_NOTADB }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " in `\(sql)`" }
        return text
    }
}
