import CSQLite
import Foundation
import PartyBuilding

/// A ``PartyBuilding/CommunityStore`` that keeps communities in a SQLite database, in real tables:
/// one row per community, member, organisation, worker, training, pay, grant, wage, ledger record and
/// exception (see the package README for the schema).
///
/// ```swift
/// let store = try SQLiteStore(path: "/var/lib/party-building/communities.sqlite")
/// try await store.save(communities)
/// let dongguan = try await store.requireCommunity("DG")
/// ```
///
/// ## Guarantees
/// - Each save or delete is one SQLite transaction: all of the batch or nothing. Communities are
///   validated (``PartyBuilding/StoreBatchCheck``) before anything is written.
/// - Reads run in a transaction too, so a fetch sees every table as of one commit.
/// - The database runs in WAL mode with `synchronous = FULL`: a committed save survives a crash
///   of the process or of the machine.
/// - The file is created readable and writable by its owner only (SQLite gives its `-wal` and
///   `-shm` files the same permissions).
///
/// ## Concurrency
/// The store is an actor with one connection: calls from many tasks run one at a time. Several
/// stores (in one process or in many) may open the same file: WAL lets readers go on while one
/// writer writes, writers take the write lock when their transaction begins (`BEGIN IMMEDIATE`),
/// and a writer that finds the lock held waits up to `busyTimeout` before the call fails with
/// `unavailable` (the `SQLiteError` below it has code 5, `SQLITE_BUSY`). No committed update is lost:
/// the last writer to commit a community wins. WAL needs a local file system; do not put the
/// database on a network share.
///
/// ## Schema versions
/// Opening a database creates the tables, or migrates an older schema, in one transaction. A
/// database written by a newer version of this package is refused with `unsupportedSchemaVersion`
/// and left unchanged.
public actor SQLiteStore: CommunityStore {
    /// The schema version this package reads and writes, kept in the database as `PRAGMA user_version`.
    public static var schemaVersion: Int { SQLiteSchema.latestVersion }

    /// The database file's path.
    public nonisolated let path: String
    private let connection: SQLiteConnection

    /// Opens the database at `path`, creating it (readable by its owner only) when it does not
    /// exist, and brings its schema up to ``schemaVersion``.
    ///
    /// - Parameters:
    ///   - path: The database file (a plain path: URIs are not interpreted). `":memory:"` opens a
    ///     private database in memory.
    ///   - busyTimeout: How long a call waits for a lock held by another connection before it fails.
    /// - Throws: `StoreError` with code `unsupportedSchemaVersion` when the database was written by
    ///   a newer version (it is left unchanged), `corrupted` when the file is not a database or is
    ///   another program's database, or `unavailable` when it cannot be opened or migrated.
    public init(path: String, busyTimeout: Duration = .seconds(5)) throws(StoreError) {
        try Self.createPrivately(path)
        let connection = try SQLiteConnection(path: path)
        let (seconds, attoseconds) = busyTimeout.components
        let milliseconds =
            seconds.multipliedReportingOverflow(by: 1_000).partialValue + attoseconds / 1_000_000_000_000_000
        connection.setBusyTimeout(milliseconds: Int32(clamping: milliseconds))
        try connection.execute("PRAGMA foreign_keys = ON")
        try SQLiteMigrator(connection: connection).migrate()
        self.path = path
        self.connection = connection
    }

    /// Saves a batch of communities in one transaction, all or nothing, replacing those stored
    /// under the same IDs.
    /// - Throws: `StoreError` with code `invalidID` (an empty ID), `conflict` (an ID twice in the
    ///   batch), `invalidRecord` (the `ValidationError` kept as underlying) or `unavailable`;
    ///   nothing is stored then.
    public func save(_ communities: [Community]) throws(StoreError) {
        try StoreBatchCheck.save(communities)
        guard !communities.isEmpty else { return }
        let writer = CommunityWriter(connection: connection)
        try connection.transaction(writing: true) { () throws(StoreError) in
            for community in communities { try writer.save(community, lookupID: community.id.lookupKey) }
        }
    }

    /// The communities stored under `ids`, in the order of `ids`; IDs not stored are left out.
    /// - Throws: `StoreError` with code `corrupted` (naming the community, table and column) or `unavailable`.
    public func communities(_ ids: [CommunityID]) throws(StoreError) -> [Community] {
        guard !ids.isEmpty else { return [] }
        let reader = CommunityReader(connection: connection)
        return try connection.transaction(writing: false) { () throws(StoreError) in
            var found: [Community] = []
            found.reserveCapacity(ids.count)
            for id in ids {
                if let community = try reader.community(lookupID: id.lookupKey) { found.append(community) }
            }
            return found
        }
    }

    /// Deletes the communities stored under `ids` in one transaction, all or none; an ID named
    /// twice is deleted once.
    /// - Throws: `StoreError` with code `notFound` naming the first ID not stored, or `unavailable`;
    ///   nothing is deleted then.
    public func delete(_ ids: [CommunityID]) throws(StoreError) {
        guard !ids.isEmpty else { return }
        try connection.transaction(writing: true) { () throws(StoreError) in
            let delete = try connection.statement("DELETE FROM communities WHERE lookup_id = ?1")
            var deleted = Set<String>()
            for id in ids {
                let key = id.lookupKey
                guard deleted.insert(key).inserted else { continue }
                delete.bind(1, key)
                try delete.run()
                if connection.changes == 0 {
                    throw StoreError(.notFound, "no community is stored under \(id)", recordID: id.rawValue, path: path)
                }
            }
        }
    }

    /// Every stored ID, in ascending order of its text.
    /// - Throws: `StoreError` with code `unavailable` or `corrupted`.
    public func communityIDs() throws(StoreError) -> [CommunityID] {
        let select = try connection.statement("SELECT id FROM communities")
        defer { select.reset() }
        var ids: [CommunityID] = []
        while try select.step() { ids.append(CommunityID(select.text(0))) }
        return ids.sorted()
    }

    /// Creates the database file readable and writable by its owner only, when it does not exist;
    /// SQLite gives the `-wal` and `-shm` files it creates next to it the same permissions.
    private static func createPrivately(_ path: String) throws(StoreError) {
        guard path != ":memory:", !path.isEmpty else { return }
        let descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            throw StoreError(
                .unavailable, "cannot create the SQLite database \(path): \(String(cString: strerror(code)))",
                path: path, underlying: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO))
        }
        close(descriptor)
    }
}
