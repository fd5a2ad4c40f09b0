// The admission pipeline (发展党员) in the interchange format: an applicant and the record of each step.

extension DevelopmentStage: InterchangeCode {}

extension Approval.Level: InterchangeCode {}

extension Applicant: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: ApplicantID?
        var name: String?
        var birthDate: CalendarDate?
        var organisationID: OrganisationID?
        var memberID: MemberID?
        var applied: CalendarDate?
        var talk: CalendarDate?
        var activist: ActivistDesignation?
        var target: TargetDesignation?
        var politicalReview: PoliticalReview?
        var training: IntensiveTraining?
        var preReview: CalendarDate?
        var leavingOn: CalendarDate?
        var vote: BranchVote?
        var approval: Approval?
        var oath: CalendarDate?
        var probation: ProbationDecisions?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "name": try reader.readRequired(&name)
            case "birthDate": try reader.read(&birthDate)
            case "organisationID": try reader.readRequired(&organisationID)
            case "memberID": try reader.read(&memberID)
            case "applied": try reader.readRequired(&applied)
            case "talk": try reader.read(&talk)
            case "activist": try reader.read(&activist)
            case "target": try reader.read(&target)
            case "politicalReview": try reader.read(&politicalReview)
            case "training": try reader.read(&training)
            case "preReview": try reader.read(&preReview)
            case "leavingOn": try reader.read(&leavingOn)
            case "vote": try reader.read(&vote)
            case "approval": try reader.read(&approval)
            case "oath": try reader.read(&oath)
            case "probation": try reader.read(&probation)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let organisationID else { throw .missing("organisationID", at: start) }
        guard let applied else { throw .missing("applied", at: start) }
        self.init(
            id: id, name: name, organisationID: organisationID, applied: applied, birthDate: birthDate,
            memberID: memberID)
        self.talk = talk
        self.activist = activist
        self.target = target
        self.politicalReview = politicalReview
        self.training = training
        self.preReview = preReview
        self.leavingOn = leavingOn
        self.vote = vote
        self.approval = approval
        self.oath = oath
        self.probation = probation ?? ProbationDecisions()
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("activist", activist)
        writer.field("applied", applied)
        writer.field("approval", approval)
        writer.field("birthDate", birthDate)
        writer.field("id", id)
        writer.field("leavingOn", leavingOn)
        writer.field("memberID", memberID)
        writer.field("name", name)
        writer.field("oath", oath)
        writer.field("organisationID", organisationID)
        writer.field("politicalReview", politicalReview)
        writer.field("preReview", preReview)
        if probation != ProbationDecisions() { writer.field("probation", probation) }
        writer.field("talk", talk)
        writer.field("target", target)
        writer.field("training", training)
        writer.field("vote", vote)
        writer.endObject()
    }
}

extension ActivistDesignation: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var contacts: [MemberID]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "contacts": try reader.readRequired(&contacts)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        guard let contacts else { throw .missing("contacts", at: start) }
        self.init(date: date, contacts: contacts)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("contacts", contacts)
        writer.field("date", date)
        writer.endObject()
    }
}

extension TargetDesignation: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var filedOn: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "filedOn": try reader.read(&filedOn)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        self.init(date: date, filedOn: filedOn)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("filedOn", filedOn)
        writer.endObject()
    }
}

extension PoliticalReview: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var passed: Bool?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "passed": try reader.readRequired(&passed)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        guard let passed else { throw .missing("passed", at: start) }
        self.init(date: date, passed: passed)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("passed", passed)
        writer.endObject()
    }
}

extension IntensiveTraining: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var days: Days?
        var classHours: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "days": try reader.read(&days)
            case "classHours": try reader.read(&classHours)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        self.init(date: date, days: days, classHours: classHours)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("classHours", classHours)
        writer.field("date", date)
        writer.field("days", days)
        writer.endObject()
    }
}

extension BranchVote: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var entitled: Int?
        var present: Int?
        var yes: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "entitled": try reader.readRequired(&entitled)
            case "present": try reader.readRequired(&present)
            case "yes": try reader.readRequired(&yes)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        guard let entitled else { throw .missing("entitled", at: start) }
        guard let present else { throw .missing("present", at: start) }
        guard let yes else { throw .missing("yes", at: start) }
        self.init(date: date, entitled: entitled, present: present, yes: yes)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("entitled", entitled)
        writer.field("present", present)
        writer.field("yes", yes)
        writer.endObject()
    }
}

extension Approval: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var approver: String?
        var level: Level?
        var approved: Bool?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "approver": try reader.readRequired(&approver)
            case "level": try reader.readRequired(&level)
            case "approved": try reader.readRequired(&approved)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        guard let approver else { throw .missing("approver", at: start) }
        guard let level else { throw .missing("level", at: start) }
        guard let approved else { throw .missing("approved", at: start) }
        self.init(date: date, approver: approver, level: level, approved: approved)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("approved", approved)
        writer.field("approver", approver)
        writer.field("date", date)
        writer.field("level", level)
        writer.endObject()
    }
}

extension ProbationDecisions: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        var extended: ProbationExtension?
        var fullMembership: CalendarDate?
        var disqualified: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "extended": try reader.read(&extended)
            case "fullMembership": try reader.read(&fullMembership)
            case "disqualified": try reader.read(&disqualified)
            default: try reader.skipValue()
            }
        }
        self.init(extended: extended, fullMembership: fullMembership, disqualified: disqualified)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("disqualified", disqualified)
        writer.field("extended", extended)
        writer.field("fullMembership", fullMembership)
        writer.endObject()
    }
}

extension ProbationExtension: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var date: CalendarDate?
        var months: Int?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "date": try reader.readRequired(&date)
            case "months": try reader.readRequired(&months)
            default: try reader.skipValue()
            }
        }
        guard let date else { throw .missing("date", at: start) }
        guard let months else { throw .missing("months", at: start) }
        self.init(date: date, months: months)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("date", date)
        writer.field("months", months)
        writer.endObject()
    }
}
