// A member and the codes of its record, read and written as their `Codable` conformances do. `Member.Migration` is not written in a version-2 document (the events say it), so it has
// no code here.

extension Member.Status: InterchangeCode {}

extension Member.Relationship: InterchangeCode {}

extension Member.Employment: InterchangeCode {}

extension Member: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        let object = reader
        var id: MemberID?
        var name: String?
        var organisationID: OrganisationID?
        var relationship: Relationship?
        var employment: Employment?
        var hasLimitedMobility: Bool?
        var birthDate: CalendarDate?
        var events: [MembershipEvent]?
        var duesPayments: [DuesPayment]?
        var voluntaryPayments: [VoluntaryDuesPayment]?
        var retiredKeys: [(key: String, offset: Int)] = []
        do throws(ReadFailure) {
            try reader.readObject { reader, key throws(ReadFailure) in
                switch key {
                case "id": try reader.readRequired(&id)
                case "name": try reader.readRequired(&name)
                case "organisationID": try reader.readRequired(&organisationID)
                case "relationship": try reader.read(&relationship)
                case "employment": try reader.read(&employment)
                case "hasLimitedMobility": try reader.read(&hasLimitedMobility)
                case "birthDate": try reader.read(&birthDate)
                case "events": try reader.read(&events)
                case "duesPayments": try reader.read(&duesPayments)
                case "voluntaryPayments": try reader.read(&voluntaryPayments)
                default:
                    if Version1Keys(rawValue: key.text) != nil { retiredKeys.append((key.text, reader.offset)) }
                    try reader.skipValue()
                }
            }
        } catch {
            // The conformance refuses a retired field before it reads any other.
            guard !error.isSyntax, let retired = Self.retiredField(among: try object.objectKeys()) else { throw error }
            throw retired
        }
        if let retired = Self.retiredField(among: retiredKeys) { throw retired }
        guard let id else { throw .missing("id", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let organisationID else { throw .missing("organisationID", at: start) }
        self.init(
            id: id, name: name, organisationID: organisationID, relationship: relationship ?? .heldByCommunity,
            employment: employment ?? .employed, hasLimitedMobility: hasLimitedMobility ?? false,
            birthDate: birthDate, events: events ?? [], duesPayments: duesPayments ?? [],
            voluntaryPayments: voluntaryPayments ?? [])
    }

    /// The failure for the first of the ``Version1Keys``, in their order, among an object's keys,
    /// if it has one.
    private static func retiredField(among keys: [(key: String, offset: Int)]) -> ReadFailure? {
        for retired in Version1Keys.allCases {
            guard let found = keys.first(where: { $0.key == retired.rawValue }) else { continue }
            let problem = InterchangeError.Problem.retiredField(
                version: version1Fields.version, replacedBy: version1Fields.replacement)
            return ReadFailure(problem, at: found.offset).inside(.key(found.key))
        }
        return nil
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("birthDate", birthDate)
        writer.field("duesPayments", duesPayments)
        writer.field("employment", employment)
        writer.field("events", events)
        writer.field("hasLimitedMobility", hasLimitedMobility)
        writer.field("id", id)
        writer.field("name", name)
        writer.field("organisationID", organisationID)
        writer.field("relationship", relationship)
        writer.field("voluntaryPayments", voluntaryPayments)
        writer.endObject()
    }
}
