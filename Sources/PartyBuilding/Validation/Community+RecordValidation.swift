extension Community {
    /// Checks the records of Party life over time: meetings and their attendance, reception days,
    /// elections, Party groups, points, task claims, and each member's events and payments.
    ///
    /// Records dated after the audit date are accepted: an audit of an earlier day judges only the periods
    /// complete on it, and a member's status on a day ignores later events.
    ///
    /// Rejected, each naming the record and field: a meeting, an
    /// election or a group before its organisation was founded or a meeting after it was dissolved; a
    /// reference to an organisation, group or member the community does not have; an attendee, a
    /// lecturer, a side of a talk or a committee member who was not a member on the day; one member
    /// listed twice in a meeting; leave without a reason or an approver; a Party-group meeting without
    /// its group; membership events out of order or contradicting each other (made full before
    /// admission, transferred out twice, any event while not a member); dues payments out of month
    /// order, negative, or above ``ValidationLimits/maximumAmount``; a voluntary payment of zero or
    /// less; a term of zero years or less; the same member's points twice in a year.
    ///
    /// Left to the rules, which report them as findings citing their clauses: payments for months
    /// when the person was not a member, two payments for one month, amounts that differ from the
    /// dues owed.
    func validatePartyLife(_ check: inout Checker, index memberIDs: IDTable)
        throws(ValidationError)
    {
        let lists: [(String, Int)] = [
            ("meetings", meetings.count), ("receptionDays", receptionDays.count), ("elections", elections.count),
            ("partyGroups", partyGroups.count), ("pointsAssessments", pointsAssessments.count),
            ("taskClaims", taskClaims.count),
        ]
        for (field, count) in lists { try check.records(count, .community(id), field) }
        let lookup = MemberLookup(members: members, table: memberIDs)
        for position in members.indices { try validateHistory(of: position, &check) }
        let groupIDs = try validateGroups(&check, lookup)
        try validateMeetings(&check, lookup, groups: groupIDs)
        try validateElections(&check, lookup)
        for (index, day) in receptionDays.enumerated() {
            func field(_ name: String) -> String { "receptionDays[\(index)]" + name }
            if day.receivedBy.isBlank { throw check.error(.community(id), field(".receivedBy"), .empty) }
            if let visitors = day.visitors { try check.count(visitors, .community(id), field(".visitors")) }
        }
        // A member's year, keyed by the member's position: no ID is hashed twice.
        var assessed = Set<PointsAssessmentKey>(minimumCapacity: pointsAssessments.count)
        for (index, assessment) in pointsAssessments.enumerated() {
            func field(_ name: String) -> String { "pointsAssessments[\(index)]" + name }
            guard let position = lookup.position(of: assessment.memberID) else {
                throw check.error(
                    .community(id), field(".memberID"), .unknownReference(assessment.memberID.rawValue))
            }
            if !assessed.insert(PointsAssessmentKey(member: position, year: assessment.year)).inserted {
                throw check.error(.member(assessment.memberID), field(".year"), .duplicateYear(assessment.year))
            }
        }
        for (index, claim) in taskClaims.enumerated() {
            func field(_ name: String) -> String { "taskClaims[\(index)]" + name }
            if claim.unit.isBlank { throw check.error(.community(id), field(".unit"), .empty) }
            if claim.task.isBlank { throw check.error(.community(id), field(".task"), .empty) }
        }
    }

    /// A member's events in order and consistent with each other, and their payments in month order.
    private func validateHistory(of position: Int, _ check: inout Checker) throws(ValidationError) {
        if members[position].events.isEmpty && members[position].duesPayments.isEmpty
            && members[position].voluntaryPayments.isEmpty
        {
            return
        }
        // Read field by field: copying the member would retain its name and its three lists.
        let events = members[position].events
        let payments = members[position].duesPayments
        let voluntaryPayments = members[position].voluntaryPayments
        let subject = Subject.member(members[position].id)
        try check.records(events.count, subject, "events")
        try check.records(payments.count, subject, "duesPayments")
        try check.records(voluntaryPayments.count, subject, "voluntaryPayments")
        var status: Member.Status? = events.contains { $0.kind.beginsMembership } ? nil : .formal
        var previous: CalendarDate?
        for (index, event) in events.enumerated() {
            // Dated events are in order; an undated one happened on a day not recorded, no earlier
            // than the event before it.
            if let day = event.date {
                if let earlier = previous, day < earlier {
                    throw check.error(subject, "events[\(index)].date", .outOfOrder(earlier.iso8601))
                }
                previous = day
            }
            status = try apply(event, to: status, check, subject, "events[\(index)]")
        }
        var lastMonth: CalendarMonth?
        for (index, payment) in payments.enumerated() {
            if let earlier = lastMonth, payment.month < earlier {
                throw check.error(subject, "duesPayments[\(index)].month", .outOfOrder(earlier.description))
            }
            lastMonth = payment.month
            try check.amount(payment.amount, subject, "duesPayments[\(index)].amount")
            switch payment.base {
            case .wage(let amount), .pension(let amount):
                try check.amount(amount, subject, "duesPayments[\(index)].base")
            case .flat: break
            }
        }
        for (index, payment) in voluntaryPayments.enumerated() {
            if payment.amount <= .zero {
                throw check.error(subject, "voluntaryPayments[\(index)].amount", .mustBePositive)
            }
            try check.amount(payment.amount, subject, "voluntaryPayments[\(index)].amount")
        }
    }

    /// The status after an event, or the error of an event that cannot happen to a member of `status`.
    private func apply(
        _ event: MembershipEvent, to status: Member.Status?, _ check: Checker, _ subject: Subject,
        _ place: @autoclosure () -> String
    ) throws(ValidationError) -> Member.Status? {
        func field(_ name: String) -> String { place() + name }
        func contradiction() -> ValidationError {
            check.error(subject, field(".kind"), .contradicts(status?.rawValue ?? "not a member"))
        }
        switch event.kind {
        case .admitted:
            guard status == nil else { throw contradiction() }
            return .probationary
        case .transferredIn(let from, let arriving):
            guard status == nil else { throw contradiction() }
            if from.isBlank { throw check.error(subject, field(".from"), .empty) }
            return arriving
        case .migratedIn(let arriving):
            guard status == nil else { throw contradiction() }
            return arriving
        case .madeFull:
            guard status == .probationary else { throw contradiction() }
            return .formal
        case .probationExtended(let months):
            guard status == .probationary else { throw contradiction() }
            if months <= 0 { throw check.error(subject, field(".months"), .mustBePositive) }
            return status
        case .transferredOut(let to):
            guard status != nil else { throw contradiction() }
            if to.isBlank { throw check.error(subject, field(".to"), .empty) }
            return nil
        case .died, .removed:
            guard status != nil else { throw contradiction() }
            return nil
        case .migratedOut:
            // A blank certificate or contact is the outgoing-migrant rule's finding, not a bad record.
            guard status != nil else { throw contradiction() }
            return status
        case .visited(let by):
            guard status != nil else { throw contradiction() }
            if by.isBlank { throw check.error(subject, field(".by"), .empty) }
            return status
        case .dualManagement(let with):
            guard status != nil else { throw contradiction() }
            if with.isBlank { throw check.error(subject, field(".with"), .empty) }
            return status
        case .enrolled, .migrationEnded:
            guard status != nil else { throw contradiction() }
            return status
        }
    }

    /// Checks the Party groups and returns their IDs.
    private func validateGroups(_ check: inout Checker, _ lookup: MemberLookup)
        throws(ValidationError) -> Set<PartyGroupID>
    {
        var ids = Set<PartyGroupID>()
        for group in partyGroups {
            let subject = Subject.partyGroup(group.id)
            try check.unique(group.id.rawValue, in: &ids, group.id, subject)
            let organisation = try self.organisation(group.organisationID, check, subject, "organisationID")
            if let founded = group.founded {
                if let start = organisation.founded, founded < start {
                    throw check.error(subject, "founded", .beforeFounding(start))
                }
            }
            try check.records(group.memberIDs.count, subject, "memberIDs")
            for (index, member) in group.memberIDs.enumerated() where lookup.position(of: member) == nil {
                throw check.error(subject, "memberIDs[\(index)]", .unknownReference(member.rawValue))
            }
            if let leader = group.leaderID, lookup.position(of: leader) == nil {
                throw check.error(subject, "leaderID", .unknownReference(leader.rawValue))
            }
        }
        return ids
    }

    private func validateMeetings(
        _ check: inout Checker, _ lookup: MemberLookup, groups: Set<PartyGroupID>
    ) throws(ValidationError) {
        let subject = Subject.community(id)
        if let repeated = IDTable(count: meetings.count, id: { meetings[$0].id.rawValue }).firstRepeat {
            throw check.error(subject, "meetings[\(repeated)].id", .duplicateOrEmptyID(meetings[repeated].id.rawValue))
        }
        var listedAt = [Int](repeating: -1, count: members.count)
        for (index, meeting) in meetings.enumerated() {
            func field(_ name: String) -> String { "meetings[\(index)]" + name }
            if meeting.id.rawValue.isEmpty { throw check.error(subject, field(".id"), .duplicateOrEmptyID("")) }
            let organisation = try self.organisation(meeting.organisationID, check, subject, field(".organisationID"))
            try check.within(organisation, meeting.date, subject, field(".date"))
            if let group = meeting.partyGroupID, !groups.contains(group) {
                throw check.error(subject, field(".partyGroupID"), .unknownReference(group.rawValue))
            }
            if meeting.kind == .partyGroup && meeting.partyGroupID == nil {
                throw check.error(subject, field(".partyGroupID"), .requiredFor("a Party-group meeting"))
            }
            if let lecturer = meeting.lecturer {
                if lecturer.name.isBlank { throw check.error(subject, field(".lecturer.name"), .empty) }
                if let member = lecturer.memberID {
                    try lookup.expectMember(member, on: meeting.date, check, subject, field(".lecturer.memberID"))
                }
            }
            if let talk = meeting.talk {
                try lookup.expectMember(talk.by, on: meeting.date, check, subject, field(".talk.by"))
                try lookup.expectMember(talk.with, on: meeting.date, check, subject, field(".talk.with"))
                if talk.by == talk.with {
                    throw check.error(subject, field(".talk.with"), .duplicateOrEmptyID(talk.with.rawValue))
                }
            }
            try check.records(meeting.attendance.count, subject, field(".attendance"))
            try validateAttendance(of: meeting, at: index, &check, lookup, listedAt: &listedAt)
        }
    }

    /// Each attendee named once, a member of the community on the day, and leave with its reason and
    /// approver. `listedAt` holds, for each member's position, the index of the last meeting that
    /// listed them: a member listed twice in one meeting is found without hashing their ID again.
    private func validateAttendance(
        of meeting: Meeting, at index: Int, _ check: inout Checker, _ lookup: MemberLookup,
        listedAt: inout [Int]
    ) throws(ValidationError) {
        func field(_ name: String) -> String { "meetings[\(index)]" + name }
        guard !meeting.attendance.isEmpty else { return }
        let subject = Subject.community(id)
        var positions: [Int?] = []
        positions.reserveCapacity(meeting.attendance.count)
        // IDs that name no member (the record is rejected below) are still checked for repeats.
        var unknown = Set<MemberID>()
        for (entry, attendance) in meeting.attendance.enumerated() {
            let position = lookup.position(of: attendance.memberID)
            let repeated =
                position.map { listedAt[$0] == index } ?? !unknown.insert(attendance.memberID).inserted
            if repeated {
                throw check.error(
                    subject, field(".attendance[\(entry)].memberID"),
                    .duplicateOrEmptyID(attendance.memberID.rawValue))
            }
            if let position { listedAt[position] = index }
            positions.append(position)
        }
        for (entry, attendance) in meeting.attendance.enumerated() {
            func place(_ name: String) -> String { field(".attendance[\(entry)]" + name) }
            guard let position = positions[entry] else {
                throw check.error(subject, place(".memberID"), .unknownReference(attendance.memberID.rawValue))
            }
            if lookup.members[position].status(on: meeting.date) == nil {
                throw check.error(subject, place(".memberID"), .notAMember(meeting.date))
            }
            if case .absentWithLeave(let reason, let approvedBy) = attendance.presence {
                if reason.isBlank { throw check.error(subject, place(".reason"), .empty) }
                if approvedBy.isBlank { throw check.error(subject, place(".approvedBy"), .empty) }
            }
        }
    }

    private func validateElections(_ check: inout Checker, _ lookup: MemberLookup)
        throws(ValidationError)
    {
        for (index, election) in elections.enumerated() {
            func field(_ name: String) -> String { "elections[\(index)]" + name }
            let subject = Subject.organisation(election.organisationID)
            let organisation = try self.organisation(
                election.organisationID, check, .community(id), field(".organisationID"))
            try check.within(organisation, election.date, subject, field(".date"))
            if election.termYears <= 0 { throw check.error(subject, field(".termYears"), .mustBePositive) }
            for (position, member) in election.committeeMemberIDs.enumerated() {
                try lookup.expectMember(
                    member, on: election.date, check, subject, field(".committeeMemberIDs[\(position)]"))
            }
        }
    }

    /// The organisation an ID names, or the error of a reference to none.
    private func organisation(
        _ id: OrganisationID, _ check: Checker, _ subject: Subject, _ field: @autoclosure () -> String
    )
        throws(ValidationError) -> PartyOrganisation
    {
        guard let organisation = organisations.first(where: { $0.id == id }) else {
            throw check.error(subject, field(), .unknownReference(id.rawValue))
        }
        return organisation
    }
}

/// A member and the year of their points: a community records one assessment of each.
private struct PointsAssessmentKey: Hashable {
    /// The member's position in the community's list.
    let member: Int
    let year: Int
}

/// Finds a community's members by ID with the table built for its duplicate check.
private struct MemberLookup {
    let members: [Member]
    let table: IDTable

    /// The member's position in the community's list, if the community has them.
    func position(of id: MemberID) -> Int? {
        table.index(of: id.rawValue) { members[$0].id.rawValue }
    }

    /// Throws unless the ID names a member of the community who was a member on `day`.
    func expectMember(
        _ id: MemberID, on day: CalendarDate, _ check: Checker, _ subject: Subject, _ field: @autoclosure () -> String
    )
        throws(ValidationError)
    {
        guard let position = position(of: id) else {
            throw check.error(subject, field(), .unknownReference(id.rawValue))
        }
        if members[position].status(on: day) == nil { throw check.error(subject, field(), .notAMember(day)) }
    }
}

extension Checker {
    /// Throws when `day` lies before the organisation's founding or after its dissolution.
    func within(
        _ organisation: PartyOrganisation, _ day: CalendarDate, _ record: Subject, _ field: @autoclosure () -> String
    )
        throws(ValidationError)
    {
        if let founded = organisation.founded, day < founded { throw error(record, field(), .beforeFounding(founded)) }
        if let dissolved = organisation.dissolved, day > dissolved {
            throw error(record, field(), .afterDissolution(dissolved))
        }
    }
}
