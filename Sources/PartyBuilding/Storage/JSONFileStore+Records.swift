import Foundation

extension JSONFileStore {
    /// The file names of a batch's communities.
    /// - Throws: ``StoreError`` with code `invalidID` for the first ID that cannot be stored, or
    ///   `conflict` for two IDs that differ only by case.
    static func fileNames(of communities: [Community]) throws(StoreError) -> [FileName] {
        var names: [FileName] = []
        names.reserveCapacity(communities.count)
        var byCase: [String: FileName] = [:]
        for community in communities {
            let name = try FileName(community.id)
            if let other = byCase.updateValue(name, forKey: name.caseFolded), other != name {
                throw StoreError(
                    .conflict, "the batch names \(other.id) and \(name.id), which differ only by case",
                    recordID: name.id)
            }
            names.append(name)
        }
        return names
    }

    /// Checks that no name of a batch differs only by case from a stored record of another ID.
    /// - Throws: ``StoreError`` with code `conflict` naming both IDs.
    static func checkCase(of names: [FileName], against stored: [FileName]) throws(StoreError) {
        let storedByCase = Dictionary(stored.map { ($0.caseFolded, $0) }, uniquingKeysWith: { first, _ in first })
        for name in names {
            if let other = storedByCase[name.caseFolded], other != name {
                throw StoreError(
                    .conflict, "\(name.id) differs only by case from the stored community \(other.id)",
                    recordID: name.id, path: other.name)
            }
        }
    }

    /// The record files among a directory's entries: names that end in `.json`, do not start with `.`
    /// and are named as the store names its files. Any other file is not a record: it is left alone
    /// and does not block the records (``JSONFileStore/strayFiles()`` names it).
    func storedFiles(in names: [String]) -> [FileName] {
        var files: [FileName] = []
        files.reserveCapacity(names.count)
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            if let file = FileName(decoding: name) { files.append(file) }
        }
        return files
    }

    /// The `.json` files among a directory's entries that the store did not name, in ascending order.
    static func strayNames(in names: [String]) -> [String] {
        names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && FileName(decoding: $0) == nil }.sorted()
    }

    /// Writes communities to their files: staged in parallel, then renamed into place; a batch of more
    /// than one through the journal. Call holding the exclusive lock.
    /// - Throws: ``StoreError`` with code `unavailable`. No record changed then and the staged files
    ///   are removed, unless the batch had reached its commit point (``commit(_:)``).
    func write(_ communities: [Community], as names: [FileName]) throws(StoreError) {
        let directory = path
        let token = String(UInt64.random(in: .min ... .max), radix: 36)
        let files = files
        // Encoded in parallel, a run at a time, and written one after another (files created in one
        // directory by several threads at once wait on the directory's lock in the kernel) while the
        // next run is encoded.
        let runs = stride(from: 0, to: communities.count, by: 256).map { $0..<min($0 + 256, communities.count) }
        let encode = { @Sendable (run: Range<Int>) -> [Result<Data, StoreError>] in
            ParallelWork.map(Array(run)) { index -> Result<Data, StoreError> in
                let community = communities[index]
                do throws(InterchangeError) {
                    return .success(try CommunityDataset([community]).encoded(prettyPrinted: false))
                } catch {
                    return .failure(
                        StoreError(
                            .invalidRecord, error.description, recordID: community.id.rawValue, underlying: error))
                }
            }
        }
        let stage = {
            @Sendable (run: Range<Int>, encoded: [Result<Data, StoreError>]) -> [Result<String, StoreError>] in
            zip(run, encoded).map { index, result in
                result.flatMap { data in
                    let staging = "\(Self.stagingPrefix)\(token)-\(index)"
                    do throws(FileFailure) {
                        // A batch's files are synced together before the journal names them.
                        try files.create(directory + "/" + staging, with: data, synced: communities.count == 1)
                        return .success(staging)
                    } catch {
                        return .failure(StoreError(error, recordID: communities[index].id.rawValue))
                    }
                }
            }
        }
        var staged: [Result<String, StoreError>] = []
        staged.reserveCapacity(communities.count)
        var encoded = runs.first.map(encode) ?? []
        for (number, run) in runs.enumerated() {
            let current = encoded
            let next = number + 1 < runs.count ? runs[number + 1] : nil
            let (written, ahead) = ParallelWork.both({ stage(run, current) }, { next.map(encode) ?? [] })
            staged += written
            encoded = ahead
        }
        var renames: [Journal.Rename] = []
        renames.reserveCapacity(staged.count)
        var failure: StoreError?
        for (result, name) in zip(staged, names) {
            switch result {
            case .success(let staging): renames.append(Journal.Rename(from: staging, to: name.name))
            case .failure(let error): failure = failure ?? error
            }
        }
        if failure == nil, renames.count > 1 {
            do throws(FileFailure) {
                try files.syncWritten(renames.map { directory + "/" + $0.from }, in: directory)
            } catch {
                failure = StoreError(error)
            }
        }
        if let failure {
            for rename in renames { _ = try? files.remove(directory + "/" + rename.from) }
            throw failure
        }
        if renames.count == 1 {
            do {
                try files.rename(directory + "/" + renames[0].from, to: directory + "/" + renames[0].to)
                try files.syncDirectory(directory)
            } catch {
                _ = try? files.remove(directory + "/" + renames[0].from)
                throw StoreError(error, recordID: names[0].id)
            }
        } else {
            do { try commit(Journal(renames: renames)) } catch {
                // Before its commit point the batch did not happen: its staged files go. After it, the
                // journal names them, and the next call moves them into place.
                if !files.exists(journalPath) {
                    for rename in renames { _ = try? files.remove(directory + "/" + rename.from) }
                }
                throw error
            }
        }
    }

    /// The community in a record file, or `nil` when there is no file.
    static func load(_ name: FileName, from directory: String, with files: DurableFile) -> Result<
        Community?, StoreError
    > {
        let file = directory + "/" + name.name
        let data: Data?
        do { data = try files.read(file) } catch { return .failure(StoreError(error, recordID: name.id)) }
        guard let data else { return .success(nil) }
        let dataset: CommunityDataset
        do { dataset = try CommunityDataset.decode(data, file: file) } catch {
            return .failure(
                StoreError(error.storeCode, error.description, recordID: name.id, path: file, underlying: error))
        }
        guard dataset.communities.count == 1, let community = dataset.communities.first,
            community.id.rawValue.precomposedStringWithCanonicalMapping == name.id
        else {
            let held = dataset.communities.map(\.id.rawValue).joined(separator: ", ")
            return .failure(
                StoreError(
                    .corrupted, "\(file) should hold the community \(name.id) alone, but holds [\(held)]",
                    recordID: name.id, path: file))
        }
        return .success(community)
    }
}
