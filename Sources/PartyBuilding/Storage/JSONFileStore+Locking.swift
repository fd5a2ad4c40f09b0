import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONFileStore {
    /// The lock on a store's directory that every process using the store takes around each call: an
    /// advisory `flock` on the file `.lock`, shared for reading and exclusive for writing.
    ///
    /// `flock` locks belong to an open file, so two stores opened on one directory in the same
    /// process exclude each other as two processes do. The lock is released when the call ends or the
    /// process dies. It holds on local file systems; network file systems may ignore it.
    final class DirectoryLock: Sendable {
        /// How a call holds the lock.
        enum Kind {
            /// Readers share the lock.
            case shared
            /// A writer holds it alone.
            case exclusive
        }

        /// The lock file's path.
        let path: String
        private let descriptor: Int32

        /// Opens (creating, owner-only) the lock file of a directory.
        /// - Throws: ``StoreError`` with code `unavailable` when it cannot be opened.
        init(directory: String) throws(StoreError) {
            path = directory + "/.lock"
            descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, DurableFile.fileMode)
            guard descriptor >= 0 else { throw StoreError(FileFailure("open the lock file", path)) }
        }

        deinit { close(descriptor) }

        /// Runs `body` holding the lock, waiting for other processes to release it first.
        ///
        /// `body` must not suspend: the lock is held by this thread's call alone, start to end.
        /// - Throws: ``StoreError`` with code `unavailable` when the lock cannot be taken, or what `body` throws.
        func withLock<Value>(_ kind: Kind, _ body: () throws(StoreError) -> Value) throws(StoreError) -> Value {
            let operation = kind == .shared ? LOCK_SH : LOCK_EX
            while flock(descriptor, operation) != 0 {
                guard errno == EINTR else { throw StoreError(FileFailure("lock", path)) }
            }
            defer { flock(descriptor, LOCK_UN) }
            return try body()
        }
    }
}

extension StoreError {
    /// A store error for a failed file-system call: code `unavailable`, naming the file.
    init(_ failure: FileFailure, recordID: String? = nil) {
        self.init(.unavailable, failure.description, recordID: recordID, path: failure.path, underlying: failure.error)
    }
}
