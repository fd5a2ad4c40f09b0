// A community's workers, their trainings and pay, and the yearly figures about them, in the
// interchange format.

extension Education: InterchangeCode {}

extension Certificate.Level: InterchangeCode {}

extension CommunityWorker.Role: InterchangeCode {}

extension Training.Level: InterchangeCode {}

extension CommunityWorker: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: WorkerID?
        var name: String?
        var roles: [Role]?
        var birthDate: CalendarDate?
        var education: Education?
        var isStudyingForDegree: Bool?
        var certificate: Certificate?
        var isFullTime: Bool?
        var startedOn: CalendarDate?
        var trainings: [Training]?
        var annualPay: [AnnualPay]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "name": try reader.readRequired(&name)
            case "roles": try reader.read(&roles)
            case "birthDate": try reader.readRequired(&birthDate)
            case "education": try reader.read(&education)
            case "isStudyingForDegree": try reader.read(&isStudyingForDegree)
            case "certificate": try reader.read(&certificate)
            case "isFullTime": try reader.read(&isFullTime)
            case "startedOn": try reader.read(&startedOn)
            case "trainings": try reader.read(&trainings)
            case "annualPay": try reader.read(&annualPay)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let birthDate else { throw .missing("birthDate", at: start) }
        self.init(
            id: id, name: name, roles: Set(roles ?? []), birthDate: birthDate,
            education: education ?? .seniorSecondary, isStudyingForDegree: isStudyingForDegree ?? false,
            certificate: certificate, isFullTime: isFullTime ?? true, startedOn: startedOn, trainings: trainings ?? [],
            annualPay: annualPay ?? [])
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("annualPay", annualPay)
        writer.field("birthDate", birthDate)
        writer.field("certificate", certificate)
        writer.field("education", education)
        writer.field("id", id)
        writer.field("isFullTime", isFullTime)
        writer.field("isStudyingForDegree", isStudyingForDegree)
        writer.field("name", name)
        writer.field("roles", rolesInOrder)
        writer.field("startedOn", startedOn)
        writer.field("trainings", trainings)
        writer.endObject()
    }
}

extension AnnualPay: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var amount: Money?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "amount": try reader.readRequired(&amount)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let amount else { throw .missing("amount", at: start) }
        self.init(year: year, amount: amount)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("year", year)
        writer.endObject()
    }
}

extension Certificate: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var level: Level?
        var obtainedOn: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "level": try reader.readRequired(&level)
            case "obtainedOn": try reader.readRequired(&obtainedOn)
            default: try reader.skipValue()
            }
        }
        guard let level else { throw .missing("level", at: start) }
        guard let obtainedOn else { throw .missing("obtainedOn", at: start) }
        self.init(level: level, obtainedOn: obtainedOn)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("level", level)
        writer.field("obtainedOn", obtainedOn)
        writer.endObject()
    }
}

extension Training: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var title: String?
        var level: Level?
        var isCentralised: Bool?
        var startDate: CalendarDate?
        var days: Days?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "title": try reader.readRequired(&title)
            case "level": try reader.readRequired(&level)
            case "isCentralised": try reader.read(&isCentralised)
            case "startDate": try reader.readRequired(&startDate)
            case "days": try reader.readRequired(&days)
            default: try reader.skipValue()
            }
        }
        guard let title else { throw .missing("title", at: start) }
        guard let level else { throw .missing("level", at: start) }
        guard let startDate else { throw .missing("startDate", at: start) }
        guard let days else { throw .missing("days", at: start) }
        self.init(title: title, level: level, isCentralised: isCentralised ?? true, startDate: startDate, days: days)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("days", days)
        writer.field("isCentralised", isCentralised)
        writer.field("level", level)
        writer.field("startDate", startDate)
        writer.field("title", title)
        writer.endObject()
    }
}

extension SecretaryQualificationRecord: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var hasAssociateDegreeOrHigher: Bool?
        var hasCertificate: Bool?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "hasAssociateDegreeOrHigher": try reader.readRequired(&hasAssociateDegreeOrHigher)
            case "hasCertificate": try reader.readRequired(&hasCertificate)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let hasAssociateDegreeOrHigher else { throw .missing("hasAssociateDegreeOrHigher", at: start) }
        guard let hasCertificate else { throw .missing("hasCertificate", at: start) }
        self.init(year: year, hasAssociateDegreeOrHigher: hasAssociateDegreeOrHigher, hasCertificate: hasCertificate)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("hasAssociateDegreeOrHigher", hasAssociateDegreeOrHigher)
        writer.field("hasCertificate", hasCertificate)
        writer.field("year", year)
        writer.endObject()
    }
}

extension AverageWage: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var amount: Money?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "amount": try reader.readRequired(&amount)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let amount else { throw .missing("amount", at: start) }
        self.init(year: year, amount: amount)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("year", year)
        writer.endObject()
    }
}
