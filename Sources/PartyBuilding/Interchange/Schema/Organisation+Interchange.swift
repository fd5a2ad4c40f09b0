// A community's Party organisations and residents' committees in the interchange format.

extension PartyOrganisation.Form: InterchangeCode {}

extension PartyOrganisation: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: OrganisationID?
        var name: String?
        var form: Form?
        var parentID: OrganisationID?
        var residentsCommitteeID: ResidentsCommitteeID?
        var headcount: Headcount?
        var founded: CalendarDate?
        var dissolved: CalendarDate?
        var coveredUnits: [String]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "name": try reader.readRequired(&name)
            case "form": try reader.readRequired(&form)
            case "parentID": try reader.read(&parentID)
            case "residentsCommitteeID": try reader.read(&residentsCommitteeID)
            case "headcount": try reader.read(&headcount)
            case "founded": try reader.read(&founded)
            case "dissolved": try reader.read(&dissolved)
            case "coveredUnits": try reader.read(&coveredUnits)
            case "lastElection":
                let retired = Self.retiredLastElection
                throw reader.failure(.retiredField(version: retired.version, replacedBy: retired.replacement))
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let form else { throw .missing("form", at: start) }
        self.init(
            id: id, name: name, form: form, parentID: parentID, residentsCommitteeID: residentsCommitteeID,
            headcount: headcount, founded: founded, dissolved: dissolved, coveredUnits: coveredUnits ?? [])
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        if !coveredUnits.isEmpty { writer.field("coveredUnits", coveredUnits) }
        writer.field("dissolved", dissolved)
        writer.field("form", form)
        writer.field("founded", founded)
        writer.field("headcount", headcount)
        writer.field("id", id)
        writer.field("name", name)
        writer.field("parentID", parentID)
        writer.field("residentsCommitteeID", residentsCommitteeID)
        writer.endObject()
    }
}

extension PartyOrganisation.Headcount: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var total: Int?
        var probationary: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "total": try reader.readRequired(&total)
            case "probationary": try reader.read(&probationary)
            default: try reader.skipValue()
            }
        }
        guard let total else { throw .missing("total", at: start) }
        self.init(total: total, probationary: probationary ?? 0)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("probationary", probationary)
        writer.field("total", total)
        writer.endObject()
    }
}

extension ResidentsCommittee: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: ResidentsCommitteeID?
        var name: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "name": try reader.readRequired(&name)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let name else { throw .missing("name", at: start) }
        self.init(id: id, name: name)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("name", name)
        writer.endObject()
    }
}
