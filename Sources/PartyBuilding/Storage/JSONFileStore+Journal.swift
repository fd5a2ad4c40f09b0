import Foundation

extension JSONFileStore {
    /// The plan of a batch, made durable before any record changes, so that a batch interrupted by a
    /// crash is completed by the next call instead of being left half done.
    ///
    /// It names files relative to the store's directory: the staged files to rename over records, and
    /// the records to remove. Applying it is idempotent: a staged file already renamed is skipped, a
    /// record already removed stays removed.
    struct Journal: Codable {
        /// A staged file and the record file it replaces.
        struct Rename: Codable {
            /// The staged file's name.
            var from: String
            /// The record file's name.
            var to: String
        }

        /// The staged files to rename over records.
        var renames: [Rename] = []
        /// The record files to remove.
        var removals: [String] = []

        /// The first name that the store never writes in a journal, or `nil`: every rename must move
        /// a staged file (`.tmp-…`, no `/`) onto a record file, and every removal must name a record
        /// file. Applying a journal that names `../x`, `.lock` or `/etc/x` would rename or remove a
        /// file that is not the store's, so such a journal is read as corrupted instead.
        var foreignName: String? {
            for rename in renames {
                if !rename.from.hasPrefix(JSONFileStore.stagingPrefix) || rename.from.contains("/") {
                    return rename.from
                }
                if FileName(decoding: rename.to) == nil { return rename.to }
            }
            return removals.first { FileName(decoding: $0) == nil }
        }
    }

    /// The journal of a committed batch that may not be fully applied yet.
    nonisolated var journalPath: String { path + "/.journal" }

    /// A journal being written; it never counts, and is removed by the next writer.
    var pendingJournalPath: String { path + "/.journal.tmp" }

    /// The prefix of staged record files; those not named in a committed journal are removed by the next writer.
    static let stagingPrefix = ".tmp-"

    /// Commits a batch: writes the journal, syncs it, renames it into place (the commit point), then applies it.
    ///
    /// A crash before the rename leaves no journal, so the batch did not happen (its staged files are
    /// removed later); a crash after it leaves the journal, which the next call applies.
    /// - Throws: ``StoreError`` with code `unavailable`. The batch did not happen when the journal was
    ///   not yet in place. Otherwise it is in place, or (when moving its files failed) completed by the
    ///   next call; when syncing the directory after the journal failed, it is in place but may not
    ///   survive a crash.
    func commit(_ journal: Journal) throws(StoreError) {
        let data: Data
        do { data = try JSONEncoder().encode(journal) } catch {
            throw StoreError(.unavailable, "cannot encode the journal of a batch", path: journalPath, underlying: error)
        }
        do {
            _ = try files.remove(pendingJournalPath)
            try files.create(pendingJournalPath, with: data, full: true)
            try files.rename(pendingJournalPath, to: journalPath)
        } catch {
            _ = try? files.remove(pendingJournalPath)
            throw StoreError(error)
        }
        do throws(FileFailure) { try files.syncDirectory(path, full: true) } catch {
            // The journal is in place but perhaps not yet on disk. The next call would apply it, so it
            // is applied now (its staged files are not left behind), and the caller learns that the
            // batch may not survive a crash.
            try? apply(journal)
            throw StoreError(error)
        }
        try apply(journal)
    }

    /// Applies a committed journal and removes it.
    /// - Throws: ``StoreError`` with code `unavailable`; the journal stays to be applied again then.
    func apply(_ journal: Journal) throws(StoreError) {
        do {
            for rename in journal.renames where files.exists(path + "/" + rename.from) {
                try files.rename(path + "/" + rename.from, to: path + "/" + rename.to)
            }
            for removal in journal.removals { try files.remove(path + "/" + removal) }
            try files.syncDirectory(path)
            // The removal need not be synced: should a crash bring the journal back, applying it again
            // changes nothing, because every later change that was made durable synced the directory,
            // and with it this removal, and its staged names are never used again.
            try files.remove(journalPath)
        } catch {
            throw StoreError(error)
        }
    }

    /// Brings the directory to a clean state before a write: applies a committed journal left by a
    /// crash (``rollForward()``), and removes staged files and a pending journal that were never
    /// committed (``sweep()``).
    /// - Returns: the names of the directory's entries afterwards.
    /// - Throws: the errors of ``rollForward()``, or `unavailable`.
    func recover() throws(StoreError) -> [String] {
        try rollForward()
        return try sweep()
    }

    /// Applies a committed journal left by a crash, if there is one.
    /// - Returns: whether there was one.
    /// - Throws: ``StoreError`` with code `corrupted` naming the journal when it cannot be read or names
    ///   a file that is not a staged or record file (``Journal/foreignName``; the store changes nothing
    ///   then), or `unavailable`.
    @discardableResult
    func rollForward() throws(StoreError) -> Bool {
        let data: Data?
        do { data = try files.read(journalPath) } catch { throw StoreError(error) }
        guard let data else { return false }
        let journal: Journal
        do { journal = try JSONDecoder().decode(Journal.self, from: data) } catch {
            throw StoreError(
                .corrupted, "the journal \(journalPath) of an interrupted batch cannot be read",
                path: journalPath, underlying: error)
        }
        if let name = journal.foreignName {
            throw StoreError(
                .corrupted,
                "the journal \(journalPath) of an interrupted batch names \(StoreError.quoted(name)), "
                    + "which is not a staged or record file of the store",
                path: journalPath)
        }
        try apply(journal)
        return true
    }

    /// Removes the staged files and the pending journal of batches that never reached their commit
    /// point: a crashed writer's, since every call that fails removes its own. Call holding the
    /// exclusive lock, with no committed journal in the directory (its staged files are not abandoned).
    /// - Returns: the names of the directory's entries afterwards.
    /// - Throws: ``StoreError`` with code `unavailable`.
    nonisolated func sweep() throws(StoreError) -> [String] {
        do {
            var names = try files.names(in: path)
            let abandoned = Set(names.filter { $0.hasPrefix(Self.stagingPrefix) || $0 == ".journal.tmp" })
            guard !abandoned.isEmpty else { return names }
            for name in abandoned { try files.remove(path + "/" + name) }
            try files.syncDirectory(path)
            names.removeAll { abandoned.contains($0) }
            return names
        } catch {
            throw StoreError(error)
        }
    }
}
