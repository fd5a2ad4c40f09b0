// The records of a community's Party life other than meetings, members and the events of a
// membership (Meeting+Interchange.swift, Member+Interchange.swift, MembershipEvent+Interchange.swift):
// dues, groups, elections, receptions, points and claimed tasks, read and written as their
// `Codable` conformances do.

extension TaskClaim: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var unit: String?
        var task: String?
        var claimedOn: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "unit": try reader.readRequired(&unit)
            case "task": try reader.readRequired(&task)
            case "claimedOn": try reader.readRequired(&claimedOn)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let unit else { throw .missing("unit", at: start) }
        guard let task else { throw .missing("task", at: start) }
        guard let claimedOn else { throw .missing("claimedOn", at: start) }
        self.init(year: year, unit: unit, task: task, claimedOn: claimedOn)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("claimedOn", claimedOn)
        writer.field("task", task)
        writer.field("unit", unit)
        writer.field("year", year)
        writer.endObject()
    }
}

extension PartyGroup: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: PartyGroupID?
        var organisationID: OrganisationID?
        var name: String?
        var leaderID: MemberID?
        var memberIDs: [MemberID]?
        var founded: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "organisationID": try reader.readRequired(&organisationID)
            case "name": try reader.readRequired(&name)
            case "leaderID": try reader.read(&leaderID)
            case "memberIDs": try reader.read(&memberIDs)
            case "founded": try reader.read(&founded)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let organisationID else { throw .missing("organisationID", at: start) }
        guard let name else { throw .missing("name", at: start) }
        self.init(
            id: id, organisationID: organisationID, name: name, leaderID: leaderID, memberIDs: memberIDs ?? [],
            founded: founded)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("founded", founded)
        writer.field("id", id)
        writer.field("leaderID", leaderID)
        writer.field("memberIDs", memberIDs)
        writer.field("name", name)
        writer.field("organisationID", organisationID)
        writer.endObject()
    }
}

extension CommitteeElection: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var organisationID: OrganisationID?
        var date: CalendarDate?
        var committeeMemberIDs: [MemberID]?
        var termYears: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "organisationID": try reader.readRequired(&organisationID)
            case "date": try reader.readRequired(&date)
            case "committeeMemberIDs": try reader.read(&committeeMemberIDs)
            case "termYears": try reader.read(&termYears)
            default: try reader.skipValue()
            }
        }
        guard let organisationID else { throw .missing("organisationID", at: start) }
        guard let date else { throw .missing("date", at: start) }
        self.init(
            organisationID: organisationID, date: date, committeeMemberIDs: committeeMemberIDs ?? [],
            termYears: termYears ?? 5)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("committeeMemberIDs", committeeMemberIDs)
        writer.field("date", date)
        writer.field("organisationID", organisationID)
        writer.field("termYears", termYears)
        writer.endObject()
    }
}

extension ReceptionDay: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var receivedBy: String?
        var visitors: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "receivedBy": try reader.readRequired(&receivedBy)
            case "visitors": try reader.read(&visitors)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        guard let receivedBy else { throw .missing("receivedBy", at: start) }
        self.init(date: date, receivedBy: receivedBy, visitors: visitors)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("receivedBy", receivedBy)
        writer.field("visitors", visitors)
        writer.endObject()
    }
}

extension PointsAssessment: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var memberID: MemberID?
        var year: Int?
        var points: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "memberID": try reader.readRequired(&memberID)
            case "year": try reader.readRequired(&year)
            case "points": try reader.readRequired(&points)
            default: try reader.skipValue()
            }
        }
        guard let memberID else { throw .missing("memberID", at: start) }
        guard let year else { throw .missing("year", at: start) }
        guard let points else { throw .missing("points", at: start) }
        self.init(memberID: memberID, year: year, points: points)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("memberID", memberID)
        writer.field("points", points)
        writer.field("year", year)
        writer.endObject()
    }
}

// MARK: Dues

extension DuesBase.FlatCategory: InterchangeCode {}

extension DuesBase: InterchangeReadable, InterchangeWritable {
    /// The keys that name a base's case, in the order the conformance's message lists them.
    private static let caseKeys = ["wage", "pension", "flat"]

    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        let object = reader
        var wage: Money?
        var pension: Money?
        var flat: FlatCategory?
        do throws(ReadFailure) {
            try reader.readObject { reader, key throws(ReadFailure) in
                switch key {
                case "wage": try reader.readRequired(&wage)
                case "pension": try reader.readRequired(&pension)
                case "flat": try reader.readRequired(&flat)
                default: try reader.skipValue()
                }
            }
        } catch {
            // The conformance counts the keys before it reads the one value.
            guard !error.isSyntax else { throw error }
            let keys = Set(try object.objectKeys().map(\.key))
            guard Self.caseKeys.count(where: keys.contains) != 1 else { throw error }
            throw Self.notOneKey(at: start)
        }
        switch (wage, pension, flat) {
        case (let wage?, nil, nil): self = .wage(wage)
        case (nil, let pension?, nil): self = .pension(pension)
        case (nil, nil, let flat?): self = .flat(flat)
        default: throw Self.notOneKey(at: start)
        }
    }

    /// The failure for an object with none or several of ``caseKeys``, in the words of
    /// `KeyedDecodingContainer.onlyKey(of:among:at:)`.
    private static func notOneKey(at offset: Int) -> ReadFailure {
        .invalid("a dues base is an object with exactly one key: wage, pension or flat", at: offset)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        switch self {
        case .wage(let amount): writer.field("wage", amount)
        case .pension(let amount): writer.field("pension", amount)
        case .flat(let category): writer.field("flat", category)
        }
        writer.endObject()
    }
}

extension DuesPayment: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var month: CalendarMonth?
        var base: DuesBase?
        var baseOffset = start
        var amount: Money?
        var paidOn: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "month": try reader.readRequired(&month)
            case "base":
                if base == nil { baseOffset = reader.offset }
                try reader.readRequired(&base)
            case "amount": try reader.readRequired(&amount)
            case "paidOn": try reader.readRequired(&paidOn)
            default: try reader.skipValue()
            }
        }
        guard let base else { throw .missing("base", at: start) }
        guard Self.holds(base) else {
            throw ReadFailure.invalid(Self.baseBeyondLimit, at: baseOffset).inside(.key("base"))
        }
        guard let month else { throw .missing("month", at: start) }
        guard let amount else { throw .missing("amount", at: start) }
        guard let paidOn else { throw .missing("paidOn", at: start) }
        self.init(month: month, base: base, amount: amount, paidOn: paidOn)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("base", base)
        writer.field("month", month)
        writer.field("paidOn", paidOn)
        writer.endObject()
    }
}

extension VoluntaryDuesPayment: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var amount: Money?
        var paidOn: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "amount": try reader.readRequired(&amount)
            case "paidOn": try reader.readRequired(&paidOn)
            default: try reader.skipValue()
            }
        }
        guard let amount else { throw .missing("amount", at: start) }
        guard let paidOn else { throw .missing("paidOn", at: start) }
        self.init(amount: amount, paidOn: paidOn)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("paidOn", paidOn)
        writer.endObject()
    }
}

// MARK: Looking again at an object

extension JSONReader {
    /// The keys of the object at the reader's offset, each with the offset of its value, read
    /// without keeping the values and without moving this reader: to look again at an object whose
    /// reading failed, for a fault its `Decodable` conformance checks before it reads any value (a
    /// retired field, a one-key object's keys).
    func objectKeys() throws(ReadFailure) -> [(key: String, offset: Int)] {
        var probe = self
        var keys: [(key: String, offset: Int)] = []
        try probe.readObject { reader, key throws(ReadFailure) in
            keys.append((key.text, reader.offset))
            try reader.skipValue()
        }
        return keys
    }
}
