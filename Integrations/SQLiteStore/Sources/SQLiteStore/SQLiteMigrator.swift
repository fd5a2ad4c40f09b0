import PartyBuilding

/// Brings a freshly opened database to ``SQLiteSchema/latestVersion``, or refuses it.
struct SQLiteMigrator {
    let connection: SQLiteConnection

    /// Checks that the database is a store's (or empty), switches it to WAL, and applies the
    /// migrations it lacks in one writing transaction.
    ///
    /// Nothing is written before the checks pass, so a database that is refused is left unchanged.
    /// The version is read again inside the transaction: when another process migrated the file in
    /// the meantime, nothing is applied twice.
    /// - Throws: `StoreError` with code `unsupportedSchemaVersion`, `corrupted` or `unavailable`.
    func migrate() throws(StoreError) {
        guard try check() < SQLiteSchema.latestVersion else {
            try enableWriteAheadLog()
            return
        }
        try enableWriteAheadLog()
        try connection.transaction(writing: true) { () throws(StoreError) in
            let version = try check()
            for migration in SQLiteSchema.migrations where migration.version > version {
                try connection.execute(migration.sql)
            }
            try connection.execute("PRAGMA user_version = \(SQLiteSchema.latestVersion)")
        }
    }

    /// The database's schema version, after checking that this code can read it.
    /// - Throws: `StoreError` with code `unsupportedSchemaVersion` for a newer schema, or
    ///   `corrupted` for a file that is not a database or belongs to another program.
    private func check() throws(StoreError) -> Int {
        let version = Int(try connection.integer("PRAGMA user_version"))
        let application = try connection.integer("PRAGMA application_id")
        let isEmpty = try connection.integer("SELECT count(*) FROM sqlite_master") == 0
        guard application == SQLiteSchema.applicationID || (application == 0 && version == 0 && isEmpty) else {
            throw StoreError(
                .corrupted,
                "\(connection.path) is not a PartyBuilding SQLite store (application_id \(application), "
                    + "user_version \(version))", path: connection.path)
        }
        guard version <= SQLiteSchema.latestVersion else {
            throw StoreError(
                .unsupportedSchemaVersion,
                "\(connection.path) has schema version \(version); this SQLiteStore reads versions up to "
                    + "\(SQLiteSchema.latestVersion)", path: connection.path)
        }
        return version
    }

    /// Switches the database to write-ahead logging and full synchronisation (in memory, the
    /// journal stays in memory).
    private func enableWriteAheadLog() throws(StoreError) {
        let mode = try connection.text("PRAGMA journal_mode = WAL")
        guard mode == "wal" || mode == "memory" else {
            throw StoreError(
                .unavailable, "\(connection.path) cannot use write-ahead logging (journal mode \(mode))",
                path: connection.path)
        }
        try connection.execute("PRAGMA synchronous = FULL")
    }
}
