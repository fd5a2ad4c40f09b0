// The governance records that rest on evidence (bodies, coordination, the electronic ledger, the
// mediation network) and the decisions, mediation cases and ledgers: all synthesized `Codable`, so
// every field that is not optional is required and every optional is omitted when nil.

extension Evidence.Kind: InterchangeCode {}

extension Evidence: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var kind: Kind?
        var date: CalendarDate?
        var reference: String?
        var title: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "kind": try reader.readRequired(&kind)
            case "date": try reader.readRequired(&date)
            case "reference": try reader.readRequired(&reference)
            case "title": try reader.read(&title)
            default: try reader.skipValue()
            }
        }
        guard let kind else { throw .missing("kind", at: start) }
        guard let date else { throw .missing("date", at: start) }
        guard let reference else { throw .missing("reference", at: start) }
        self.init(kind: kind, date: date, reference: reference, title: title)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("kind", kind)
        writer.field("reference", reference)
        writer.field("title", title)
        writer.endObject()
    }
}

extension GovernanceBodyKind: InterchangeCode {}

extension GovernanceBody: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: GovernanceBodyID?
        var kind: GovernanceBodyKind?
        var name: String?
        var established: CalendarDate?
        var evidence: [Evidence]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "kind": try reader.readRequired(&kind)
            case "name": try reader.readRequired(&name)
            case "established": try reader.read(&established)
            case "evidence": try reader.readRequired(&evidence)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let kind else { throw .missing("kind", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let evidence else { throw .missing("evidence", at: start) }
        self.init(id: id, kind: kind, name: name, established: established, evidence: evidence)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("established", established)
        writer.field("evidence", evidence)
        writer.field("id", id)
        writer.field("kind", kind)
        writer.field("name", name)
        writer.endObject()
    }
}

extension CoordinationMechanism: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var name: String?
        var participants: [GovernanceBodyKind]?
        var evidence: [Evidence]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "name": try reader.readRequired(&name)
            case "participants": try reader.readRequired(&participants)
            case "evidence": try reader.readRequired(&evidence)
            default: try reader.skipValue()
            }
        }
        guard let name else { throw .missing("name", at: start) }
        guard let participants else { throw .missing("participants", at: start) }
        guard let evidence else { throw .missing("evidence", at: start) }
        self.init(name: name, participants: participants, evidence: evidence)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("evidence", evidence)
        writer.field("name", name)
        writer.field("participants", participants)
        writer.endObject()
    }
}

extension ElectronicLedger: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var system: String?
        var since: CalendarDate?
        var evidence: [Evidence]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "system": try reader.readRequired(&system)
            case "since": try reader.readRequired(&since)
            case "evidence": try reader.readRequired(&evidence)
            default: try reader.skipValue()
            }
        }
        guard let system else { throw .missing("system", at: start) }
        guard let since else { throw .missing("since", at: start) }
        guard let evidence else { throw .missing("evidence", at: start) }
        self.init(system: system, since: since, evidence: evidence)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("evidence", evidence)
        writer.field("since", since)
        writer.field("system", system)
        writer.endObject()
    }
}

extension MediationLevel: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var level: Int?
        var name: String?
        var evidence: [Evidence]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "level": try reader.readRequired(&level)
            case "name": try reader.readRequired(&name)
            case "evidence": try reader.readRequired(&evidence)
            default: try reader.skipValue()
            }
        }
        guard let level else { throw .missing("level", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let evidence else { throw .missing("evidence", at: start) }
        self.init(level: level, name: name, evidence: evidence)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("evidence", evidence)
        writer.field("level", level)
        writer.field("name", name)
        writer.endObject()
    }
}

extension MediationCase.Outcome: InterchangeCode {}

extension MediationCase: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var outcome: Outcome?
        var subject: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "outcome": try reader.readRequired(&outcome)
            case "subject": try reader.read(&subject)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        guard let outcome else { throw .missing("outcome", at: start) }
        self.init(date: date, outcome: outcome, subject: subject)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("outcome", outcome)
        writer.field("subject", subject)
        writer.endObject()
    }
}

extension Decision: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: DecisionID?
        var title: String?
        var steps: [DecisionStep]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "title": try reader.readRequired(&title)
            case "steps": try reader.readRequired(&steps)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let title else { throw .missing("title", at: start) }
        guard let steps else { throw .missing("steps", at: start) }
        self.init(id: id, title: title, steps: steps)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("steps", steps)
        writer.field("title", title)
        writer.endObject()
    }
}

extension DecisionStep.Kind: InterchangeCode {}

extension DecisionStep: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var kind: Kind?
        var date: CalendarDate?
        var reference: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "kind": try reader.readRequired(&kind)
            case "date": try reader.readRequired(&date)
            case "reference": try reader.read(&reference)
            default: try reader.skipValue()
            }
        }
        guard let kind else { throw .missing("kind", at: start) }
        guard let date else { throw .missing("date", at: start) }
        self.init(kind: kind, date: date, reference: reference)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("kind", kind)
        writer.field("reference", reference)
        writer.endObject()
    }
}

extension Ledger.Kind: InterchangeCode {}

extension Ledger: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var kind: Kind?
        var name: String?
        var updates: [CalendarDate]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "kind": try reader.readRequired(&kind)
            case "name": try reader.read(&name)
            case "updates": try reader.readRequired(&updates)
            default: try reader.skipValue()
            }
        }
        guard let kind else { throw .missing("kind", at: start) }
        guard let updates else { throw .missing("updates", at: start) }
        self.init(kind: kind, name: name, updates: updates)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", kind)
        writer.field("name", name)
        writer.field("updates", updates)
        writer.endObject()
    }
}
