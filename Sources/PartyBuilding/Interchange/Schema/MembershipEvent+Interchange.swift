// The events of a membership, read and written as their `Codable` conformance does, and the
// fields that only some cases of an object read (also a meeting's attendance).

/// A field that only some cases of an object read (a leave's `reason`, a transfer's `from`), met
/// before the object says its case: it is skipped, checked only as well-formed JSON, and read when
/// the case is known, so that a field the case does not read is ignored even when it is not valid
/// (an unknown code, a bad escape in a string), as in the `Decodable` conformance, which decodes it
/// only for its case. As with the other fields, a key that appears twice keeps its first value.
struct DeferredField<Value: InterchangeReadable> {
    /// A reader at the field's value, `nil` while the key has not appeared.
    private var value: JSONReader?
    /// Whether the value may be `null`, read as absent.
    private var allowsNull = false

    /// A field not yet read.
    init() {}

    /// Keeps a value that must not be `null`.
    mutating func read(_ reader: inout JSONReader) throws(ReadFailure) {
        try keep(&reader, allowingNull: false)
    }

    /// Keeps a value that may be `null` (as absent).
    mutating func readOptional(_ reader: inout JSONReader) throws(ReadFailure) {
        try keep(&reader, allowingNull: true)
    }

    /// Keeps where the first value of the key is, and skips it.
    private mutating func keep(_ reader: inout JSONReader, allowingNull: Bool) throws(ReadFailure) {
        if value == nil {
            value = reader
            allowsNull = allowingNull
        }
        try reader.skipValue()
    }

    /// The value the case reads under `key`, `nil` when it is absent or an allowed `null`.
    /// - Throws: why the value could not be read.
    func value(_ key: String) throws(ReadFailure) -> Value? {
        guard var reader = value else { return nil }
        do throws(ReadFailure) {
            if allowsNull, try reader.readNullIfPresent() { return nil }
            return try Value(reading: &reader)
        } catch {
            throw error.inside(.key(key))
        }
    }

    /// The value the case requires under `key`, in the object that starts at `start`.
    /// - Throws: ``ReadFailure/missing(_:at:)`` when it is absent, or why it could not be read.
    func required(_ key: String, at start: Int) throws(ReadFailure) -> Value {
        guard let value = try value(key) else { throw .missing(key, at: start) }
        return value
    }
}

extension MembershipEvent: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var code: String?
        var codeOffset = start
        var months = DeferredField<Int>()
        var from = DeferredField<String>()
        var status = DeferredField<Member.Status>()
        var to = DeferredField<String>()
        var certificate = DeferredField<String>()
        var contact = DeferredField<String>()
        var by = DeferredField<String>()
        var with = DeferredField<String>()
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.read(&date)
            case "kind":
                if code == nil { codeOffset = reader.offset }
                try reader.readRequired(&code)
            case "months": try months.read(&reader)
            case "from": try from.read(&reader)
            case "status": try status.readOptional(&reader)
            case "to": try to.read(&reader)
            case "certificate": try certificate.readOptional(&reader)
            case "contact": try contact.readOptional(&reader)
            case "by": try by.read(&reader)
            case "with": try with.read(&reader)
            default: try reader.skipValue()
            }
        }
        guard let code else { throw .missing("kind", at: start) }
        let kind: Kind
        switch code {
        case "admitted": kind = .admitted
        case "madeFull": kind = .madeFull
        case "probationExtended": kind = .probationExtended(months: try months.required("months", at: start))
        case "transferredIn":
            kind = .transferredIn(
                from: try from.required("from", at: start), status: try status.value("status") ?? .formal)
        case "transferredOut": kind = .transferredOut(to: try to.required("to", at: start))
        case "migratedOut":
            kind = .migratedOut(
                certificate: try certificate.value("certificate"), contact: try contact.value("contact"))
        case "migratedIn": kind = .migratedIn(status: try status.value("status") ?? .formal)
        case "enrolled": kind = .enrolled
        case "migrationEnded": kind = .migrationEnded
        case "visited": kind = .visited(by: try by.required("by", at: start))
        case "dualManagement": kind = .dualManagement(with: try with.required("with", at: start))
        case "died": kind = .died
        case "removed": kind = .removed
        default: throw ReadFailure.invalid(Self.unknownKind(code), at: codeOffset).inside(.key("kind"))
        }
        self.init(kind, on: date)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        switch kind {
        case .admitted, .madeFull, .enrolled, .migrationEnded, .died, .removed:
            writeDateAndKind(to: &writer)
        case .probationExtended(let months):
            writeDateAndKind(to: &writer)
            writer.field("months", months)
        case .transferredIn(let from, let status):
            writer.field("date", date)
            writer.field("from", from)
            writer.field("kind", kind.code)
            writer.field("status", status)
        case .transferredOut(let to):
            writeDateAndKind(to: &writer)
            writer.field("to", to)
        case .migratedOut(let certificate, let contact):
            writer.field("certificate", certificate)
            writer.field("contact", contact)
            writeDateAndKind(to: &writer)
        case .migratedIn(let status):
            writeDateAndKind(to: &writer)
            writer.field("status", status)
        case .visited(let by):
            writer.field("by", by)
            writeDateAndKind(to: &writer)
        case .dualManagement(let with):
            writeDateAndKind(to: &writer)
            writer.field("with", with)
        }
        writer.endObject()
    }

    /// Writes `date` (when known) and `kind`, which follow each other in the order of the keys.
    private func writeDateAndKind(to writer: inout JSONWriter) {
        writer.field("date", date)
        writer.field("kind", kind.code)
    }
}
