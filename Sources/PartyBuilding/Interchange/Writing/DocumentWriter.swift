import Foundation

/// Writes a whole interchange document, the communities in parallel: each run of communities is
/// written by its own ``JSONWriter`` placed inside the `communities` array, and the runs are joined
/// in order, so the bytes are those of one writer writing them all.
enum DocumentWriter {
    /// The document of `communities`, compact or pretty-printed.
    static func write(_ communities: [Community], prettyPrinted: Bool) -> Data {
        let processors = ProcessInfo.processInfo.activeProcessorCount
        let runCount = communities.count >= 64 ? min(communities.count / 16, processors * 4) : 1
        let runs = (0..<runCount).map { run in
            communities[(run * communities.count / runCount)..<((run + 1) * communities.count / runCount)]
        }
        let written = ParallelWork.map(Array(runs.enumerated())) { (index, run) -> [UInt8] in
            var writer = JSONWriter(prettyPrinted: prettyPrinted, insideArrayAt: 2, afterElements: index > 0)
            for community in run {
                writer.nextElement()
                community.write(to: &writer)
            }
            return writer.bytes
        }
        var document = JSONWriter(prettyPrinted: prettyPrinted, capacity: written.reduce(64) { $0 + $1.count })
        document.beginObject()
        document.key("communities")
        document.beginArray()
        for run in written { document.append(contentsOf: run) }
        if !communities.isEmpty { document.markElementsWritten() }
        document.endArray()
        document.field("format", CommunityDataset.format)
        document.field("schemaVersion", CommunityDataset.currentSchemaVersion)
        document.endObject()
        return Data(document.bytes)
    }
}
