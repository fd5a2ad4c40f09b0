import Foundation

extension CommunityDataset {
    /// A step that rewrites a document of one schema version as a document of the next version.
    typealias Upgrade = @Sendable (Data) throws(InterchangeError) -> Data

    /// The upgrade steps, keyed by the version each reads: `upgrades[v]` turns version `v` into `v + 1`.
    ///
    /// Version 1 is the first published version, so there is no step yet. When version 2 is published:
    /// add the step from 1 (a function over the JSON that moves or renames fields), raise
    /// ``currentSchemaVersion``, and check in a version-1 data file that a test reads through the step.
    static let upgrades: [Int: Upgrade] = [:]

    /// Brings a document of an older schema version to the current one, step by step.
    /// - Throws: ``InterchangeError`` with ``InterchangeError/Problem/unknownSchemaVersion(_:)`` when a
    ///   step is missing, or the error of a step.
    static func upgrade(_ data: Data, from version: Int, file: String?) throws(InterchangeError) -> Data {
        var data = data
        for step in version..<currentSchemaVersion {
            guard let upgrade = upgrades[step] else {
                throw InterchangeError(.unknownSchemaVersion(version), file: file, field: "schemaVersion")
            }
            data = try upgrade(data)
        }
        return data
    }
}
