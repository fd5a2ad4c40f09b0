import PartyBuilding

extension CommunityWriter {
    /// Inserts a member's membership events from ordinal `first` on, each kind's own fields in their columns.
    func insertEvents(_ events: [MembershipEvent], member: Int, key: Int64, from first: Int = 0) throws(StoreError) {
        guard !events.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO member_events (community, member, ordinal, kind, date, months, counterpart, status, certificate,
                contact) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """)
        for (index, event) in events.enumerated() {
            let ordinal = first + index
            insert.bind(1, key)
            insert.bind(2, member)
            insert.bind(3, ordinal)
            insert.bind(4, event.kind.code)
            insert.bind(5, event.date)
            var months: Int?
            var counterpart: String?
            var status: String?
            var certificate: String?
            var contact: String?
            switch event.kind {
            case .admitted, .madeFull, .enrolled, .migrationEnded, .died, .removed: break
            case .probationExtended(let count): months = count
            case .transferredIn(let from, let arrivingStatus):
                counterpart = from
                status = arrivingStatus.rawValue
            case .transferredOut(let to): counterpart = to
            case .migratedOut(let number, let person):
                certificate = number
                contact = person
            case .migratedIn(let arrivingStatus): status = arrivingStatus.rawValue
            case .visited(let by): counterpart = by
            case .dualManagement(let with): counterpart = with
            }
            insert.bind(6, months)
            insert.bind(7, counterpart)
            insert.bind(8, status)
            insert.bind(9, certificate)
            insert.bind(10, contact)
            try insert.run()
        }
    }

    /// Inserts a member's dues payments from ordinal `first` on.
    func insertDues(_ payments: [DuesPayment], member: Int, key: Int64, from first: Int = 0) throws(StoreError) {
        guard !payments.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO dues_payments (community, member, ordinal, month, base_kind, base_fen, base_category,
                amount_fen, paid_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        for (index, payment) in payments.enumerated() {
            let ordinal = first + index
            insert.bind(1, key)
            insert.bind(2, member)
            insert.bind(3, ordinal)
            insert.bind(4, payment.month)
            switch payment.base {
            case .wage(let wage):
                insert.bind(5, "wage")
                insert.bind(6, wage.fen)
                insert.bindNull(7)
            case .pension(let pension):
                insert.bind(5, "pension")
                insert.bind(6, pension.fen)
                insert.bindNull(7)
            case .flat(let category):
                insert.bind(5, "flat")
                insert.bindNull(6)
                insert.bind(7, category.rawValue)
            }
            insert.bind(8, payment.amount.fen)
            insert.bind(9, payment.paidOn)
            try insert.run()
        }
    }

    /// Inserts a member's voluntary payments from ordinal `first` on.
    func insertVoluntaryPayments(_ payments: [VoluntaryDuesPayment], member: Int, key: Int64, from first: Int = 0)
        throws(StoreError)
    {
        guard !payments.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO voluntary_payments (community, member, ordinal, amount_fen, paid_on)
            VALUES (?1, ?2, ?3, ?4, ?5)
            """)
        for (index, payment) in payments.enumerated() {
            let ordinal = first + index
            insert.bind(1, key)
            insert.bind(2, member)
            insert.bind(3, ordinal)
            insert.bind(4, payment.amount.fen)
            insert.bind(5, payment.paidOn)
            try insert.run()
        }
    }

    /// Inserts meetings from ordinal `first` on, with their attendance.
    func insertMeetings(_ meetings: [Meeting], key: Int64, from first: Int = 0) throws(StoreError) {
        guard !meetings.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO meetings (community, ordinal, id, organisation_id, kind, date, party_group_id, lecturer_name,
                lecturer_role, lecturer_member_id, talk_by, talk_with, topic)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            """)
        let attend = try connection.statement(
            """
            INSERT INTO attendance (community, meeting, ordinal, member_id, presence, reason, approved_by)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """)
        for (index, meeting) in meetings.enumerated() {
            let ordinal = first + index
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, meeting.id.rawValue)
            insert.bind(4, meeting.organisationID.rawValue)
            insert.bind(5, meeting.kind.rawValue)
            insert.bind(6, meeting.date)
            insert.bind(7, meeting.partyGroupID?.rawValue)
            insert.bind(8, meeting.lecturer?.name)
            insert.bind(9, meeting.lecturer?.role.rawValue)
            insert.bind(10, meeting.lecturer?.memberID?.rawValue)
            insert.bind(11, meeting.talk?.by.rawValue)
            insert.bind(12, meeting.talk?.with.rawValue)
            insert.bind(13, meeting.topic)
            try insert.run()
            for (number, attendance) in meeting.attendance.enumerated() {
                attend.bind(1, key)
                attend.bind(2, ordinal)
                attend.bind(3, number)
                attend.bind(4, attendance.memberID.rawValue)
                switch attendance.presence {
                case .present:
                    attend.bind(5, "present")
                    attend.bindNull(6)
                    attend.bindNull(7)
                case .absentWithoutLeave:
                    attend.bind(5, "absent")
                    attend.bindNull(6)
                    attend.bindNull(7)
                case .absentWithLeave(let reason, let approvedBy):
                    attend.bind(5, "leave")
                    attend.bind(6, reason)
                    attend.bind(7, approvedBy)
                }
                try attend.run()
            }
        }
    }

    /// Inserts the committee elections and the members elected.
    func insertElections(_ elections: [CommitteeElection], key: Int64) throws(StoreError) {
        guard !elections.isEmpty else { return }
        let insert = try connection.statement(
            "INSERT INTO elections (community, ordinal, organisation_id, date, term_years) VALUES (?1, ?2, ?3, ?4, ?5)")
        let elect = try connection.statement(
            "INSERT INTO election_members (community, election, ordinal, member_id) VALUES (?1, ?2, ?3, ?4)")
        for (ordinal, election) in elections.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, election.organisationID.rawValue)
            insert.bind(4, election.date)
            insert.bind(5, election.termYears)
            try insert.run()
            for (number, member) in election.committeeMemberIDs.enumerated() {
                elect.bind(1, key)
                elect.bind(2, ordinal)
                elect.bind(3, number)
                elect.bind(4, member.rawValue)
                try elect.run()
            }
        }
    }

    /// Inserts the Party groups and their members.
    func insertPartyGroups(_ groups: [PartyGroup], key: Int64) throws(StoreError) {
        guard !groups.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO party_groups (community, ordinal, id, organisation_id, name, leader_id, founded)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """)
        let join = try connection.statement(
            "INSERT INTO party_group_members (community, party_group, ordinal, member_id) VALUES (?1, ?2, ?3, ?4)")
        for (ordinal, group) in groups.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, group.id.rawValue)
            insert.bind(4, group.organisationID.rawValue)
            insert.bind(5, group.name)
            insert.bind(6, group.leaderID?.rawValue)
            insert.bind(7, group.founded)
            try insert.run()
            for (number, member) in group.memberIDs.enumerated() {
                join.bind(1, key)
                join.bind(2, ordinal)
                join.bind(3, number)
                join.bind(4, member.rawValue)
                try join.run()
            }
        }
    }

    /// Inserts the reception days.
    func insertReceptionDays(_ days: [ReceptionDay], key: Int64) throws(StoreError) {
        guard !days.isEmpty else { return }
        let insert = try connection.statement(
            "INSERT INTO reception_days (community, ordinal, date, received_by, visitors) VALUES (?1, ?2, ?3, ?4, ?5)")
        for (ordinal, day) in days.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, day.date)
            insert.bind(4, day.receivedBy)
            insert.bind(5, day.visitors)
            try insert.run()
        }
    }

    /// Inserts the points assessments.
    func insertPointsAssessments(_ assessments: [PointsAssessment], key: Int64) throws(StoreError) {
        guard !assessments.isEmpty else { return }
        let insert = try connection.statement(
            "INSERT INTO points_assessments (community, ordinal, member_id, year, points) VALUES (?1, ?2, ?3, ?4, ?5)")
        for (ordinal, assessment) in assessments.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, assessment.memberID.rawValue)
            insert.bind(4, assessment.year)
            insert.bind(5, assessment.points)
            try insert.run()
        }
    }

    /// Inserts the task claims.
    func insertTaskClaims(_ claims: [TaskClaim], key: Int64) throws(StoreError) {
        guard !claims.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO task_claims (community, ordinal, year, unit, task, claimed_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """)
        for (ordinal, claim) in claims.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, claim.year)
            insert.bind(4, claim.unit)
            insert.bind(5, claim.task)
            insert.bind(6, claim.claimedOn)
            try insert.run()
        }
    }
}
