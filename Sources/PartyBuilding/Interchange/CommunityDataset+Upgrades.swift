import Foundation

extension CommunityDataset {
    /// A step that rewrites a document of one schema version as a document of the next version.
    typealias Upgrade = @Sendable (Data) throws(InterchangeError) -> Data

    /// The upgrade steps, keyed by the version each reads: `upgrades[v]` turns version `v` into `v + 1`.
    ///
    /// Version 2 replaced the stored member status, admission date and migration, and the
    /// organisation's last election, by records (``upgradeFromVersion1``). When a later version is
    /// published: add the step from the previous one (a function over the JSON that moves or renames
    /// fields), raise ``currentSchemaVersion``, and check in a data file of the previous version that
    /// a test reads through the step.
    static let upgrades: [Int: Upgrade] = [1: upgradeFromVersion1]

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
