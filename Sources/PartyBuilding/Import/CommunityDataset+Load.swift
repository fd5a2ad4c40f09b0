import Foundation

extension CommunityDataset {
    /// Reads an analyst's data file by its extension: a table of communities (`.csv`, see
    /// ``CommunityTable``) or the interchange format (any other extension, usually `.json`).
    ///
    /// ```swift
    /// let communities = try CommunityDataset.load(contentsOf: URL(fileURLWithPath: "district.csv")).communities
    /// ```
    /// - Parameter encoding: the encoding of a CSV file's bytes (``TextEncoding``); by default UTF-8
    ///   or GB18030 as the bytes show. The interchange format is always UTF-8.
    /// - Throws: ``CommunityTableError`` for a CSV file, ``InterchangeError`` otherwise; both name the
    ///   file and where in it the problem is.
    public static func load(contentsOf url: URL, encoding: TextEncoding = .automatic) throws -> CommunityDataset {
        if url.pathExtension.lowercased() == "csv" {
            return CommunityDataset(try CommunityTable.read(contentsOf: url, encoding: encoding))
        }
        return try read(from: url)
    }
}
