import PartyBuilding

extension CommunityWriter {
    /// Inserts a community's governance records (``SQLiteSchema`` version 5), each kind in its table
    /// and each nested list in its child table, in order.
    func insertGovernance(_ governance: CommunityGovernance, key: Int64) throws(StoreError) {
        try insertGrids(governance.grids, key: key)
        try insertDecisions(governance.decisions, key: key)
        try insertMediationNetwork(governance.mediationNetwork, key: key)
        try insertRows(
            governance.mediationCases,
            "INSERT INTO mediation_cases (community, ordinal, date, outcome, subject) VALUES (?1, ?2, ?3, ?4, ?5)",
            key: key
        ) { insert, mediation in
            insert.bind(3, mediation.date)
            insert.bind(4, mediation.outcome.rawValue)
            insert.bind(5, mediation.subject)
        }
        try insertLedgers(governance.ledgers, key: key)
        try insertBodies(governance.bodies, key: key)
        try insertCoordination(governance.coordination, key: key)
        if let ledger = governance.electronicLedger { try insertElectronicLedger(ledger, key: key) }
        try insertCompounds(governance.compounds, key: key)
        try insertResidentUnits(governance.residentUnits, key: key)
        try insertChecklists(governance.checklists, key: key)
        try insertGovernanceFigures(governance, key: key)
    }

    /// Inserts one row per record: the community's key is parameter 1, then the ordinals of the
    /// records above it (`parents`), then the record's own ordinal; `bind` binds the rest.
    func insertRows<Record>(
        _ records: [Record], _ sql: String, key: Int64, under parents: [Int] = [],
        _ bind: (SQLiteStatement, Record) -> Void
    ) throws(StoreError) {
        guard !records.isEmpty else { return }
        let insert = try connection.statement(sql)
        for (ordinal, record) in records.enumerated() {
            insert.bind(1, key)
            for (index, parent) in parents.enumerated() { insert.bind(Int32(2 + index), parent) }
            insert.bind(Int32(2 + parents.count), ordinal)
            bind(insert, record)
            try insert.run()
        }
    }

    private func insertGrids(_ grids: [Grid], key: Int64) throws(StoreError) {
        try insertRows(
            grids,
            """
            INSERT INTO grids (community, ordinal, id, level, name, parent_id, organisation_id, party_group_id,
                established) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """, key: key
        ) { insert, grid in
            insert.bind(3, grid.id.rawValue)
            insert.bind(4, grid.level)
            insert.bind(5, grid.name)
            insert.bind(6, grid.parentID?.rawValue)
            insert.bind(7, grid.organisationID?.rawValue)
            insert.bind(8, grid.partyGroupID?.rawValue)
            insert.bind(9, grid.established)
        }
        for (ordinal, grid) in grids.enumerated() {
            try insertRows(
                grid.leaders,
                "INSERT INTO grid_leaders (community, grid, ordinal, name, member_id) VALUES (?1, ?2, ?3, ?4, ?5)",
                key: key, under: [ordinal]
            ) { insert, leader in
                insert.bind(4, leader.name)
                insert.bind(5, leader.memberID?.rawValue)
            }
            try insertRows(
                grid.memberIDs,
                "INSERT INTO grid_members (community, grid, ordinal, member_id) VALUES (?1, ?2, ?3, ?4)",
                key: key, under: [ordinal]
            ) { insert, member in insert.bind(4, member.rawValue) }
        }
    }

    private func insertDecisions(_ decisions: [Decision], key: Int64) throws(StoreError) {
        try insertRows(
            decisions, "INSERT INTO decisions (community, ordinal, id, title) VALUES (?1, ?2, ?3, ?4)", key: key
        ) { insert, decision in
            insert.bind(3, decision.id.rawValue)
            insert.bind(4, decision.title)
        }
        for (ordinal, decision) in decisions.enumerated() {
            try insertRows(
                decision.steps,
                """
                INSERT INTO decision_steps (community, decision, ordinal, kind, date, reference)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                """, key: key, under: [ordinal]
            ) { insert, step in
                insert.bind(4, step.kind.rawValue)
                insert.bind(5, step.date)
                insert.bind(6, step.reference)
            }
        }
    }

    private func insertMediationNetwork(_ levels: [MediationLevel], key: Int64) throws(StoreError) {
        try insertRows(
            levels, "INSERT INTO mediation_levels (community, ordinal, level, name) VALUES (?1, ?2, ?3, ?4)", key: key
        ) { insert, level in
            insert.bind(3, level.level)
            insert.bind(4, level.name)
        }
        for (ordinal, level) in levels.enumerated() {
            try insertEvidence(
                level.evidence, table: "mediation_level_evidence", parent: "mediation_level", ordinal, key)
        }
    }

    private func insertLedgers(_ ledgers: [Ledger], key: Int64) throws(StoreError) {
        try insertRows(
            ledgers, "INSERT INTO ledgers (community, ordinal, kind, name) VALUES (?1, ?2, ?3, ?4)", key: key
        ) {
            insert, ledger in
            insert.bind(3, ledger.kind.rawValue)
            insert.bind(4, ledger.name)
        }
        for (ordinal, ledger) in ledgers.enumerated() {
            try insertRows(
                ledger.updates, "INSERT INTO ledger_updates (community, ledger, ordinal, date) VALUES (?1, ?2, ?3, ?4)",
                key: key, under: [ordinal]
            ) { insert, date in insert.bind(4, date) }
        }
    }

    private func insertBodies(_ bodies: [GovernanceBody], key: Int64) throws(StoreError) {
        try insertRows(
            bodies,
            """
            INSERT INTO governance_bodies (community, ordinal, id, kind, name, established)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """, key: key
        ) { insert, body in
            insert.bind(3, body.id.rawValue)
            insert.bind(4, body.kind.rawValue)
            insert.bind(5, body.name)
            insert.bind(6, body.established)
        }
        for (ordinal, body) in bodies.enumerated() {
            try insertEvidence(body.evidence, table: "governance_body_evidence", parent: "body", ordinal, key)
        }
    }

    private func insertCoordination(_ mechanisms: [CoordinationMechanism], key: Int64) throws(StoreError) {
        try insertRows(
            mechanisms, "INSERT INTO coordination_mechanisms (community, ordinal, name) VALUES (?1, ?2, ?3)", key: key
        ) { insert, mechanism in insert.bind(3, mechanism.name) }
        for (ordinal, mechanism) in mechanisms.enumerated() {
            try insertRows(
                mechanism.participants,
                """
                INSERT INTO coordination_participants (community, mechanism, ordinal, body_kind)
                VALUES (?1, ?2, ?3, ?4)
                """, key: key, under: [ordinal]
            ) { insert, kind in insert.bind(4, kind.rawValue) }
            try insertEvidence(mechanism.evidence, table: "coordination_evidence", parent: "mechanism", ordinal, key)
        }
    }

    private func insertElectronicLedger(_ ledger: ElectronicLedger, key: Int64) throws(StoreError) {
        let insert = try connection.statement(
            "INSERT INTO electronic_ledgers (community, system, since) VALUES (?1, ?2, ?3)")
        insert.bind(1, key)
        insert.bind(2, ledger.system)
        insert.bind(3, ledger.since)
        try insert.run()
        try insertEvidence(ledger.evidence, table: "electronic_ledger_evidence", parent: nil, nil, key)
    }

    /// Inserts the evidence of one record into `table`, under the record's ordinal in the column
    /// `parent` (none for the electronic ledger's, which is under the community).
    private func insertEvidence(
        _ evidence: [Evidence], table: String, parent: String?, _ ordinal: Int?, _ key: Int64
    ) throws(StoreError) {
        let columns = parent.map { "community, \($0), ordinal" } ?? "community, ordinal"
        let values = parent == nil ? "?1, ?2, ?3, ?4, ?5, ?6" : "?1, ?2, ?3, ?4, ?5, ?6, ?7"
        let first: Int32 = parent == nil ? 3 : 4
        try insertRows(
            evidence, "INSERT INTO \(table) (\(columns), kind, date, reference, title) VALUES (\(values))", key: key,
            under: ordinal.map { [$0] } ?? []
        ) { insert, item in
            insert.bind(first, item.kind.rawValue)
            insert.bind(first + 1, item.date)
            insert.bind(first + 2, item.reference)
            insert.bind(first + 3, item.title)
        }
    }

    private func insertCompounds(_ compounds: [ResidentialCompound], key: Int64) throws(StoreError) {
        try insertRows(
            compounds,
            "INSERT INTO compounds (community, ordinal, id, name, kind, organisation_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            key: key
        ) { insert, compound in
            insert.bind(3, compound.id.rawValue)
            insert.bind(4, compound.name)
            insert.bind(5, compound.kind.rawValue)
            insert.bind(6, compound.organisationID?.rawValue)
        }
        for (ordinal, compound) in compounds.enumerated() {
            try insertRows(
                compound.buildings,
                """
                INSERT INTO compound_buildings (community, compound, ordinal, name, party_group_id)
                VALUES (?1, ?2, ?3, ?4, ?5)
                """, key: key, under: [ordinal]
            ) { insert, building in
                insert.bind(4, building.name)
                insert.bind(5, building.partyGroupID?.rawValue)
            }
        }
    }

    private func insertResidentUnits(_ units: [ResidentUnit], key: Int64) throws(StoreError) {
        try insertRows(
            units,
            """
            INSERT INTO resident_units (community, ordinal, id, name, kind, members, formal_members, own_organisation,
                joint_organisation_id, instructor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """, key: key
        ) { insert, unit in
            insert.bind(3, unit.id.rawValue)
            insert.bind(4, unit.name)
            insert.bind(5, unit.kind.rawValue)
            insert.bind(6, unit.members)
            insert.bind(7, unit.formalMembers)
            insert.bind(8, unit.ownOrganisation)
            insert.bind(9, unit.jointOrganisationID?.rawValue)
            insert.bind(10, unit.instructor)
        }
    }

    private func insertChecklists(_ checklists: [Checklist], key: Int64) throws(StoreError) {
        try insertRows(
            checklists, "INSERT INTO checklists (community, ordinal, id, scope, title) VALUES (?1, ?2, ?3, ?4, ?5)",
            key: key
        ) { insert, checklist in
            insert.bind(3, checklist.id.rawValue)
            insert.bind(4, checklist.scope.rawValue)
            insert.bind(5, checklist.title)
        }
        for (ordinal, checklist) in checklists.enumerated() {
            try insertRows(
                checklist.headings,
                "INSERT INTO checklist_headings (community, checklist, ordinal, title) VALUES (?1, ?2, ?3, ?4)",
                key: key, under: [ordinal]
            ) { insert, heading in insert.bind(4, heading.title) }
            for (number, heading) in checklist.headings.enumerated() {
                try insertRows(
                    heading.items,
                    """
                    INSERT INTO checklist_items (community, checklist, heading, ordinal, item)
                    VALUES (?1, ?2, ?3, ?4, ?5)
                    """, key: key, under: [ordinal, number]
                ) { insert, item in insert.bind(5, item) }
            }
        }
    }
}
