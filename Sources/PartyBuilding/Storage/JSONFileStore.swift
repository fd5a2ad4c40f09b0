import Foundation

/// A store that keeps each community in its own JSON file in a directory, safe against crashes and
/// shared safely by many processes.
///
/// ```swift
/// let store = try JSONFileStore(directory: URL(filePath: "/var/lib/party-building"))
/// try await store.save(communities)
/// let ids = try await store.communityIDs()
/// ```
///
/// It honours every line of the ``CommunityStore`` contract, across processes as well as tasks.
///
/// ## Files
/// Each community is one file, `<encoded ID>.json` (see ``maximumIDBytes`` and the encoding below),
/// holding a ``CommunityDataset`` of that one community in the interchange format, compact, with its
/// `schemaVersion`. The directory also holds the store's own files, whose names start with `.`: the
/// lock `.lock`, the journal `.journal` of a batch being committed, and staged files `.tmp-…`. Any
/// other name that does not end in `.json` is ignored. Files are created readable and writable by the
/// owner only (0600), and a directory the store creates is usable by the owner only (0700).
///
/// ## Writing
/// Every file is written whole to a staged file in the same directory, synced to disk, then renamed
/// over the record, and the directory is synced, so a record is always the old one or the new one.
/// A batch of more than one record is made all or nothing, across a crash too, by a journal:
/// 1. every record of the batch is staged (written and synced) as `.tmp-…`;
/// 2. the journal listing the renames (or, for a delete, the removals) is written as `.journal.tmp`,
///    synced, and renamed to `.journal`; the directory is synced: this is the commit point;
/// 3. the renames (or removals) are done, the directory synced, and the journal removed.
///
/// Before each call, under the lock, a committed journal left by a crash is applied (rolled forward).
/// Staged files and a `.journal.tmp` that a crashed writer left uncommitted (the batch did not happen)
/// are removed when the store is opened, after a journal is applied, and by every delete and every save
/// of a batch or of a new community: a save that overwrites one community does not list the directory.
/// A crash before step 2 completes therefore stores nothing of the batch; a crash after it stores all.
/// On Darwin the commit point also flushes the drive's cache (`F_FULLFSYNC`).
///
/// A write that fails (a full disk, a failing drive, a permission) gives a ``StoreError`` with code
/// `unavailable` whose underlying error is the `POSIXError`, naming the file. The call removes what it
/// staged before it throws, and every record stored before is unchanged; a failure after the commit
/// point leaves the journal, and the next call completes the batch (see ``save(_:)``).
///
/// ## Processes
/// Each call holds an advisory `flock` lock on `.lock` from start to end: shared for reading, exclusive
/// for writing. Two processes (or two stores in one process) writing the same directory lose no update,
/// and ``update(_:_:)`` reads, changes and writes a community under one lock. A call waits for the lock
/// on its thread, so calls of other processes, which hold it only while they read or write, delay it but
/// cannot deadlock it. The lock works on local file systems; do not share a store over a network file system.
///
/// ## IDs
/// An ID is brought to Unicode normalisation form C (Swift already treats canonically equivalent
/// strings as equal). It is rejected with code `invalidID` when it is empty, longer than
/// ``maximumIDBytes`` bytes of UTF-8, is `.` or contains `..`, `/`, `\` or a control character
/// (U+0000–U+001F, U+007F–U+009F, including NUL), and before that by the rule of every store
/// (``StoreBatchCheck/checkID(_:)``: no white space around it, no invisible character). Saving an ID that differs only by case from a stored ID
/// or another ID of the batch (`DG` and `dg`) is a `conflict`, because such files would be one file on a
/// case-insensitive disk and such IDs are easily confused. The file name writes each UTF-8 byte of the ID
/// as itself if it is a lowercase ASCII letter, digit, `-` or `_`, as `!` and the lowercase letter if it is
/// an uppercase ASCII letter, and as `%` with two lowercase hex digits otherwise: `DG-01` is
/// `!d!g-01.json`. No file name can escape the directory, start with `.`, or differ from another only by case.
///
/// ## Reading
/// A record file that is not valid JSON, not a dataset of one community with the file's ID, or has a
/// newer schema version gives a ``StoreError`` with code `corrupted` or `unsupportedSchemaVersion`
/// naming the file, with the ``InterchangeError`` as its underlying error; the store changes nothing.
/// Saving over such a record, or deleting it, replaces or removes it without reading it. A `.json`
/// file whose name the store did not write (`X.json`, a copy another program left) is not a record:
/// it is neither listed nor changed and blocks no call; ``strayFiles()`` names it.
///
/// Encoding, decoding and file writes of a batch run on all processors.
public actor JSONFileStore: CommunityStore {
    /// The directory the store keeps its files in.
    public nonisolated let directory: URL
    /// The directory's path.
    let path: String
    /// The file operations the store makes: the system's, or in tests ones that fail on cue.
    let files: DurableFile
    private let lock: DirectoryLock

    /// Opens the store in `directory`, creating the directory (owner-only, with missing parents) when
    /// it does not exist. Opening reads no record and removes the staged files that a crashed writer
    /// left uncommitted; a batch left half done by a crash is completed by the first call.
    /// - Throws: ``StoreError`` with code `unavailable` when the directory cannot be created, is not
    ///   a directory or cannot be listed, or its lock file cannot be opened.
    public init(directory: URL) throws(StoreError) {
        try self.init(directory: directory, files: .system)
    }

    /// Opens the store in `directory`, making its file operations through `files`: the seam through
    /// which the tests of a full disk, a failed sync or rename and a permission error inject them.
    init(directory: URL, files: DurableFile) throws(StoreError) {
        self.directory = directory.standardizedFileURL
        path = self.directory.path
        self.files = files
        do { try files.makeDirectory(path) } catch { throw StoreError(error) }
        lock = try DirectoryLock(directory: path)
        // What a crashed writer staged is swept now; a committed journal, and its staged files, are
        // left to the first call, whose error would name an unreadable journal.
        try lock.withLock(.exclusive) { () throws(StoreError) in
            if !files.exists(journalPath) { _ = try sweep() }
        }
    }

    /// Saves a batch, all or nothing (across a crash too), overwriting the communities stored under its IDs.
    /// - Throws: ``StoreError`` with code `invalidID`, `conflict` (an ID twice in the batch, or two IDs
    ///   that differ only by case), `invalidRecord` or `unavailable`. Nothing is stored then and no
    ///   staged file is left, with two exceptions, both `unavailable`: when a batch has reached its
    ///   commit point (its journal is on disk) and moving its files into place then fails, the next call
    ///   completes the batch; when one record was renamed into place but its directory could not be
    ///   synced, the record holds the new community, which a crash before the next sync may undo.
    public func save(_ communities: [Community]) throws(StoreError) {
        let names = try Self.fileNames(of: communities)
        try StoreBatchCheck.save(communities)
        guard !communities.isEmpty else { return }
        try lock.withLock(.exclusive) { () throws(StoreError) in
            // Overwriting files that exist cannot store two IDs that differ only by case (the store
            // never holds such a pair), so only a save of new files lists the directory, to compare
            // the case-folded names with every stored one and sweep what a crashed writer staged: a
            // save of one changed community does no work per stored record.
            let rolledForward = try rollForward()
            let overwritesOnly =
                !rolledForward && names.count <= 16 && names.allSatisfy { files.exists(path + "/" + $0.name) }
            if !overwritesOnly { try Self.checkCase(of: names, against: storedFiles(in: try sweep())) }
            try write(communities, as: names)
        }
    }

    /// The communities stored under `ids`, in the order of `ids`; IDs not stored are left out.
    /// - Throws: ``StoreError`` with code `invalidID` for an ID that cannot be stored, `corrupted` or
    ///   `unsupportedSchemaVersion` naming the first file that cannot be read as its community, or `unavailable`.
    public func communities(_ ids: [CommunityID]) throws(StoreError) -> [Community] {
        let names = try ids.map { id throws(StoreError) in try FileName(id) }
        guard !names.isEmpty else { return [] }
        return try reading { () throws(StoreError) in
            let directory = path
            let files = files
            let results = ParallelWork.map(names) { Self.load($0, from: directory, with: files) }
            var found: [Community] = []
            found.reserveCapacity(results.count)
            for result in results {
                if let community = try result.get() { found.append(community) }
            }
            return found
        }
    }

    /// Deletes the communities stored under `ids`, all or none (across a crash too); an ID named twice
    /// is deleted once.
    /// - Throws: ``StoreError`` with code `notFound` naming the first ID not stored, `invalidID`, or
    ///   `unavailable`; nothing is deleted then.
    public func delete(_ ids: [CommunityID]) throws(StoreError) {
        var names: [FileName] = []
        var seen = Set<FileName>()
        for id in ids {
            let name = try FileName(id)
            if seen.insert(name).inserted { names.append(name) }
        }
        guard !names.isEmpty else { return }
        try lock.withLock(.exclusive) { () throws(StoreError) in
            let stored = Set(storedFiles(in: try recover()))
            if let missing = names.first(where: { !stored.contains($0) }) {
                throw StoreError(.notFound, "no community is stored under \(missing.id)", recordID: missing.id)
            }
            if names.count == 1 {
                do throws(FileFailure) {
                    try files.remove(path + "/" + names[0].name)
                    try files.syncDirectory(path)
                } catch { throw StoreError(error, recordID: names[0].id) }
            } else {
                try commit(Journal(removals: names.map(\.name)))
            }
        }
    }

    /// Every stored ID, in ascending order of its text. A file the store did not name (``strayFiles()``)
    /// is not listed.
    /// - Throws: ``StoreError`` with code `unavailable`.
    public func communityIDs() throws(StoreError) -> [CommunityID] {
        try reading { () throws(StoreError) in
            let names: [String]
            do throws(FileFailure) { names = try files.names(in: path) } catch { throw StoreError(error) }
            return storedFiles(in: names).map { CommunityID($0.id) }.sorted()
        }
    }

    /// The `.json` files in the store's directory that the store did not name (a copy saved as
    /// `X.json`, a file another program put there), by name, in ascending order. They are not records:
    /// the store neither lists, reads, changes nor deletes them, and they block nothing; a caller that
    /// finds one decides what it is.
    /// - Throws: ``StoreError`` with code `unavailable`.
    public func strayFiles() throws(StoreError) -> [String] {
        try reading { () throws(StoreError) in
            do throws(FileFailure) { return Self.strayNames(in: try files.names(in: path)) } catch {
                throw StoreError(error)
            }
        }
    }

    /// Changes the community stored under `id` in place, holding the lock from the read to the write,
    /// so that concurrent updates from any task or process are never lost.
    ///
    /// ```swift
    /// try await store.update("DG") { $0.members.append(newMember) }
    /// ```
    /// - Throws: ``StoreError`` with code `notFound` when nothing is stored under `id`, the errors of
    ///   reading it, `conflict` when `change` alters the ID, or `invalidRecord`; the stored community is
    ///   unchanged then.
    public func update(_ id: CommunityID, _ change: (inout Community) -> Void) throws(StoreError) {
        let name = try FileName(id)
        try lock.withLock(.exclusive) { () throws(StoreError) in
            _ = try recover()
            guard var community = try Self.load(name, from: path, with: files).get() else {
                throw StoreError(.notFound, "no community is stored under \(id)", recordID: id.rawValue)
            }
            change(&community)
            guard community.id == id else {
                throw StoreError(
                    .conflict, "an update of \(id) cannot change its ID to \(community.id)", recordID: id.rawValue)
            }
            try StoreBatchCheck.validate(community)
            try write([community], as: [name])
        }
    }

    /// Runs `body` under the shared lock; when a crashed batch's journal is waiting, completes it under
    /// the exclusive lock first, so a reader never sees half a batch.
    private func reading<Value>(_ body: () throws(StoreError) -> Value) throws(StoreError) -> Value {
        let unlocked = try lock.withLock(.shared) { () throws(StoreError) -> Value? in
            files.exists(journalPath) ? nil : try body()
        }
        if let unlocked { return unlocked }
        return try lock.withLock(.exclusive) { () throws(StoreError) -> Value in
            _ = try recover()
            return try body()
        }
    }
}
