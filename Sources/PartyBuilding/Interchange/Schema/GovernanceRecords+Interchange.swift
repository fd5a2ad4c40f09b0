// The dated records of a community's governance: delegated tasks, the office share and disclosure
// of funds, recruitment, the secretary's reports, the one-stop hall, surveys, training coverage and
// household participation. All synthesized `Codable`: every field that is not optional is required
// and every optional is omitted when nil.

extension DelegatedTask: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var title: String?
        var delegatedBy: String?
        var delegatedOn: CalendarDate?
        var funding: Money?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "title": try reader.readRequired(&title)
            case "delegatedBy": try reader.readRequired(&delegatedBy)
            case "delegatedOn": try reader.readRequired(&delegatedOn)
            case "funding": try reader.read(&funding)
            default: try reader.skipValue()
            }
        }
        guard let title else { throw .missing("title", at: start) }
        guard let delegatedBy else { throw .missing("delegatedBy", at: start) }
        guard let delegatedOn else { throw .missing("delegatedOn", at: start) }
        self.init(title: title, delegatedBy: delegatedBy, delegatedOn: delegatedOn, funding: funding)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("delegatedBy", delegatedBy)
        writer.field("delegatedOn", delegatedOn)
        writer.field("funding", funding)
        writer.field("title", title)
        writer.endObject()
    }
}

extension OfficeFundShare: InterchangeReadable, InterchangeWritable {
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

extension FundDisclosure.Fund: InterchangeCode {}

extension FundDisclosure: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var date: CalendarDate?
        var funds: [Fund]?
        var means: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "date": try reader.readRequired(&date)
            case "funds": try reader.readRequired(&funds)
            case "means": try reader.readRequired(&means)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let date else { throw .missing("date", at: start) }
        guard let funds else { throw .missing("funds", at: start) }
        guard let means else { throw .missing("means", at: start) }
        self.init(year: year, date: date, funds: funds, means: means)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("funds", funds)
        writer.field("means", means)
        writer.field("year", year)
        writer.endObject()
    }
}

extension WorkerRecruitment.Level: InterchangeCode {}

extension WorkerRecruitment: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var workerID: WorkerID?
        var date: CalendarDate?
        var organisedBy: Level?
        var organiser: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "workerID": try reader.readRequired(&workerID)
            case "date": try reader.readRequired(&date)
            case "organisedBy": try reader.readRequired(&organisedBy)
            case "organiser": try reader.readRequired(&organiser)
            default: try reader.skipValue()
            }
        }
        guard let workerID else { throw .missing("workerID", at: start) }
        guard let date else { throw .missing("date", at: start) }
        guard let organisedBy else { throw .missing("organisedBy", at: start) }
        guard let organiser else { throw .missing("organiser", at: start) }
        self.init(workerID: workerID, date: date, organisedBy: organisedBy, organiser: organiser)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("organisedBy", organisedBy)
        writer.field("organiser", organiser)
        writer.field("workerID", workerID)
        writer.endObject()
    }
}

extension SecretaryReport.Audience: InterchangeCode {}

extension SecretaryReport: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var date: CalendarDate?
        var audience: Audience?
        var reference: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "date": try reader.readRequired(&date)
            case "audience": try reader.readRequired(&audience)
            case "reference": try reader.read(&reference)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let date else { throw .missing("date", at: start) }
        guard let audience else { throw .missing("audience", at: start) }
        self.init(year: year, date: date, audience: audience, reference: reference)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("audience", audience)
        writer.field("date", date)
        writer.field("reference", reference)
        writer.field("year", year)
        writer.endObject()
    }
}

extension OneStopPost: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var workerID: WorkerID?
        var post: String?
        var since: CalendarDate?
        var until: CalendarDate?
        var wearsNameBadge: Bool?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "workerID": try reader.readRequired(&workerID)
            case "post": try reader.readRequired(&post)
            case "since": try reader.readRequired(&since)
            case "until": try reader.read(&until)
            case "wearsNameBadge": try reader.readRequired(&wearsNameBadge)
            default: try reader.skipValue()
            }
        }
        guard let workerID else { throw .missing("workerID", at: start) }
        guard let post else { throw .missing("post", at: start) }
        guard let since else { throw .missing("since", at: start) }
        guard let wearsNameBadge else { throw .missing("wearsNameBadge", at: start) }
        self.init(workerID: workerID, post: post, since: since, until: until, wearsNameBadge: wearsNameBadge)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("post", post)
        writer.field("since", since)
        writer.field("until", until)
        writer.field("wearsNameBadge", wearsNameBadge)
        writer.field("workerID", workerID)
        writer.endObject()
    }
}

extension SatisfactionSurvey: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var respondents: Int?
        var satisfied: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "respondents": try reader.readRequired(&respondents)
            case "satisfied": try reader.readRequired(&satisfied)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        guard let respondents else { throw .missing("respondents", at: start) }
        guard let satisfied else { throw .missing("satisfied", at: start) }
        self.init(date: date, respondents: respondents, satisfied: satisfied)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("respondents", respondents)
        writer.field("satisfied", satisfied)
        writer.endObject()
    }
}

extension TrainingCoverage: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var members: Int?
        var trained: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "members": try reader.readRequired(&members)
            case "trained": try reader.readRequired(&trained)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let members else { throw .missing("members", at: start) }
        guard let trained else { throw .missing("trained", at: start) }
        self.init(year: year, members: members, trained: trained)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("members", members)
        writer.field("trained", trained)
        writer.field("year", year)
        writer.endObject()
    }
}

extension HouseholdParticipation: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var campaign: String?
        var households: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "campaign": try reader.readRequired(&campaign)
            case "households": try reader.readRequired(&households)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let campaign else { throw .missing("campaign", at: start) }
        guard let households else { throw .missing("households", at: start) }
        self.init(year: year, campaign: campaign, households: households)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("campaign", campaign)
        writer.field("households", households)
        writer.field("year", year)
        writer.endObject()
    }
}
