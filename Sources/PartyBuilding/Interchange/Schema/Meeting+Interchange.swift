// A meeting and its parts, read and written as their `Codable` conformances do.

extension Meeting.Kind: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) { self.init(rawValue: try reader.readString()) }

    func write(to writer: inout JSONWriter) { writer.write(rawValue) }
}

extension Meeting.Lecturer.Role: InterchangeCode {}

extension Meeting.Lecturer: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var name: String?
        var role: Role?
        var memberID: MemberID?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "name": try reader.readRequired(&name)
            case "role": try reader.readRequired(&role)
            case "memberID": try reader.read(&memberID)
            default: try reader.skipValue()
            }
        }
        guard let name else { throw .missing("name", at: start) }
        guard let role else { throw .missing("role", at: start) }
        self.init(name: name, role: role, memberID: memberID)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("memberID", memberID)
        writer.field("name", name)
        writer.field("role", role)
        writer.endObject()
    }
}

extension Meeting.Talk: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var by: MemberID?
        var with: MemberID?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "by": try reader.readRequired(&by)
            case "with": try reader.readRequired(&with)
            default: try reader.skipValue()
            }
        }
        guard let by else { throw .missing("by", at: start) }
        guard let with else { throw .missing("with", at: start) }
        self.init(by: by, with: with)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("by", by)
        writer.field("with", with)
        writer.endObject()
    }
}

extension Meeting.Attendance: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var memberID: MemberID?
        var code: String?
        var codeOffset = start
        var reason = DeferredField<String>()
        var approvedBy = DeferredField<String>()
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "memberID": try reader.readRequired(&memberID)
            case "presence":
                if code == nil { codeOffset = reader.offset }
                try reader.readRequired(&code)
            case "reason": try reason.read(&reader)
            case "approvedBy": try approvedBy.read(&reader)
            default: try reader.skipValue()
            }
        }
        guard let memberID else { throw .missing("memberID", at: start) }
        guard let code else { throw .missing("presence", at: start) }
        switch code {
        case "present": self.init(memberID, .present)
        case "absent": self.init(memberID, .absentWithoutLeave)
        case "leave":
            self.init(
                memberID,
                .absentWithLeave(
                    reason: try reason.required("reason", at: start),
                    approvedBy: try approvedBy.required("approvedBy", at: start)))
        default: throw ReadFailure.invalid(Self.unknownPresence(code), at: codeOffset).inside(.key("presence"))
        }
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        switch presence {
        case .present:
            writer.field("memberID", memberID)
            writer.field("presence", "present")
        case .absentWithoutLeave:
            writer.field("memberID", memberID)
            writer.field("presence", "absent")
        case .absentWithLeave(let reason, let approvedBy):
            writer.field("approvedBy", approvedBy)
            writer.field("memberID", memberID)
            writer.field("presence", "leave")
            writer.field("reason", reason)
        }
        writer.endObject()
    }
}

extension Meeting: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: MeetingID?
        var organisationID: OrganisationID?
        var kind: Kind?
        var date: CalendarDate?
        var partyGroupID: PartyGroupID?
        var lecturer: Lecturer?
        var talk: Talk?
        var topic: String?
        var attendance: [Attendance]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "organisationID": try reader.readRequired(&organisationID)
            case "kind": try reader.readRequired(&kind)
            case "date": try reader.readRequired(&date)
            case "partyGroupID": try reader.read(&partyGroupID)
            case "lecturer": try reader.read(&lecturer)
            case "talk": try reader.read(&talk)
            case "topic": try reader.read(&topic)
            case "attendance": try reader.read(&attendance)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let organisationID else { throw .missing("organisationID", at: start) }
        guard let kind else { throw .missing("kind", at: start) }
        guard let date else { throw .missing("date", at: start) }
        self.init(
            id: id, organisationID: organisationID, kind: kind, date: date, partyGroupID: partyGroupID,
            lecturer: lecturer, talk: talk, topic: topic, attendance: attendance ?? [])
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("attendance", attendance)
        writer.field("date", date)
        writer.field("id", id)
        writer.field("kind", kind)
        writer.field("lecturer", lecturer)
        writer.field("organisationID", organisationID)
        writer.field("partyGroupID", partyGroupID)
        writer.field("talk", talk)
        writer.field("topic", topic)
        writer.endObject()
    }
}
