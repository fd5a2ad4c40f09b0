import CSQLite
import Foundation
import PartyBuilding
import SQLiteStore

/// A database path in a new temporary directory, removed when the value is dropped.
final class TemporaryDatabase: Sendable {
    /// The directory holding the database.
    let directory: URL
    /// The database file's path.
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sqlite-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("store.sqlite").path
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// A store over the database.
    func store(busyTimeout: Duration = .seconds(5)) throws(StoreError) -> SQLiteStore {
        try SQLiteStore(path: path, busyTimeout: busyTimeout)
    }
}

/// A plain SQLite connection, for tests that look at or tamper with the file behind the store's back.
final class RawDatabase {
    private let handle: OpaquePointer

    init(path: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK, let handle else { throw RawDatabaseError(message: path) }
        sqlite3_busy_timeout(handle, 5_000)
        self.handle = handle
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs statements that return nothing.
    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw RawDatabaseError(message: String(cString: sqlite3_errmsg(handle)))
        }
    }

    /// The first column of every row a query returns, as text.
    func column(_ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw RawDatabaseError(message: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        var values: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "NULL")
        }
        return values
    }

    /// The single value a query returns, as text.
    func value(_ sql: String) throws -> String? { try column(sql).first }
}

/// A failure of ``RawDatabase``, with SQLite's message.
struct RawDatabaseError: Error {
    let message: String
}
