import PartyBuilding

/// Reads communities back from the tables of ``SQLiteSchema``, with the connection's cached statements.
///
/// The caller runs it inside a transaction, so that every table is read from the same snapshot.
/// Every value is checked as it is read: an unknown enum case, a date that is not a date, a flag
/// that is not 0 or 1 or a list with a gap is a `StoreError` with code `corrupted`.
struct CommunityReader {
    let connection: SQLiteConnection

    /// The community stored under `lookupID`, or `nil` when none is.
    /// - Throws: `StoreError` with code `corrupted` or `unavailable`.
    func community(lookupID: String) throws(StoreError) -> Community? {
        let select = try connection.statement(
            """
            SELECT key, id, name, district, street, development, households, residents, registered_residents,
                residential_floor_area_hundredths_m2, is_concentrated_resettlement, has_management_service_centre,
                service_space_hundredths_m2, work_and_activity_room_area_hundredths_m2, party_use_area_hundredths_m2,
                remediation_summary, remediation_target_date, remediation_approver, residents_committees_listed,
                land_area_hundredths_m2
            FROM communities WHERE lookup_id = ?1
            """)
        defer { select.reset() }
        select.bind(1, lookupID)
        guard try select.step() else { return nil }
        let key = select.int64(0)
        let id = CommunityID(select.text(1))
        let row = RowDecoder(statement: select, table: "communities", community: id, path: connection.path)
        var community = Community(
            id: id, name: select.text(2), district: select.text(3), street: select.optionalText(4),
            development: try row.optionalEnumeration(5, "development"), households: select.optionalInt(6),
            residents: select.optionalInt(7), registeredResidents: select.optionalInt(8),
            residentialFloorArea: row.optionalArea(9),
            isConcentratedResettlement: try row.optionalFlag(10, "is_concentrated_resettlement"),
            hasManagementServiceCentre: try row.optionalFlag(11, "has_management_service_centre"),
            serviceSpace: row.optionalArea(12), workAndActivityRoomArea: row.optionalArea(13),
            partyUseArea: row.optionalArea(14), landArea: row.optionalArea(19))
        if let summary = select.optionalText(15) {
            community.spaceRemediationPlan = RemediationPlan(
                summary: summary, targetDate: try row.date(16, "remediation_target_date"),
                approver: select.text(17))
        }
        let committeesListed = try row.flag(18, "residents_committees_listed")
        let committees = try committees(key: key, community: id)
        guard committeesListed || committees.isEmpty else {
            // Unlisted committees have no rows: rows under an unlisted community are not what was saved.
            throw row.corrupted("residents_committees_listed", "0 with \(committees.count) residents_committees rows")
        }
        community.residentsCommittees = committeesListed ? committees : nil
        community.organisations = try organisations(key: key, community: id)
        try addCoveredUnits(to: &community.organisations, key: key, community: id)
        community.members = try members(key: key, community: id)
        try addMemberRecords(to: &community.members, key: key, community: id)
        community.workers = try workers(key: key, community: id)
        community.fundGrants = try fundGrants(key: key, community: id)
        community.localAverageWages = try averageWages(key: key, community: id)
        community.secretaryQualifications = try secretaryQualifications(key: key, community: id)
        community.exceptions = try exceptions(key: key, community: id)
        try addRecords(to: &community, key: key)
        community.governance = try governance(key: key, community: id)
        community.applicants = try applicants(key: key, community: id)
        return community
    }

    /// Every row a query selects for one community, in order, made into values by `make`.
    func rows<Value>(
        _ sql: String, table: String, key: Int64, community: CommunityID,
        _ make: (RowDecoder) throws(StoreError) -> Value
    ) throws(StoreError) -> [Value] {
        var values: [Value] = []
        try forEachRow(sql, table: table, key: key, community: community) { row throws(StoreError) in
            values.append(try make(row))
        }
        return values
    }

    /// Calls `body` with every row a query selects for one community, in order.
    func forEachRow(
        _ sql: String, table: String, key: Int64, community: CommunityID,
        _ body: (RowDecoder) throws(StoreError) -> Void
    ) throws(StoreError) {
        let select = try connection.statement(sql)
        defer { select.reset() }
        select.bind(1, key)
        let row = RowDecoder(statement: select, table: table, community: community, path: connection.path)
        while try select.step() { try body(row) }
    }

    /// Reads the rows of a table under a list of records (column 0 is the ordinal of the record a row
    /// belongs to, the rows in order of it) into `records`: `make` reads a row's value and `add`
    /// appends the values of one record to it, all at once, so that each list is allocated once.
    /// - Throws: `StoreError` with code `corrupted` for a row under a record that `records` does not have.
    func addChildRows<Parent, Value>(
        _ sql: String, table: String, key: Int64, community: CommunityID, to records: inout [Parent],
        _ make: (RowDecoder) throws(StoreError) -> Value, add: (inout Parent, [Value]) -> Void
    ) throws(StoreError) {
        var owner = -1
        var values: [Value] = []
        try forEachRow(sql, table: table, key: key, community: community) { row throws(StoreError) in
            let parent = row.statement.int(0)
            if parent != owner {
                if !values.isEmpty { add(&records[owner], values) }
                values.removeAll(keepingCapacity: true)
                guard records.indices.contains(parent) else { throw orphan(table, parent, community) }
                owner = parent
            }
            values.append(try make(row))
        }
        if !values.isEmpty { add(&records[owner], values) }
    }

    private func committees(key: Int64, community: CommunityID) throws(StoreError) -> [ResidentsCommittee] {
        try rows(
            "SELECT id, name FROM residents_committees WHERE community = ?1 ORDER BY ordinal",
            table: "residents_committees", key: key, community: community
        ) { row in
            ResidentsCommittee(id: ResidentsCommitteeID(row.statement.text(0)), name: row.statement.text(1))
        }
    }

    private func organisations(key: Int64, community: CommunityID) throws(StoreError) -> [PartyOrganisation] {
        try rows(
            """
            SELECT id, name, form, parent_id, residents_committee_id, headcount_total, headcount_probationary,
                founded, dissolved
            FROM organisations WHERE community = ?1 ORDER BY ordinal
            """, table: "organisations", key: key, community: community
        ) { row throws(StoreError) in
            let select = row.statement
            let headcount = select.optionalInt(5).map {
                PartyOrganisation.Headcount(total: $0, probationary: select.int(6))
            }
            return PartyOrganisation(
                id: OrganisationID(select.text(0)), name: select.text(1), form: try row.enumeration(2, "form"),
                parentID: select.optionalText(3).map(OrganisationID.init(rawValue:)),
                residentsCommitteeID: select.optionalText(4).map(ResidentsCommitteeID.init(rawValue:)),
                headcount: headcount, founded: try row.optionalDate(7, "founded"),
                dissolved: try row.optionalDate(8, "dissolved"))
        }
    }

    private func members(key: Int64, community: CommunityID) throws(StoreError) -> [Member] {
        try rows(
            """
            SELECT id, name, organisation_id, relationship, employment, has_limited_mobility, birth_date
            FROM members WHERE community = ?1 ORDER BY ordinal
            """, table: "members", key: key, community: community
        ) { row throws(StoreError) in
            let select = row.statement
            return Member(
                id: MemberID(select.text(0)), name: select.text(1), organisationID: OrganisationID(select.text(2)),
                relationship: try row.enumeration(3, "relationship"), employment: try row.enumeration(4, "employment"),
                hasLimitedMobility: try row.flag(5, "has_limited_mobility"),
                birthDate: try row.optionalDate(6, "birth_date"))
        }
    }

    private func workers(key: Int64, community: CommunityID) throws(StoreError) -> [CommunityWorker] {
        var workers = try rows(
            """
            SELECT ordinal, id, name, birth_date, education, is_studying_for_degree, certificate_level,
                certificate_obtained_on, is_full_time, started_on
            FROM workers WHERE community = ?1 ORDER BY ordinal
            """, table: "workers", key: key, community: community
        ) { row throws(StoreError) in
            let select = row.statement
            var certificate: Certificate?
            if !select.isNull(6) {
                certificate = Certificate(
                    level: try row.enumeration(6, "certificate_level"),
                    obtainedOn: try row.date(7, "certificate_obtained_on"))
            }
            return (
                ordinal: select.int(0),
                worker: CommunityWorker(
                    id: WorkerID(select.text(1)), name: select.text(2), birthDate: try row.date(3, "birth_date"),
                    education: try row.enumeration(4, "education"),
                    isStudyingForDegree: try row.flag(5, "is_studying_for_degree"), certificate: certificate,
                    isFullTime: try row.flag(8, "is_full_time"), startedOn: try row.optionalDate(9, "started_on"))
            )
        }
        .enumerated().map { (index, row) throws(StoreError) in
            guard row.ordinal == index else {
                throw corruptList("workers", expected: index, found: row.ordinal, community: community)
            }
            return row.worker
        }
        guard !workers.isEmpty else { return workers }
        for (worker, role) in try workerRows(
            "SELECT worker, role FROM worker_roles WHERE community = ?1", table: "worker_roles", key: key,
            community: community, workers: workers.count,
            { row throws(StoreError) -> CommunityWorker.Role in try row.enumeration(1, "role") })
        {
            workers[worker].roles.insert(role)
        }
        for (worker, training) in try workerRows(
            """
            SELECT worker, title, level, is_centralised, start_date, days_tenths
            FROM trainings WHERE community = ?1 ORDER BY worker, ordinal
            """, table: "trainings", key: key, community: community, workers: workers.count,
            { row throws(StoreError) in
                Training(
                    title: row.statement.text(1), level: try row.enumeration(2, "level"),
                    isCentralised: try row.flag(3, "is_centralised"), startDate: try row.date(4, "start_date"),
                    days: Days(tenths: row.statement.int64(5)))
            })
        {
            workers[worker].trainings.append(training)
        }
        for (worker, pay) in try workerRows(
            "SELECT worker, year, amount_fen FROM annual_pay WHERE community = ?1 ORDER BY worker, ordinal",
            table: "annual_pay", key: key, community: community, workers: workers.count,
            { row in AnnualPay(year: row.statement.int(1), amount: Money(fen: row.statement.int64(2))) })
        {
            workers[worker].annualPay.append(pay)
        }
        return workers
    }

    /// The rows of a table under the workers (column 0 is the worker's ordinal), each with its worker.
    private func workerRows<Value>(
        _ sql: String, table: String, key: Int64, community: CommunityID, workers: Int,
        _ make: (RowDecoder) throws(StoreError) -> Value
    ) throws(StoreError) -> [(worker: Int, value: Value)] {
        try rows(sql, table: table, key: key, community: community) { row throws(StoreError) in
            let worker = row.statement.int(0)
            guard (0..<workers).contains(worker) else {
                throw StoreError(
                    .corrupted, "community \(community): \(table) names worker \(worker), which is not stored",
                    recordID: community.rawValue, path: connection.path,
                    underlying: SQLiteDecodingError(table: table, column: "worker", value: String(worker)))
            }
            return (worker, try make(row))
        }
    }

    private func fundGrants(key: Int64, community: CommunityID) throws(StoreError) -> [FundGrant] {
        try rows(
            "SELECT year, purpose, source, amount_fen FROM fund_grants WHERE community = ?1 ORDER BY ordinal",
            table: "fund_grants", key: key, community: community
        ) { row throws(StoreError) in
            FundGrant(
                year: row.statement.int(0), purpose: try row.enumeration(1, "purpose"),
                source: try row.enumeration(2, "source"), amount: Money(fen: row.statement.int64(3)))
        }
    }

    private func averageWages(key: Int64, community: CommunityID) throws(StoreError) -> [AverageWage] {
        try rows(
            "SELECT year, amount_fen FROM average_wages WHERE community = ?1 ORDER BY ordinal",
            table: "average_wages", key: key, community: community
        ) { row in
            AverageWage(year: row.statement.int(0), amount: Money(fen: row.statement.int64(1)))
        }
    }

    private func secretaryQualifications(key: Int64, community: CommunityID) throws(StoreError)
        -> [SecretaryQualificationRecord]
    {
        try rows(
            """
            SELECT year, has_associate_degree_or_higher, has_certificate
            FROM secretary_qualifications WHERE community = ?1 ORDER BY ordinal
            """, table: "secretary_qualifications", key: key, community: community
        ) { row throws(StoreError) in
            SecretaryQualificationRecord(
                year: row.statement.int(0),
                hasAssociateDegreeOrHigher: try row.flag(1, "has_associate_degree_or_higher"),
                hasCertificate: try row.flag(2, "has_certificate"))
        }
    }

    private func exceptions(key: Int64, community: CommunityID) throws(StoreError) -> [RuleException] {
        try rows(
            """
            SELECT rule_id, subject_kind, subject_id, reason, approver, approved_on, valid_until
            FROM exceptions WHERE community = ?1 ORDER BY ordinal
            """, table: "exceptions", key: key, community: community
        ) { row throws(StoreError) in
            let select = row.statement
            var subject: Subject?
            if let kind = select.optionalText(1) {
                guard let named = StoredSubject.subject(kind: kind, id: select.optionalText(2)) else {
                    throw row.corrupted("subject_kind", kind)
                }
                subject = named
            }
            return RuleException(
                ruleID: RuleID(rawValue: select.text(0)), subject: subject, reason: select.text(3),
                approver: select.text(4), approvedOn: try row.date(5, "approved_on"),
                validUntil: try row.optionalDate(6, "valid_until"))
        }
    }

    private func corruptList(_ table: String, expected: Int, found: Int, community: CommunityID) -> StoreError {
        StoreError(
            .corrupted, "community \(community): \(table) has ordinal \(found) where \(expected) belongs",
            recordID: community.rawValue, path: connection.path,
            underlying: SQLiteDecodingError(table: table, column: "ordinal", value: String(found)))
    }
}
