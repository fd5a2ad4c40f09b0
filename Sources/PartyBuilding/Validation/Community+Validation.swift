extension Community {
    /// Checks that nothing in the records can be wrong for an audit on `date`.
    ///
    /// Rejected: negative counts, amounts or areas, or values above ``ValidationLimits`` (so that no audit
    /// sum can overflow); a work-and-activity room area above the service
    /// space, or a Party-use area above the rooms it is part of; a training of zero or negative days;
    /// a birth date after `date`; a probationary headcount above the total; empty or repeated IDs; a
    /// reference to an organisation or residents' committee the community does not have; organisations
    /// that are each other's parents; an organisation with both a headcount and member records (its
    /// members would be counted twice); the same year recorded twice for a wage, a pay or a ledger; an
    /// exception whose reason or approver is blank, or that ends before it was approved; an organisation
    /// dissolved before it was founded. In the records of Party life: a meeting, election or group
    /// outside its organisation's lifetime; a reference to an organisation, group or member the
    /// community does not have; an attendee, lecturer, side of a talk or committee member who was not
    /// a member on the day; a member listed twice in one meeting; leave without a reason or approver;
    /// membership events out of order or contradicting each other; dues payments out of month order or
    /// negative. (A non-finite area is rejected when the ``Area`` is made.) Records dated after `date`
    /// are accepted: an audit of an earlier day judges only the periods complete on it. The governance
    /// records are checked as ``validateGovernance(_:memberIDs:)`` says, the pipeline of admission as
    /// ``validateDevelopment(_:memberIDs:)`` says.
    /// - Throws: ``ValidationError`` naming the first bad record and field.
    public func validate(on date: CalendarDate) throws(ValidationError) {
        var check = Checker(community: id)
        try check.nonEmptyID(id.rawValue, .community(id), "id")
        let lists: [(String, Int)] = [
            ("residentsCommittees", residentsCommittees?.count ?? 0), ("fundGrants", fundGrants.count),
            ("localAverageWages", localAverageWages.count), ("organisations", organisations.count),
            ("members", members.count), ("workers", workers.count),
            ("secretaryQualifications", secretaryQualifications.count), ("exceptions", exceptions.count),
        ]
        for (field, count) in lists { try check.records(count, .community(id), field) }
        try check.count(households ?? 0, .community(id), "households")
        try check.count(residents ?? 0, .community(id), "residents")
        try check.count(registeredResidents ?? 0, .community(id), "registeredResidents")
        try check.area(residentialFloorArea ?? .zero, .community(id), "residentialFloorArea")
        try check.area(serviceSpace ?? .zero, .community(id), "serviceSpace")
        try check.area(workAndActivityRoomArea ?? .zero, .community(id), "workAndActivityRoomArea")
        try check.area(partyUseArea ?? .zero, .community(id), "partyUseArea")
        if let rooms = workAndActivityRoomArea, let space = serviceSpace, rooms > space {
            throw check.error(.community(id), "workAndActivityRoomArea", .exceeds("serviceSpace"))
        }
        if let partyUse = partyUseArea, let rooms = workAndActivityRoomArea, partyUse > rooms {
            throw check.error(.community(id), "partyUseArea", .exceeds("workAndActivityRoomArea"))
        }
        for (index, grant) in fundGrants.enumerated() {
            try check.amount(grant.amount, .community(id), "fundGrants[\(index)].amount")
        }
        var wageYears = Set<Int>()
        for (index, wage) in localAverageWages.enumerated() {
            try check.amount(wage.amount, .community(id), "localAverageWages[\(index)].amount")
            if !wageYears.insert(wage.year).inserted {
                throw check.error(.community(id), "localAverageWages[\(index)].year", .duplicateYear(wage.year))
            }
        }
        var ledgerYears = Set<Int>()
        for (index, record) in secretaryQualifications.enumerated() where !ledgerYears.insert(record.year).inserted {
            throw check.error(.community(id), "secretaryQualifications[\(index)].year", .duplicateYear(record.year))
        }

        var committees = Set<ResidentsCommitteeID>()
        for committee in residentsCommittees ?? [] {
            try check.unique(committee.id.rawValue, in: &committees, committee.id, .residentsCommittee(committee.id))
        }
        try validateOrganisations(&check, committees: committees)
        let memberIDs = IDTable(count: members.count) { members[$0].id.rawValue }
        try validateMembers(&check, on: date, index: memberIDs)
        try validateWorkers(&check, on: date)
        try validatePartyLife(&check, index: memberIDs)
        try validateGovernance(&check, memberIDs: memberIDs)
        try validateDevelopment(&check, memberIDs: memberIDs)
        for (index, exception) in exceptions.enumerated() {
            if exception.reason.isBlank { throw check.error(.community(id), "exceptions[\(index)].reason", .empty) }
            if exception.approver.isBlank {
                throw check.error(.community(id), "exceptions[\(index)].approver", .empty)
            }
            if let until = exception.validUntil, until < exception.approvedOn {
                throw check.error(.community(id), "exceptions[\(index)].validUntil", .endsBeforeStart("approvedOn"))
            }
        }
    }

    private func validateOrganisations(_ check: inout Checker, committees: Set<ResidentsCommitteeID>)
        throws(ValidationError)
    {
        var ids = Set<OrganisationID>()
        for organisation in organisations {
            try check.unique(organisation.id.rawValue, in: &ids, organisation.id, .organisation(organisation.id))
        }
        var parents: [OrganisationID: OrganisationID] = [:]
        for organisation in organisations {
            let subject = Subject.organisation(organisation.id)
            if let parent = organisation.parentID {
                guard ids.contains(parent) else {
                    throw check.error(subject, "parentID", .unknownReference(parent.rawValue))
                }
                parents[organisation.id] = parent
            }
            if let founded = organisation.founded, let dissolved = organisation.dissolved, dissolved < founded {
                throw check.error(subject, "dissolved", .endsBeforeStart("founded"))
            }
            if let committee = organisation.residentsCommitteeID, !committees.contains(committee) {
                throw check.error(subject, "residentsCommitteeID", .unknownReference(committee.rawValue))
            }
            if let headcount = organisation.headcount {
                try check.count(headcount.total, subject, "headcount.total")
                try check.count(headcount.probationary, subject, "headcount.probationary")
                if headcount.probationary > headcount.total {
                    throw check.error(subject, "headcount.probationary", .exceeds("headcount.total"))
                }
            }
        }
        for organisation in organisations {
            var current = organisation.parentID
            var steps = 0
            while let ancestor = current {
                steps += 1
                if ancestor == organisation.id || steps > organisations.count {
                    throw check.error(.organisation(organisation.id), "parentID", .cycle)
                }
                current = parents[ancestor]
            }
        }
    }

    private func validateMembers(_ check: inout Checker, on date: CalendarDate, index memberIDs: IDTable)
        throws(ValidationError)
    {
        let organisationIDs = Set(organisations.map(\.id))
        if let repeated = memberIDs.firstRepeat {
            let id = members[repeated].id
            throw check.error(.member(id), "id", .duplicateOrEmptyID(id.rawValue))
        }
        let counted = Set(organisations.lazy.filter { $0.headcount != nil }.map(\.id))
        var lastKnown: OrganisationID?
        // Members are read in place, by index: copying each one would retain its name and its lists.
        for position in members.indices {
            let id = members[position].id
            let organisation = members[position].organisationID
            try check.nonEmptyID(id.rawValue, .member(id), "id")
            if organisation != lastKnown {
                guard organisationIDs.contains(organisation) else {
                    throw check.error(.member(id), "organisationID", .unknownReference(organisation.rawValue))
                }
                // One source of membership: an organisation counted by a headcount has no member records.
                if counted.contains(organisation) {
                    throw check.error(.organisation(organisation), "headcount", .countedTwice(id.rawValue))
                }
                lastKnown = organisation
            }
            if let birth = members[position].birthDate, birth > date {
                throw check.error(.member(id), "birthDate", .afterAuditDate(date))
            }
        }
        // Every count of members an audit forms stays within the limit (rates times members stay exact).
        var membership = members.count
        for organisation in organisations {
            membership += organisation.headcount?.total ?? 0
            if membership > ValidationLimits.maximumCount {
                throw check.error(
                    .organisation(organisation.id), "headcount.total",
                    .tooLarge("\(ValidationLimits.maximumCount) members in a community"))
            }
        }
    }

    private func validateWorkers(_ check: inout Checker, on date: CalendarDate) throws(ValidationError) {
        var ids = Set<WorkerID>()
        for worker in workers {
            let subject = Subject.worker(worker.id)
            try check.unique(worker.id.rawValue, in: &ids, worker.id, subject)
            try check.records(worker.trainings.count, subject, "trainings")
            try check.records(worker.annualPay.count, subject, "annualPay")
            if worker.birthDate > date { throw check.error(subject, "birthDate", .afterAuditDate(date)) }
            for (index, training) in worker.trainings.enumerated() {
                if training.days <= .zero { throw check.error(subject, "trainings[\(index)].days", .mustBePositive) }
                if training.days > ValidationLimits.maximumTrainingDays {
                    throw check.error(
                        subject, "trainings[\(index)].days", .tooLarge(ValidationLimits.maximumTrainingDays.description)
                    )
                }
            }
            var years = Set<Int>()
            for (index, pay) in worker.annualPay.enumerated() {
                try check.amount(pay.amount, subject, "annualPay[\(index)].amount")
                if !years.insert(pay.year).inserted {
                    throw check.error(subject, "annualPay[\(index)].year", .duplicateYear(pay.year))
                }
            }
        }
    }
}

/// Builds the errors of one community's validation. A field's path is an autoclosure, so that the
/// text of the path is made only for an error, not for every payment checked.
struct Checker {
    let community: CommunityID

    func error(_ record: Subject, _ field: String, _ problem: ValidationError.Problem) -> ValidationError {
        ValidationError(community: community, record: record, field: field, problem: problem)
    }

    func count(_ value: Int, _ record: Subject, _ field: @autoclosure () -> String) throws(ValidationError) {
        if value < 0 { throw error(record, field(), .negative) }
        if value > ValidationLimits.maximumCount {
            throw error(record, field(), .tooLarge(String(ValidationLimits.maximumCount)))
        }
    }

    /// Checks the length of a list of records.
    func records(_ count: Int, _ record: Subject, _ field: @autoclosure () -> String) throws(ValidationError) {
        if count > ValidationLimits.maximumRecords {
            throw error(record, field(), .tooLarge("\(ValidationLimits.maximumRecords) records"))
        }
    }

    func area(_ value: Area, _ record: Subject, _ field: @autoclosure () -> String) throws(ValidationError) {
        if value < .zero { throw error(record, field(), .negative) }
        if value > ValidationLimits.maximumArea {
            throw error(record, field(), .tooLarge(ValidationLimits.maximumArea.description))
        }
    }

    func amount(_ value: Money, _ record: Subject, _ field: @autoclosure () -> String) throws(ValidationError) {
        if value < .zero { throw error(record, field(), .negative) }
        if value > ValidationLimits.maximumAmount {
            throw error(record, field(), .tooLarge(ValidationLimits.maximumAmount.description + " CNY"))
        }
    }

    func nonEmptyID(_ id: String, _ record: Subject, _ field: @autoclosure () -> String) throws(ValidationError) {
        if id.isEmpty { throw error(record, field(), .duplicateOrEmptyID(id)) }
    }

    func unique<ID: Hashable>(_ text: String, in seen: inout Set<ID>, _ id: ID, _ record: Subject)
        throws(ValidationError)
    {
        if text.isEmpty || !seen.insert(id).inserted { throw error(record, "id", .duplicateOrEmptyID(text)) }
    }
}

extension String {
    /// Whether the text holds nothing but white space, control or invisible format characters (such as
    /// a zero-width space): a reason or an approver that says nothing.
    ///
    /// Printable ASCII and the CJK ideographs answer without a lookup of the character's properties.
    var isBlank: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x21...0x7E, 0x3400...0x9FFF: false
            default:
                scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
                    || scalar.properties.generalCategory == .control
            }
        }
    }
}
