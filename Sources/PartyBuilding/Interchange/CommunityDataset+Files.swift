import Foundation

extension CommunityDataset {
    /// Reads a dataset from a file, upgrading an older schema version.
    ///
    /// ```swift
    /// let dataset = try CommunityDataset.read(from: URL(filePath: "Data/communities.json"))
    /// ```
    /// - Throws: ``InterchangeError`` naming the file (and the community and field when one is at
    ///   fault): unreadable, not JSON, not a dataset, a newer schema version, or a field missing or wrong.
    public static func read(from url: URL) throws(InterchangeError) -> CommunityDataset {
        let path = url.path
        let data: Data?
        do { data = try DurableFile.system.read(path) } catch {
            throw InterchangeError(.unreadable(error.reason), file: path)
        }
        guard let data else { throw InterchangeError(.unreadable("no such file"), file: path) }
        return try decode(data, file: path)
    }

    /// Writes the dataset to a file atomically (a synced temporary file renamed over it), readable by
    /// the owner only, as JSON of the current schema version with sorted keys.
    /// - Parameter prettyPrinted: whether to indent the JSON for people to read (the default).
    /// - Throws: ``InterchangeError`` naming the file when it cannot be written; the file is unchanged then.
    public func write(to url: URL, prettyPrinted: Bool = true) throws(InterchangeError) {
        let data = try encoded(prettyPrinted: prettyPrinted)
        do { try DurableFile.system.replace(url.path, with: data) } catch {
            throw InterchangeError(.unwritable("\(error.operation): \(error.reason)"), file: url.path)
        }
    }
}
