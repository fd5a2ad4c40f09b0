import Foundation

/// Reads a whole interchange document: the format marker, the schema version and the communities,
/// with the checks, and the errors, of the format's definition.
///
/// The communities are read as the current schema version as they come (the document's keys are
/// in sorted order, so they come before the marker and the version). When that fails, the document
/// is walked again for its marker and version, which decide first as they do for `JSONDecoder`: a
/// document that is not JSON anywhere, not a dataset, or of an older version (which is upgraded)
/// is reported as such rather than by its first unreadable community.
enum DocumentReader {
    /// What reading found.
    enum Outcome {
        /// The communities of a document of the current schema version.
        case current([Community])
        /// A document of an older schema version, to upgrade.
        case older(Int)
        /// The document cannot be read.
        case failed(InterchangeError)
    }

    /// Reads `data`, naming `file` in errors.
    static func read(_ data: Data, file: String?) -> Outcome {
        data.withUnsafeBytes { raw in read(raw.bindMemory(to: UInt8.self), file: file) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String?) -> Outcome {
        var reader = JSONReader(bytes)
        var header = Header()
        var communities: [Community]?
        do throws(ReadFailure) {
            try reader.readObject { reader, key throws(ReadFailure) in
                switch key {
                case "communities" where communities == nil: communities = try readCommunities(&reader, bytes)
                default: try header.read(key, from: &reader)
                }
            }
            try reader.expectEnd()
        } catch {
            return explain(error, in: bytes, file: file)
        }
        if let refusal = header.refusal(file: file) { return refusal }
        guard let communities else {
            return .failed(InterchangeError(.missingField, file: file, field: "communities"))
        }
        return .current(communities)
    }

    /// A document from which size the communities are read in parallel.
    static let parallelThreshold = 1 << 20

    /// Reads the array of communities, in parallel when the document is large: its elements are
    /// found by their brackets, read by readers of their own, and their separators checked. When
    /// anything fails, the array is read again in order, so that the error is the one the first
    /// failing community gives.
    private static func readCommunities(_ reader: inout JSONReader, _ bytes: UnsafeBufferPointer<UInt8>)
        throws(ReadFailure) -> [Community]
    {
        guard bytes.count >= parallelThreshold, let (starts, end) = reader.elementOffsets(), starts.count > 1 else {
            return try [Community](reading: &reader)
        }
        let depth = reader.nestingDepth + 1
        let shared = SharedBytes(bytes: bytes)
        let results = ParallelWork.map(starts) { start -> (Community, Int)? in
            var element = JSONReader(shared.bytes, at: start, depth: depth)
            return try? (Community(reading: &element), element.offset)
        }
        var communities: [Community] = []
        communities.reserveCapacity(results.count)
        var ends: [Int] = []
        ends.reserveCapacity(results.count)
        for result in results {
            guard let (community, end) = result else { return try [Community](reading: &reader) }
            communities.append(community)
            ends.append(end)
        }
        guard reader.separatesElements(starts: starts, ends: ends, end: end) else {
            return try [Community](reading: &reader)
        }
        reader.move(to: end)
        return communities
    }

    /// The document's bytes, shared by the readers of its communities on several threads; they
    /// only read them, while the caller keeps them alive.
    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    /// The outcome of a document whose reading failed: its syntax error, its marker's or version's
    /// refusal, or else the failure itself with the community it lies in.
    private static func explain(_ failure: ReadFailure, in bytes: UnsafeBufferPointer<UInt8>, file: String?)
        -> Outcome
    {
        if failure.isSyntax { return .failed(InterchangeError(failure, in: bytes, file: file)) }
        var reader = JSONReader(bytes)
        var header = Header()
        do throws(ReadFailure) {
            try reader.readObject { reader, key throws(ReadFailure) in
                if key == "communities" { try reader.skipValue() } else { try header.read(key, from: &reader) }
            }
            try reader.expectEnd()
        } catch  where error.isSyntax {
            return .failed(InterchangeError(error, in: bytes, file: file))
        } catch {
            // Not an object: not a dataset.
            return .failed(InterchangeError(.notADataset(found: nil), file: file))
        }
        if let refusal = header.refusal(file: file) { return refusal }
        var error = InterchangeError(failure, in: bytes, file: file)
        let path = failure.reversedPath
        if path.count >= 2, case .key("communities") = path[path.count - 1],
            case .index(let index) = path[path.count - 2]
        {
            error.communityID = communityID(at: index, in: bytes)
        }
        return .failed(error)
    }

    /// The ID of the community at `index`, read leniently from a well-formed document.
    private static func communityID(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var reader = JSONReader(bytes)
        var id: String?
        try? reader.readObject { reader, key throws(ReadFailure) in
            guard key == "communities" else { return try reader.skipValue() }
            var position = 0
            try reader.readArray { reader throws(ReadFailure) in
                defer { position += 1 }
                guard position == index else { return try reader.skipValue() }
                try reader.readObject { reader, key throws(ReadFailure) in
                    guard key == "id", id == nil else { return try reader.skipValue() }
                    id = try? reader.readString()
                }
            }
        }
        return id
    }

    /// A document's `format` and `schemaVersion`, read as `JSONDecoder` reads them: a marker that is
    /// not a string counts as absent; a version that is not a whole number is an error of its field.
    private struct Header {
        var format: String?
        var formatSeen = false
        var version: Result<Int, ReadFailure>?

        /// Reads the value of a top-level key other than `communities`.
        mutating func read(_ key: JSONKey, from reader: inout JSONReader) throws(ReadFailure) {
            switch key {
            case "format" where !formatSeen:
                formatSeen = true
                do { format = try reader.readString() } catch  where !error.isSyntax { format = nil }
            case "schemaVersion" where version == nil:
                do throws(ReadFailure) {
                    version = .success(try Int(reading: &reader))
                } catch  where !error.isSyntax {
                    version = .failure(error.inside(.key("schemaVersion")))
                }
            default: try reader.skipValue()
            }
        }

        /// The outcome when the marker or the version refuses the document or calls for an upgrade.
        func refusal(file: String?) -> Outcome? {
            guard format == CommunityDataset.format else {
                return .failed(InterchangeError(.notADataset(found: format), file: file))
            }
            let field = "schemaVersion"
            switch version {
            case nil: return .failed(InterchangeError(.missingField, file: file, field: field))
            case .failure(let failure): return .failed(InterchangeError(failure.problem, file: file, field: field))
            case .success(let version) where version < 1:
                return .failed(InterchangeError(.unknownSchemaVersion(version), file: file, field: field))
            case .success(let version) where version > CommunityDataset.currentSchemaVersion:
                return .failed(
                    InterchangeError(
                        .newerSchemaVersion(found: version, newestSupported: CommunityDataset.currentSchemaVersion),
                        file: file, field: field))
            case .success(let version) where version < CommunityDataset.currentSchemaVersion:
                return .older(version)
            case .success: return nil
            }
        }
    }
}

extension InterchangeError {
    /// The error of a reader's failure in `bytes`: its field, and for a syntax error its line and
    /// column (counted in characters from 1).
    init(_ failure: ReadFailure, in bytes: UnsafeBufferPointer<UInt8>, file: String?) {
        self.init(failure.problem, file: file, field: failure.field)
        guard failure.isSyntax else { return }
        var line = 1
        var column = 1
        for byte in bytes[..<min(failure.offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }
}
