// The structure of a community's governance: its grids and their leaders, its compounds and their
// buildings, the units resident in it, and the checklists with their assessments. A grid may omit
// its leaders and members (empty); every other type is synthesized `Codable`.

extension Grid: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: GridID?
        var level: Int?
        var name: String?
        var parentID: GridID?
        var leaders: [GridLeader]?
        var memberIDs: [MemberID]?
        var organisationID: OrganisationID?
        var partyGroupID: PartyGroupID?
        var established: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "level": try reader.readRequired(&level)
            case "name": try reader.readRequired(&name)
            case "parentID": try reader.read(&parentID)
            case "leaders": try reader.read(&leaders)
            case "memberIDs": try reader.read(&memberIDs)
            case "organisationID": try reader.read(&organisationID)
            case "partyGroupID": try reader.read(&partyGroupID)
            case "established": try reader.read(&established)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let level else { throw .missing("level", at: start) }
        guard let name else { throw .missing("name", at: start) }
        self.init(
            id: id, level: level, name: name, parentID: parentID, leaders: leaders ?? [], memberIDs: memberIDs ?? [],
            organisationID: organisationID, partyGroupID: partyGroupID, established: established)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("established", established)
        writer.field("id", id)
        writer.field("leaders", leaders)
        writer.field("level", level)
        writer.field("memberIDs", memberIDs)
        writer.field("name", name)
        writer.field("organisationID", organisationID)
        writer.field("parentID", parentID)
        writer.field("partyGroupID", partyGroupID)
        writer.endObject()
    }
}

extension GridLeader: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var name: String?
        var memberID: MemberID?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "name": try reader.readRequired(&name)
            case "memberID": try reader.read(&memberID)
            default: try reader.skipValue()
            }
        }
        guard let name else { throw .missing("name", at: start) }
        self.init(name: name, memberID: memberID)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("memberID", memberID)
        writer.field("name", name)
        writer.endObject()
    }
}

extension ResidentialCompound.Kind: InterchangeCode {}

extension ResidentialCompound: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: CompoundID?
        var name: String?
        var kind: Kind?
        var organisationID: OrganisationID?
        var buildings: [Building]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "name": try reader.readRequired(&name)
            case "kind": try reader.readRequired(&kind)
            case "organisationID": try reader.read(&organisationID)
            case "buildings": try reader.readRequired(&buildings)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let kind else { throw .missing("kind", at: start) }
        guard let buildings else { throw .missing("buildings", at: start) }
        self.init(id: id, name: name, kind: kind, organisationID: organisationID, buildings: buildings)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("buildings", buildings)
        writer.field("id", id)
        writer.field("kind", kind)
        writer.field("name", name)
        writer.field("organisationID", organisationID)
        writer.endObject()
    }
}

extension ResidentialCompound.Building: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var name: String?
        var partyGroupID: PartyGroupID?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "name": try reader.readRequired(&name)
            case "partyGroupID": try reader.read(&partyGroupID)
            default: try reader.skipValue()
            }
        }
        guard let name else { throw .missing("name", at: start) }
        self.init(name: name, partyGroupID: partyGroupID)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", name)
        writer.field("partyGroupID", partyGroupID)
        writer.endObject()
    }
}

extension ResidentUnit.Kind: InterchangeCode {}

extension ResidentUnit: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: ResidentUnitID?
        var name: String?
        var kind: Kind?
        var members: Int?
        var formalMembers: Int?
        var ownOrganisation: String?
        var jointOrganisationID: OrganisationID?
        var instructor: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "name": try reader.readRequired(&name)
            case "kind": try reader.readRequired(&kind)
            case "members": try reader.read(&members)
            case "formalMembers": try reader.read(&formalMembers)
            case "ownOrganisation": try reader.read(&ownOrganisation)
            case "jointOrganisationID": try reader.read(&jointOrganisationID)
            case "instructor": try reader.read(&instructor)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let kind else { throw .missing("kind", at: start) }
        self.init(
            id: id, name: name, kind: kind, members: members, formalMembers: formalMembers,
            ownOrganisation: ownOrganisation, jointOrganisationID: jointOrganisationID, instructor: instructor)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("formalMembers", formalMembers)
        writer.field("id", id)
        writer.field("instructor", instructor)
        writer.field("jointOrganisationID", jointOrganisationID)
        writer.field("kind", kind)
        writer.field("members", members)
        writer.field("name", name)
        writer.field("ownOrganisation", ownOrganisation)
        writer.endObject()
    }
}

extension Checklist.Scope: InterchangeCode {}

extension Checklist: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: ChecklistID?
        var scope: Scope?
        var title: String?
        var headings: [Heading]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "scope": try reader.readRequired(&scope)
            case "title": try reader.readRequired(&title)
            case "headings": try reader.readRequired(&headings)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let scope else { throw .missing("scope", at: start) }
        guard let title else { throw .missing("title", at: start) }
        guard let headings else { throw .missing("headings", at: start) }
        self.init(id: id, scope: scope, title: title, headings: headings)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("headings", headings)
        writer.field("id", id)
        writer.field("scope", scope)
        writer.field("title", title)
        writer.endObject()
    }
}

extension Checklist.Heading: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var title: String?
        var items: [String]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "title": try reader.readRequired(&title)
            case "items": try reader.readRequired(&items)
            default: try reader.skipValue()
            }
        }
        guard let title else { throw .missing("title", at: start) }
        guard let items else { throw .missing("items", at: start) }
        self.init(title: title, items: items)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("items", items)
        writer.field("title", title)
        writer.endObject()
    }
}

extension ChecklistAssessment: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var checklistID: ChecklistID?
        var year: Int?
        var assessedOn: CalendarDate?
        var completedItems: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "checklistID": try reader.readRequired(&checklistID)
            case "year": try reader.readRequired(&year)
            case "assessedOn": try reader.readRequired(&assessedOn)
            case "completedItems": try reader.readRequired(&completedItems)
            default: try reader.skipValue()
            }
        }
        guard let checklistID else { throw .missing("checklistID", at: start) }
        guard let year else { throw .missing("year", at: start) }
        guard let assessedOn else { throw .missing("assessedOn", at: start) }
        guard let completedItems else { throw .missing("completedItems", at: start) }
        self.init(checklistID: checklistID, year: year, assessedOn: assessedOn, completedItems: completedItems)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("assessedOn", assessedOn)
        writer.field("checklistID", checklistID)
        writer.field("completedItems", completedItems)
        writer.field("year", year)
        writer.endObject()
    }
}
