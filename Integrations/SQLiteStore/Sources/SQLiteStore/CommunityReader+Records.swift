import PartyBuilding

extension CommunityReader {
    /// Reads the units each joint branch covers into `organisations`, by organisation ordinal, in order.
    func addCoveredUnits(to organisations: inout [PartyOrganisation], key: Int64, community: CommunityID)
        throws(StoreError)
    {
        guard !organisations.isEmpty else { return }
        let units = try rows(
            "SELECT organisation, name FROM organisation_units WHERE community = ?1 ORDER BY organisation, ordinal",
            table: "organisation_units", key: key, community: community
        ) { row in (row.statement.int(0), row.statement.text(1)) }
        for (organisation, unit) in units {
            guard organisations.indices.contains(organisation) else {
                throw orphan("organisation_units", organisation, community)
            }
            organisations[organisation].coveredUnits.append(unit)
        }
    }

    /// Reads the members' events, dues and voluntary payments into `members`, by member ordinal.
    func addMemberRecords(to members: inout [Member], key: Int64, community: CommunityID) throws(StoreError) {
        guard !members.isEmpty else { return }
        try addChildRows(
            """
            SELECT member, kind, date, months, counterpart, status, certificate, contact
            FROM member_events WHERE community = ?1 ORDER BY member, ordinal
            """, table: "member_events", key: key, community: community, to: &members
        ) { row throws(StoreError) in
            MembershipEvent(try eventKind(row), on: try row.optionalDate(2, "date"))
        } add: { member, events in
            member.events.append(contentsOf: events)
        }
        try addChildRows(
            """
            SELECT member, month, base_kind, base_fen, base_category, amount_fen, paid_on
            FROM dues_payments WHERE community = ?1 ORDER BY member, ordinal
            """, table: "dues_payments", key: key, community: community, to: &members
        ) { row throws(StoreError) in
            let select = row.statement
            let month = try row.month(1, "month")
            let base: DuesBase
            switch select.text(2) {
            case "wage": base = .wage(Money(fen: select.int64(3)))
            case "pension": base = .pension(Money(fen: select.int64(3)))
            case "flat": base = .flat(try row.enumeration(4, "base_category"))
            case let other: throw row.corrupted("base_kind", other)
            }
            return DuesPayment(
                month: month, base: base, amount: Money(fen: select.int64(5)), paidOn: try row.date(6, "paid_on"))
        } add: { member, payments in
            member.duesPayments.append(contentsOf: payments)
        }
        try addChildRows(
            "SELECT member, amount_fen, paid_on FROM voluntary_payments WHERE community = ?1 ORDER BY member, ordinal",
            table: "voluntary_payments", key: key, community: community, to: &members
        ) { row throws(StoreError) in
            VoluntaryDuesPayment(amount: Money(fen: row.statement.int64(1)), paidOn: try row.date(2, "paid_on"))
        } add: { member, payments in
            member.voluntaryPayments.append(contentsOf: payments)
        }
    }

    /// A membership event's kind from a row of `member_events`.
    private func eventKind(_ row: RowDecoder) throws(StoreError) -> MembershipEvent.Kind {
        let select = row.statement
        let counterpart = select.optionalText(4) ?? ""
        switch select.text(1) {
        case "admitted": return .admitted
        case "madeFull": return .madeFull
        case "probationExtended": return .probationExtended(months: select.int(3))
        case "transferredIn": return .transferredIn(from: counterpart, status: try row.enumeration(5, "status"))
        case "transferredOut": return .transferredOut(to: counterpart)
        case "migratedOut": return .migratedOut(certificate: select.optionalText(6), contact: select.optionalText(7))
        case "migratedIn": return .migratedIn(status: try row.enumeration(5, "status"))
        case "enrolled": return .enrolled
        case "migrationEnded": return .migrationEnded
        case "visited": return .visited(by: counterpart)
        case "dualManagement": return .dualManagement(with: counterpart)
        case "died": return .died
        case "removed": return .removed
        case let other: throw row.corrupted("kind", other)
        }
    }

    /// Reads the community's meetings, elections, Party groups, reception days, points and task claims.
    func addRecords(to community: inout Community, key: Int64) throws(StoreError) {
        let id = community.id
        community.meetings = try rows(
            """
            SELECT id, organisation_id, kind, date, party_group_id, lecturer_name, lecturer_role, lecturer_member_id,
                talk_by, talk_with, topic
            FROM meetings WHERE community = ?1 ORDER BY ordinal
            """, table: "meetings", key: key, community: id
        ) { row throws(StoreError) in
            let select = row.statement
            var lecturer: Meeting.Lecturer?
            if let name = select.optionalText(5) {
                lecturer = Meeting.Lecturer(
                    name: name, role: try row.enumeration(6, "lecturer_role"),
                    memberID: select.optionalText(7).map(MemberID.init(rawValue:)))
            }
            return Meeting(
                id: MeetingID(select.text(0)), organisationID: OrganisationID(select.text(1)),
                kind: Meeting.Kind(rawValue: select.text(2)), date: try row.date(3, "date"),
                partyGroupID: select.optionalText(4).map(PartyGroupID.init(rawValue:)), lecturer: lecturer,
                talk: select.optionalText(8).map { Meeting.Talk(by: MemberID($0), with: MemberID(select.text(9))) },
                topic: select.optionalText(10))
        }
        try addChildRows(
            """
            SELECT meeting, member_id, presence, reason, approved_by
            FROM attendance WHERE community = ?1 ORDER BY meeting, ordinal
            """, table: "attendance", key: key, community: id, to: &community.meetings
        ) { row throws(StoreError) in
            let select = row.statement
            let presence: Meeting.Presence
            switch select.text(2) {
            case "present": presence = .present
            case "absent": presence = .absentWithoutLeave
            case "leave": presence = .absentWithLeave(reason: select.text(3), approvedBy: select.text(4))
            case let other: throw row.corrupted("presence", other)
            }
            return Meeting.Attendance(MemberID(select.text(1)), presence)
        } add: { meeting, attendance in
            meeting.attendance.append(contentsOf: attendance)
        }
        community.elections = try rows(
            "SELECT organisation_id, date, term_years FROM elections WHERE community = ?1 ORDER BY ordinal",
            table: "elections", key: key, community: id
        ) { row throws(StoreError) in
            CommitteeElection(
                organisationID: OrganisationID(row.statement.text(0)), date: try row.date(1, "date"),
                termYears: row.statement.int(2))
        }
        for (election, member) in try memberLists("election_members", "election", key: key, community: id) {
            guard community.elections.indices.contains(election) else {
                throw orphan("election_members", election, id)
            }
            community.elections[election].committeeMemberIDs.append(member)
        }
        community.partyGroups = try rows(
            "SELECT id, organisation_id, name, leader_id, founded FROM party_groups WHERE community = ?1 ORDER BY ordinal",
            table: "party_groups", key: key, community: id
        ) { row throws(StoreError) in
            let select = row.statement
            return PartyGroup(
                id: PartyGroupID(select.text(0)), organisationID: OrganisationID(select.text(1)),
                name: select.text(2), leaderID: select.optionalText(3).map(MemberID.init(rawValue:)),
                founded: try row.optionalDate(4, "founded"))
        }
        for (group, member) in try memberLists("party_group_members", "party_group", key: key, community: id) {
            guard community.partyGroups.indices.contains(group) else {
                throw orphan("party_group_members", group, id)
            }
            community.partyGroups[group].memberIDs.append(member)
        }
        community.receptionDays = try rows(
            "SELECT date, received_by, visitors FROM reception_days WHERE community = ?1 ORDER BY ordinal",
            table: "reception_days", key: key, community: id
        ) { row throws(StoreError) in
            ReceptionDay(
                date: try row.date(0, "date"), receivedBy: row.statement.text(1),
                visitors: row.statement.optionalInt(2))
        }
        community.pointsAssessments = try rows(
            "SELECT member_id, year, points FROM points_assessments WHERE community = ?1 ORDER BY ordinal",
            table: "points_assessments", key: key, community: id
        ) { row in
            PointsAssessment(
                memberID: MemberID(row.statement.text(0)), year: row.statement.int(1), points: row.statement.int(2))
        }
        community.taskClaims = try rows(
            "SELECT year, unit, task, claimed_on FROM task_claims WHERE community = ?1 ORDER BY ordinal",
            table: "task_claims", key: key, community: id
        ) { row throws(StoreError) in
            TaskClaim(
                year: row.statement.int(0), unit: row.statement.text(1), task: row.statement.text(2),
                claimedOn: try row.date(3, "claimed_on"))
        }
    }

    /// The member IDs of a join table, with the ordinal of the record each belongs to.
    private func memberLists(_ table: String, _ parent: String, key: Int64, community: CommunityID)
        throws(StoreError) -> [(Int, MemberID)]
    {
        try rows(
            "SELECT \(parent), member_id FROM \(table) WHERE community = ?1 ORDER BY \(parent), ordinal",
            table: table, key: key, community: community
        ) { row in (row.statement.int(0), MemberID(row.statement.text(1))) }
    }

    /// A row of `table` that names a parent record the community does not have.
    func orphan(_ table: String, _ parent: Int, _ community: CommunityID) -> StoreError {
        let underlying = SQLiteDecodingError(table: table, column: "ordinal", value: String(parent))
        return StoreError(
            .corrupted, "community \(community): \(underlying)", recordID: community.rawValue,
            path: connection.path, underlying: underlying)
    }
}
