import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// File operations that reach the disk before they return: files created owner-only with their bytes
/// synced, renames and removals made durable by syncing their directory.
///
/// Paths are plain strings; every operation that fails throws ``FileFailure``. ``system`` makes the
/// system's calls; a value made with a ``Fault`` decider is the seam through which the tests make
/// chosen calls fail as a full disk, a failing drive or a permission would.
struct DurableFile: Sendable {
    /// A kind of file-system call that a ``Fault`` can make fail.
    enum Operation: String, Sendable, Hashable, CaseIterable {
        /// Creating a new file (`open` with `O_CREAT`), or a directory.
        case create
        /// Writing a new file's bytes. A failure is injected after half of them are written, as a
        /// disk that fills up does.
        case write
        /// Syncing a file's bytes to disk, or the bytes of a batch of files (``syncWritten(_:in:)``).
        case sync
        /// Syncing a directory, which makes its renames and removals durable.
        case syncDirectory = "sync directory"
        /// Renaming a file.
        case rename
        /// Removing a file.
        case remove
        /// Opening an existing file to read it.
        case open
        /// Listing a directory.
        case list
    }

    /// Decides, before a call of `operation` on `path`, whether it fails and with which error number
    /// (`ENOSPC`, `EIO`, `EACCES`…); `nil` lets the call run.
    typealias Fault = @Sendable (_ operation: Operation, _ path: String) -> Int32?

    /// The permissions of every file written: readable and writable by the owner only.
    static let fileMode: mode_t = 0o600
    /// The permissions of a directory created: usable by the owner only.
    static let directoryMode: mode_t = 0o700

    /// The file operations as the system performs them.
    static let system = DurableFile()

    /// The faults to inject, or `nil` for none.
    private let fault: Fault?

    /// File operations that first ask `fault` whether each call fails.
    init(fault: Fault? = nil) {
        self.fault = fault
    }

    /// Throws the injected failure of `operation` on `path`, if there is one.
    private func check(_ operation: Operation, _ path: String) throws(FileFailure) {
        if let code = fault?(operation, path) { throw FileFailure(operation.rawValue, path, code: code) }
    }

    /// Creates a new file holding `data`, owner-only, and syncs its bytes to disk.
    /// - Parameters:
    ///   - full: on Darwin, also flush the drive's cache (`F_FULLFSYNC`), which makes every earlier
    ///     write durable too; elsewhere `fsync` already does.
    ///   - synced: whether to sync the file now; a batch of files left unsynced is made durable at
    ///     once by ``syncWritten(_:in:)`` before anything refers to them.
    /// - Throws: ``FileFailure`` when the file exists already or cannot be written or synced; a file
    ///   it created is removed then.
    func create(_ path: String, with data: Data, full: Bool = false, synced: Bool = true) throws(FileFailure) {
        try check(.create, path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, Self.fileMode)
        guard descriptor >= 0 else { throw FileFailure("create", path) }
        defer { close(descriptor) }
        do throws(FileFailure) {
            let injected = fault?(.write, path)
            let written = data.withUnsafeBytes { buffer -> Bool in
                let end = injected == nil ? buffer.count : buffer.count / 2
                var offset = 0
                while offset < end {
                    let count = write(descriptor, buffer.baseAddress! + offset, end - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += count
                }
                return true
            }
            if let injected { throw FileFailure("write", path, code: injected) }
            guard written else { throw FileFailure("write", path) }
            if synced { try sync(descriptor, path, full: full) }
        } catch {
            // The file is this call's own (O_EXCL): a file cut short by a full disk is not left behind.
            unlink(path)
            throw error
        }
    }

    /// Makes the bytes of files created unsynced in `directory` durable: on Linux with one `syncfs`
    /// of the file system that holds them (one flush instead of one a file, which is what makes a
    /// batch of thousands of files fast), elsewhere with `fsync` of each.
    /// - Throws: ``FileFailure`` when the flush fails; the files may then not be on disk.
    func syncWritten(_ paths: [String], in directory: String) throws(FileFailure) {
        try check(.sync, directory)
        #if os(Linux)
            let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { throw FileFailure("open", directory) }
            defer { close(descriptor) }
            guard linuxSyncFileSystem(descriptor) == 0 else { throw FileFailure("sync", directory) }
        #else
            for path in paths {
                let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
                guard descriptor >= 0 else { throw FileFailure("open", path) }
                defer { close(descriptor) }
                try sync(descriptor, path, full: false)
            }
        #endif
    }

    /// The bytes of a file, or `nil` when there is no file at `path`. A symbolic link is not followed.
    /// - Throws: ``FileFailure`` when the file exists but cannot be read.
    func read(_ path: String) throws(FileFailure) -> Data? {
        try check(.open, path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw FileFailure("open", path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileFailure("stat", path) }
        var data = Data(count: Int(status.st_size))
        var length = 0
        let failed = data.withUnsafeMutableBytes { buffer -> Bool in
            while length < buffer.count {
                let count = Foundation.read(descriptor, buffer.baseAddress! + length, buffer.count - length)
                if count < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                if count == 0 { break }
                length += count
            }
            return false
        }
        guard !failed else { throw FileFailure("read", path) }
        data.count = length
        return data
    }

    /// Renames a file, replacing any file at `destination` atomically. Not durable until the
    /// directory is synced.
    /// - Throws: ``FileFailure`` when the rename fails.
    func rename(_ source: String, to destination: String) throws(FileFailure) {
        try check(.rename, source)
        guard Foundation.rename(source, destination) == 0 else { throw FileFailure("rename", source) }
    }

    /// Removes a file; returns whether there was one. Not durable until the directory is synced.
    /// - Throws: ``FileFailure`` when the file exists but cannot be removed.
    @discardableResult
    func remove(_ path: String) throws(FileFailure) -> Bool {
        try check(.remove, path)
        guard unlink(path) == 0 else {
            if errno == ENOENT { return false }
            throw FileFailure("remove", path)
        }
        return true
    }

    /// Whether there is a file or directory at `path` (a symbolic link counts, whatever it points at).
    func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Makes the renames and removals in a directory durable.
    /// - Throws: ``FileFailure`` when the directory cannot be opened or synced.
    func syncDirectory(_ path: String, full: Bool = false) throws(FileFailure) {
        try check(.syncDirectory, path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard descriptor >= 0 else { throw FileFailure("open directory", path) }
        defer { close(descriptor) }
        try sync(descriptor, path, full: full)
    }

    /// The names of the entries of a directory (without `.` and `..`), in no particular order.
    ///
    /// A name that is not valid UTF-8 is read with each invalid sequence replaced by U+FFFD, so it never
    /// matches a name the store writes.
    /// - Throws: ``FileFailure`` when the directory cannot be read.
    func names(in directory: String) throws(FileFailure) -> [String] {
        try check(.list, directory)
        guard let stream = opendir(directory) else { throw FileFailure("list", directory) }
        defer { closedir(stream) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                guard errno == 0 else { throw FileFailure("list", directory) }
                return names
            }
            let name = Self.entryName(entry)
            if name != "." && name != ".." { names.append(name) }
        }
    }

    /// The name of a directory entry, read in place as a NUL-terminated C string.
    ///
    /// `d_name` is declared as a fixed-size array (a tuple of 256 `CChar` in Swift), but the entry that
    /// `readdir` returns is only as long as its name needs: the last entry of its buffer can end just
    /// after the name's NUL. Copying the tuple by value (`entry.pointee.d_name`) would read past the
    /// buffer, so the name is read from the entry's own memory, up to the NUL and no further.
    private static func entryName(_ entry: UnsafePointer<dirent>) -> String {
        let name = UnsafeRawPointer(entry) + nameOffset
        // The tuple's elements are `CChar`, so its memory is bound to `CChar` already.
        return String(cString: name.assumingMemoryBound(to: CChar.self))
    }

    /// Where `d_name` starts in a `dirent`.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name)!

    /// Creates a directory (and its missing parents) usable by the owner only; an existing directory
    /// is left as it is.
    /// - Throws: ``FileFailure`` when it cannot be created or `path` is not a directory.
    func makeDirectory(_ path: String) throws(FileFailure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw FileFailure("use as a directory", path, code: ENOTDIR) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeDirectory(parent) }
        try check(.create, path)
        guard mkdir(path, Self.directoryMode) == 0 || errno == EEXIST else {
            throw FileFailure("create directory", path)
        }
    }

    /// Writes `data` to `path` atomically: a temporary file in the same directory, synced, then
    /// renamed over `path`, then the directory synced. Readers see the old file or the new one, never a mix.
    /// - Throws: ``FileFailure``; the file at `path` is unchanged then.
    func replace(_ path: String, with data: Data) throws(FileFailure) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary =
            (directory.isEmpty ? "" : directory + "/")
            + ".\(name).\(String(UInt64.random(in: .min ... .max), radix: 36)).tmp"
        do {
            try create(temporary, with: data)
            try rename(temporary, to: path)
        } catch {
            _ = try? remove(temporary)
            throw error
        }
        try syncDirectory(directory.isEmpty ? "." : directory)
    }

    private func sync(_ descriptor: Int32, _ path: String, full: Bool) throws(FileFailure) {
        try check(.sync, path)
        #if canImport(Darwin)
            if full && fcntl(descriptor, F_FULLFSYNC) == 0 { return }
        #endif
        guard fsync(descriptor) == 0 else { throw FileFailure("sync", path) }
    }
}

/// A file-system call that failed: what was done, to which path, and the system's error.
struct FileFailure: Error, Sendable, CustomStringConvertible {
    /// What was being done, for example `rename`.
    var operation: String
    /// The path it was done to.
    var path: String
    /// The system's error.
    var error: POSIXError

    /// Captures `errno` (or `code`) for a failed call.
    init(_ operation: String, _ path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.error = POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }

    /// The system's reason, for example `No such file or directory`.
    var reason: String { String(cString: strerror(error.code.rawValue)) }

    var description: String { "cannot \(operation) \(path): \(reason)" }
}

#if os(Linux)
    /// Linux's `syncfs(2)`, which Glibc's Swift module does not export: flushes the file system that
    /// holds the open file `descriptor`, and reports a write-back error of any file on it.
    @_silgen_name("syncfs")
    private func linuxSyncFileSystem(_ descriptor: Int32) -> Int32
#endif
