import CSQLite
import PartyBuilding

/// One open SQLite connection with its cache of prepared statements.
///
/// Not thread-safe by itself: ``SQLiteStore`` owns one and uses it from its actor only.
final class SQLiteConnection {
    /// The database file's path, as given.
    let path: String
    private let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens (creating it when missing) the database at `path`.
    /// - Throws: `StoreError` with code `unavailable` when the file cannot be opened.
    init(path: String) throws(StoreError) {
        self.path = path
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &handle, flags, nil)
        guard let handle else {
            throw StoreError(.unavailable, "cannot allocate a SQLite connection for \(path)", path: path)
        }
        guard result == SQLITE_OK else {
            let error = SQLiteError(
                code: result & 0xFF, extendedCode: sqlite3_extended_errcode(handle),
                message: String(cString: sqlite3_errmsg(handle)))
            sqlite3_close_v2(handle)
            throw StoreError(.unavailable, "cannot open the SQLite database \(path)", path: path, underlying: error)
        }
        sqlite3_extended_result_codes(handle, 1)
        self.handle = handle
    }

    deinit {
        for statement in statements.values { statement.finalize() }
        sqlite3_close_v2(handle)
    }

    /// The cached prepared statement for `sql`, prepared on first use.
    /// - Throws: `StoreError` when SQLite cannot prepare the statement.
    func statement(_ sql: String) throws(StoreError) -> SQLiteStatement {
        if let statement = statements[sql] { return statement }
        var prepared: OpaquePointer?
        let result = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard result == SQLITE_OK, let prepared else { throw error(result, sql: sql) }
        let statement = SQLiteStatement(handle: prepared, sql: sql, connection: self)
        statements[sql] = statement
        return statement
    }

    /// Runs statements that return no rows and take no parameters, without caching them (schema changes).
    /// - Throws: `StoreError` naming the statement that failed.
    func execute(_ sql: String) throws(StoreError) {
        let result = sqlite3_exec(handle, sql, nil, nil, nil)
        guard result == SQLITE_OK else { throw error(result, sql: sql) }
    }

    /// The integer a one-row, one-column query returns, for example `PRAGMA user_version`.
    /// - Throws: `StoreError` when the query fails or returns no row.
    func integer(_ sql: String) throws(StoreError) -> Int64 {
        let statement = try statement(sql)
        defer { statement.reset() }
        guard try statement.step() else {
            throw StoreError(.corrupted, "`\(sql)` returned no row in \(path)", path: path)
        }
        return statement.int64(0)
    }

    /// The text a one-row, one-column query returns, for example `PRAGMA journal_mode = WAL`.
    /// - Throws: `StoreError` when the query fails or returns no row.
    func text(_ sql: String) throws(StoreError) -> String {
        let statement = try statement(sql)
        defer { statement.reset() }
        guard try statement.step() else {
            throw StoreError(.corrupted, "`\(sql)` returned no row in \(path)", path: path)
        }
        return statement.text(0)
    }

    /// Makes a statement that finds the database locked retry for up to `milliseconds` before it fails.
    func setBusyTimeout(milliseconds: Int32) { sqlite3_busy_timeout(handle, max(0, milliseconds)) }

    /// The number of rows the last `INSERT`, `UPDATE` or `DELETE` changed (not counting cascades).
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// The row ID of the last row inserted.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    ///
    /// A writing transaction starts with `BEGIN IMMEDIATE`, so it waits (up to the busy timeout) for
    /// the write lock before it reads anything, and never fails half-way on a lock upgrade.
    /// - Throws: what `body` throws, or `StoreError` when SQLite cannot begin or commit.
    func transaction<Result>(writing: Bool, _ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        try statement(writing ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED").run()
        let result: Result
        do {
            result = try body()
            try statement("COMMIT").run()
        } catch {
            rollBack()
            throw error
        }
        return result
    }

    /// Rolls back the open transaction, if any; a failure leaves nothing to undo (SQLite has already
    /// rolled back, or no transaction is open).
    private func rollBack() {
        if sqlite3_get_autocommit(handle) == 0 { _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
    }

    /// The `StoreError` for an SQLite result code, with SQLite's message kept as the underlying error.
    func error(_ result: Int32, sql: String?) -> StoreError {
        let underlying = SQLiteError(
            code: result & 0xFF, extendedCode: sqlite3_extended_errcode(handle),
            message: String(cString: sqlite3_errmsg(handle)), sql: sql)
        return StoreError(
            underlying.isCorruption ? .corrupted : .unavailable,
            "the SQLite database \(path) failed: \(underlying.message)", path: path, underlying: underlying)
    }
}
