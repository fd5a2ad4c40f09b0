import PartyBuilding

/// Writes communities into the tables of ``SQLiteSchema``, with the connection's cached statements.
///
/// The caller runs it inside a writing transaction and has validated the communities.
struct CommunityWriter {
    let connection: SQLiteConnection

    /// Replaces whatever is stored under `lookupID` with `community`: the old rows go (the foreign
    /// keys cascade to every child table), then the new rows are inserted.
    /// - Throws: `StoreError` when SQLite fails.
    func replace(_ community: Community, lookupID: String) throws(StoreError) {
        let delete = try connection.statement("DELETE FROM communities WHERE lookup_id = ?1")
        delete.bind(1, lookupID)
        try delete.run()
        let key = try insertCommunity(community, lookupID: lookupID)
        try insertCommittees(community.residentsCommittees ?? [], key: key)
        try insertOrganisations(community.organisations, key: key)
        try insertMembers(community.members, key: key)
        try insertWorkers(community.workers, key: key)
        try insertFundGrants(community.fundGrants, key: key)
        try insertAverageWages(community.localAverageWages, key: key)
        try insertSecretaryQualifications(community.secretaryQualifications, key: key)
        try insertExceptions(community.exceptions, key: key)
        try insertMeetings(community.meetings, key: key)
        try insertElections(community.elections, key: key)
        try insertPartyGroups(community.partyGroups, key: key)
        try insertReceptionDays(community.receptionDays, key: key)
        try insertPointsAssessments(community.pointsAssessments, key: key)
        try insertTaskClaims(community.taskClaims, key: key)
        try insertGovernance(community.governance, key: key)
        try insertApplicants(community.applicants, key: key)
    }

    private func insertCommunity(_ community: Community, lookupID: String) throws(StoreError) -> Int64 {
        let insert = try connection.statement(
            """
            INSERT INTO communities (
                id, lookup_id, name, district, street, development, households, residents, registered_residents,
                residential_floor_area_hundredths_m2, is_concentrated_resettlement, has_management_service_centre,
                service_space_hundredths_m2, work_and_activity_room_area_hundredths_m2, party_use_area_hundredths_m2,
                remediation_summary, remediation_target_date, remediation_approver, residents_committees_listed,
                land_area_hundredths_m2
            ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
            """)
        insert.bind(1, community.id.rawValue)
        insert.bind(2, lookupID)
        insert.bind(3, community.name)
        insert.bind(4, community.district)
        insert.bind(5, community.street)
        insert.bind(6, community.development?.rawValue)
        insert.bind(7, community.households)
        insert.bind(8, community.residents)
        insert.bind(9, community.registeredResidents)
        insert.bind(10, community.residentialFloorArea?.hundredthsOfSquareMetre)
        insert.bind(11, community.isConcentratedResettlement)
        insert.bind(12, community.hasManagementServiceCentre)
        insert.bind(13, community.serviceSpace?.hundredthsOfSquareMetre)
        insert.bind(14, community.workAndActivityRoomArea?.hundredthsOfSquareMetre)
        insert.bind(15, community.partyUseArea?.hundredthsOfSquareMetre)
        insert.bind(16, community.spaceRemediationPlan?.summary)
        insert.bind(17, community.spaceRemediationPlan?.targetDate)
        insert.bind(18, community.spaceRemediationPlan?.approver)
        insert.bind(19, community.residentsCommittees != nil)
        insert.bind(20, community.landArea?.hundredthsOfSquareMetre)
        try insert.run()
        return connection.lastInsertedRowID
    }

    private func insertCommittees(_ committees: [ResidentsCommittee], key: Int64) throws(StoreError) {
        guard !committees.isEmpty else { return }
        let insert = try connection.statement(
            "INSERT INTO residents_committees (community, ordinal, id, name) VALUES (?1, ?2, ?3, ?4)")
        for (ordinal, committee) in committees.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, committee.id.rawValue)
            insert.bind(4, committee.name)
            try insert.run()
        }
    }

    /// Inserts the Party organisations and the units each covers.
    private func insertOrganisations(_ organisations: [PartyOrganisation], key: Int64) throws(StoreError) {
        guard !organisations.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO organisations (
                community, ordinal, id, name, form, parent_id, residents_committee_id, headcount_total,
                headcount_probationary, founded, dissolved
            ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """)
        let cover = try connection.statement(
            "INSERT INTO organisation_units (community, organisation, ordinal, name) VALUES (?1, ?2, ?3, ?4)")
        for (ordinal, organisation) in organisations.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, organisation.id.rawValue)
            insert.bind(4, organisation.name)
            insert.bind(5, organisation.form.rawValue)
            insert.bind(6, organisation.parentID?.rawValue)
            insert.bind(7, organisation.residentsCommitteeID?.rawValue)
            insert.bind(8, organisation.headcount?.total)
            insert.bind(9, organisation.headcount?.probationary)
            insert.bind(10, organisation.founded)
            insert.bind(11, organisation.dissolved)
            try insert.run()
            for (number, unit) in organisation.coveredUnits.enumerated() {
                cover.bind(1, key)
                cover.bind(2, ordinal)
                cover.bind(3, number)
                cover.bind(4, unit)
                try cover.run()
            }
        }
    }

    private func insertMembers(_ members: [Member], key: Int64) throws(StoreError) {
        guard !members.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO members (
                community, ordinal, id, name, organisation_id, relationship, employment, has_limited_mobility,
                birth_date
            ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        for (ordinal, member) in members.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, member.id.rawValue)
            insert.bind(4, member.name)
            insert.bind(5, member.organisationID.rawValue)
            insert.bind(6, member.relationship.rawValue)
            insert.bind(7, member.employment.rawValue)
            insert.bind(8, member.hasLimitedMobility)
            insert.bind(9, member.birthDate)
            try insert.run()
            try insertEvents(member.events, member: ordinal, key: key)
            try insertDues(member.duesPayments, member: ordinal, key: key)
            try insertVoluntaryPayments(member.voluntaryPayments, member: ordinal, key: key)
        }
    }

    private func insertWorkers(_ workers: [CommunityWorker], key: Int64) throws(StoreError) {
        guard !workers.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO workers (
                community, ordinal, id, name, birth_date, education, is_studying_for_degree, certificate_level,
                certificate_obtained_on, is_full_time, started_on
            ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """)
        for (ordinal, worker) in workers.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, worker.id.rawValue)
            insert.bind(4, worker.name)
            insert.bind(5, worker.birthDate)
            insert.bind(6, worker.education.rawValue)
            insert.bind(7, worker.isStudyingForDegree)
            insert.bind(8, worker.certificate?.level.rawValue)
            insert.bind(9, worker.certificate?.obtainedOn)
            insert.bind(10, worker.isFullTime)
            insert.bind(11, worker.startedOn)
            try insert.run()
        }
        for (ordinal, worker) in workers.enumerated() {
            try insertRoles(worker.roles, worker: ordinal, key: key)
            try insertTrainings(worker.trainings, worker: ordinal, key: key)
            try insertAnnualPay(worker.annualPay, worker: ordinal, key: key)
        }
    }

    private func insertRoles(_ roles: Set<CommunityWorker.Role>, worker: Int, key: Int64) throws(StoreError) {
        guard !roles.isEmpty else { return }
        let insert = try connection.statement("INSERT INTO worker_roles (community, worker, role) VALUES (?1, ?2, ?3)")
        for role in roles {
            insert.bind(1, key)
            insert.bind(2, worker)
            insert.bind(3, role.rawValue)
            try insert.run()
        }
    }

    private func insertTrainings(_ trainings: [Training], worker: Int, key: Int64) throws(StoreError) {
        guard !trainings.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO trainings (community, worker, ordinal, title, level, is_centralised, start_date, days_tenths)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """)
        for (ordinal, training) in trainings.enumerated() {
            insert.bind(1, key)
            insert.bind(2, worker)
            insert.bind(3, ordinal)
            insert.bind(4, training.title)
            insert.bind(5, training.level.rawValue)
            insert.bind(6, training.isCentralised)
            insert.bind(7, training.startDate)
            insert.bind(8, training.days.tenths)
            try insert.run()
        }
    }

    private func insertAnnualPay(_ pay: [AnnualPay], worker: Int, key: Int64) throws(StoreError) {
        guard !pay.isEmpty else { return }
        let insert = try connection.statement(
            "INSERT INTO annual_pay (community, worker, ordinal, year, amount_fen) VALUES (?1, ?2, ?3, ?4, ?5)")
        for (ordinal, year) in pay.enumerated() {
            insert.bind(1, key)
            insert.bind(2, worker)
            insert.bind(3, ordinal)
            insert.bind(4, year.year)
            insert.bind(5, year.amount.fen)
            try insert.run()
        }
    }

    private func insertFundGrants(_ grants: [FundGrant], key: Int64) throws(StoreError) {
        guard !grants.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO fund_grants (community, ordinal, year, purpose, source, amount_fen)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """)
        for (ordinal, grant) in grants.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, grant.year)
            insert.bind(4, grant.purpose.rawValue)
            insert.bind(5, grant.source.rawValue)
            insert.bind(6, grant.amount.fen)
            try insert.run()
        }
    }

    private func insertAverageWages(_ wages: [AverageWage], key: Int64) throws(StoreError) {
        guard !wages.isEmpty else { return }
        let insert = try connection.statement(
            "INSERT INTO average_wages (community, ordinal, year, amount_fen) VALUES (?1, ?2, ?3, ?4)")
        for (ordinal, wage) in wages.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, wage.year)
            insert.bind(4, wage.amount.fen)
            try insert.run()
        }
    }

    private func insertSecretaryQualifications(_ records: [SecretaryQualificationRecord], key: Int64)
        throws(StoreError)
    {
        guard !records.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO secretary_qualifications (
                community, ordinal, year, has_associate_degree_or_higher, has_certificate
            ) VALUES (?1, ?2, ?3, ?4, ?5)
            """)
        for (ordinal, record) in records.enumerated() {
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, record.year)
            insert.bind(4, record.hasAssociateDegreeOrHigher)
            insert.bind(5, record.hasCertificate)
            try insert.run()
        }
    }

    private func insertExceptions(_ exceptions: [RuleException], key: Int64) throws(StoreError) {
        guard !exceptions.isEmpty else { return }
        let insert = try connection.statement(
            """
            INSERT INTO exceptions (
                community, ordinal, rule_id, subject_kind, subject_id, reason, approver, approved_on, valid_until
            ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        for (ordinal, exception) in exceptions.enumerated() {
            let subject = exception.subject.map(StoredSubject.init)
            insert.bind(1, key)
            insert.bind(2, ordinal)
            insert.bind(3, exception.ruleID.rawValue)
            insert.bind(4, subject?.kind)
            insert.bind(5, subject?.id)
            insert.bind(6, exception.reason)
            insert.bind(7, exception.approver)
            insert.bind(8, exception.approvedOn)
            insert.bind(9, exception.validUntil)
            try insert.run()
        }
    }
}
