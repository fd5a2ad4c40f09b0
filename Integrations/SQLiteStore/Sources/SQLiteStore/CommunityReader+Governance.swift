import PartyBuilding

extension CommunityReader {
    /// Reads a community's governance records (``SQLiteSchema`` version 5) with their nested lists.
    func governance(key: Int64, community: CommunityID) throws(StoreError) -> CommunityGovernance {
        var governance = CommunityGovernance()
        governance.grids = try grids(key: key, community: community)
        governance.decisions = try decisions(key: key, community: community)
        governance.mediationNetwork = try mediationNetwork(key: key, community: community)
        governance.mediationCases = try rows(
            "SELECT date, outcome, subject FROM mediation_cases WHERE community = ?1 ORDER BY ordinal",
            table: "mediation_cases", key: key, community: community
        ) { row throws(StoreError) in
            MediationCase(
                date: try row.date(0, "date"), outcome: try row.enumeration(1, "outcome"),
                subject: row.statement.optionalText(2))
        }
        governance.ledgers = try ledgers(key: key, community: community)
        governance.bodies = try bodies(key: key, community: community)
        governance.coordination = try coordination(key: key, community: community)
        governance.electronicLedger = try electronicLedger(key: key, community: community)
        governance.compounds = try compounds(key: key, community: community)
        governance.residentUnits = try rows(
            """
            SELECT id, name, kind, members, formal_members, own_organisation, joint_organisation_id, instructor
            FROM resident_units WHERE community = ?1 ORDER BY ordinal
            """, table: "resident_units", key: key, community: community
        ) { row throws(StoreError) in
            let select = row.statement
            return ResidentUnit(
                id: ResidentUnitID(select.text(0)), name: select.text(1), kind: try row.enumeration(2, "kind"),
                members: select.optionalInt(3), formalMembers: select.optionalInt(4),
                ownOrganisation: select.optionalText(5),
                jointOrganisationID: select.optionalText(6).map(OrganisationID.init(rawValue:)),
                instructor: select.optionalText(7))
        }
        governance.checklists = try checklists(key: key, community: community)
        try addGovernanceFigures(to: &governance, key: key, community: community)
        return governance
    }

    /// The rows of a table of records that have children, in order: column 0 is the ordinal, which
    /// must run from 0 without a gap, since the children name their record by it.
    func parentRows<Value>(
        _ sql: String, table: String, key: Int64, community: CommunityID,
        _ make: (RowDecoder) throws(StoreError) -> Value
    ) throws(StoreError) -> [Value] {
        let numbered = try rows(sql, table: table, key: key, community: community) { row throws(StoreError) in
            (ordinal: row.statement.int(0), value: try make(row))
        }
        for (index, row) in numbered.enumerated() where row.ordinal != index {
            let underlying = SQLiteDecodingError(table: table, column: "ordinal", value: String(row.ordinal))
            throw StoreError(
                .corrupted, "community \(community): \(table) has ordinal \(row.ordinal) where \(index) belongs",
                recordID: community.rawValue, path: connection.path, underlying: underlying)
        }
        return numbered.map(\.value)
    }

    /// The rows of a child table, in order, each with its record's ordinal (column 0), which must name
    /// one of the `parents` records.
    func childRows<Value>(
        _ sql: String, table: String, key: Int64, community: CommunityID, parents: Int,
        _ make: (RowDecoder) throws(StoreError) -> Value
    ) throws(StoreError) -> [(parent: Int, value: Value)] {
        try rows(sql, table: table, key: key, community: community) { row throws(StoreError) in
            let parent = row.statement.int(0)
            guard (0..<parents).contains(parent) else { throw orphan(table, parent, community) }
            return (parent, try make(row))
        }
    }

    private func grids(key: Int64, community: CommunityID) throws(StoreError) -> [Grid] {
        var grids = try parentRows(
            """
            SELECT ordinal, id, level, name, parent_id, organisation_id, party_group_id, established
            FROM grids WHERE community = ?1 ORDER BY ordinal
            """, table: "grids", key: key, community: community
        ) { row throws(StoreError) in
            let select = row.statement
            return Grid(
                id: GridID(select.text(1)), level: select.int(2), name: select.text(3),
                parentID: select.optionalText(4).map(GridID.init(rawValue:)),
                organisationID: select.optionalText(5).map(OrganisationID.init(rawValue:)),
                partyGroupID: select.optionalText(6).map(PartyGroupID.init(rawValue:)),
                established: try row.optionalDate(7, "established"))
        }
        for (grid, leader) in try childRows(
            "SELECT grid, name, member_id FROM grid_leaders WHERE community = ?1 ORDER BY grid, ordinal",
            table: "grid_leaders", key: key, community: community, parents: grids.count,
            { row in
                GridLeader(
                    name: row.statement.text(1), memberID: row.statement.optionalText(2).map(MemberID.init(rawValue:)))
            })
        {
            grids[grid].leaders.append(leader)
        }
        for (grid, member) in try childRows(
            "SELECT grid, member_id FROM grid_members WHERE community = ?1 ORDER BY grid, ordinal",
            table: "grid_members", key: key, community: community, parents: grids.count,
            { row in MemberID(row.statement.text(1)) })
        {
            grids[grid].memberIDs.append(member)
        }
        return grids
    }

    private func decisions(key: Int64, community: CommunityID) throws(StoreError) -> [Decision] {
        var decisions = try parentRows(
            "SELECT ordinal, id, title FROM decisions WHERE community = ?1 ORDER BY ordinal", table: "decisions",
            key: key, community: community
        ) { row in Decision(id: DecisionID(row.statement.text(1)), title: row.statement.text(2)) }
        for (decision, step) in try childRows(
            """
            SELECT decision, kind, date, reference FROM decision_steps WHERE community = ?1
            ORDER BY decision, ordinal
            """, table: "decision_steps", key: key, community: community, parents: decisions.count,
            { row throws(StoreError) in
                DecisionStep(
                    kind: try row.enumeration(1, "kind"), date: try row.date(2, "date"),
                    reference: row.statement.optionalText(3))
            })
        {
            decisions[decision].steps.append(step)
        }
        return decisions
    }

    private func mediationNetwork(key: Int64, community: CommunityID) throws(StoreError) -> [MediationLevel] {
        var levels = try parentRows(
            "SELECT ordinal, level, name FROM mediation_levels WHERE community = ?1 ORDER BY ordinal",
            table: "mediation_levels", key: key, community: community
        ) { row in MediationLevel(level: row.statement.int(1), name: row.statement.text(2)) }
        for (level, evidence) in try evidence(
            "mediation_level_evidence", parent: "mediation_level", parents: levels.count, key: key,
            community: community)
        {
            levels[level].evidence.append(evidence)
        }
        return levels
    }

    private func ledgers(key: Int64, community: CommunityID) throws(StoreError) -> [Ledger] {
        var ledgers = try parentRows(
            "SELECT ordinal, kind, name FROM ledgers WHERE community = ?1 ORDER BY ordinal", table: "ledgers",
            key: key, community: community
        ) { row throws(StoreError) in
            Ledger(kind: try row.enumeration(1, "kind"), name: row.statement.optionalText(2))
        }
        for (ledger, date) in try childRows(
            "SELECT ledger, date FROM ledger_updates WHERE community = ?1 ORDER BY ledger, ordinal",
            table: "ledger_updates", key: key, community: community, parents: ledgers.count,
            { row throws(StoreError) in try row.date(1, "date") })
        {
            ledgers[ledger].updates.append(date)
        }
        return ledgers
    }

    private func bodies(key: Int64, community: CommunityID) throws(StoreError) -> [GovernanceBody] {
        var bodies = try parentRows(
            """
            SELECT ordinal, id, kind, name, established FROM governance_bodies WHERE community = ?1 ORDER BY ordinal
            """, table: "governance_bodies", key: key, community: community
        ) { row throws(StoreError) in
            GovernanceBody(
                id: GovernanceBodyID(row.statement.text(1)), kind: try row.enumeration(2, "kind"),
                name: row.statement.text(3), established: try row.optionalDate(4, "established"))
        }
        for (body, evidence) in try evidence(
            "governance_body_evidence", parent: "body", parents: bodies.count, key: key, community: community)
        {
            bodies[body].evidence.append(evidence)
        }
        return bodies
    }

    private func coordination(key: Int64, community: CommunityID) throws(StoreError) -> [CoordinationMechanism] {
        var mechanisms = try parentRows(
            "SELECT ordinal, name FROM coordination_mechanisms WHERE community = ?1 ORDER BY ordinal",
            table: "coordination_mechanisms", key: key, community: community
        ) { row in CoordinationMechanism(name: row.statement.text(1), participants: []) }
        for (mechanism, kind) in try childRows(
            """
            SELECT mechanism, body_kind FROM coordination_participants WHERE community = ?1
            ORDER BY mechanism, ordinal
            """, table: "coordination_participants", key: key, community: community, parents: mechanisms.count,
            { row throws(StoreError) -> GovernanceBodyKind in try row.enumeration(1, "body_kind") })
        {
            mechanisms[mechanism].participants.append(kind)
        }
        for (mechanism, evidence) in try evidence(
            "coordination_evidence", parent: "mechanism", parents: mechanisms.count, key: key, community: community)
        {
            mechanisms[mechanism].evidence.append(evidence)
        }
        return mechanisms
    }

    private func electronicLedger(key: Int64, community: CommunityID) throws(StoreError) -> ElectronicLedger? {
        var ledger = try rows(
            "SELECT system, since FROM electronic_ledgers WHERE community = ?1", table: "electronic_ledgers",
            key: key, community: community
        ) { row throws(StoreError) in
            ElectronicLedger(system: row.statement.text(0), since: try row.date(1, "since"))
        }.first
        let items = try rows(
            """
            SELECT kind, date, reference, title FROM electronic_ledger_evidence WHERE community = ?1 ORDER BY ordinal
            """, table: "electronic_ledger_evidence", key: key, community: community
        ) { row throws(StoreError) in try evidence(row, from: 0) }
        guard ledger != nil || items.isEmpty else { throw orphan("electronic_ledger_evidence", 0, community) }
        ledger?.evidence = items
        return ledger
    }

    /// The rows of an evidence table under the records of `parent`, each with its record's ordinal.
    private func evidence(
        _ table: String, parent: String, parents: Int, key: Int64, community: CommunityID
    ) throws(StoreError) -> [(parent: Int, value: Evidence)] {
        try childRows(
            "SELECT \(parent), kind, date, reference, title FROM \(table) WHERE community = ?1 ORDER BY \(parent), ordinal",
            table: table, key: key, community: community, parents: parents,
            { row throws(StoreError) in try evidence(row, from: 1) })
    }

    /// Evidence from four columns of a row, from `first` on: kind, date, reference, title.
    private func evidence(_ row: RowDecoder, from first: Int32) throws(StoreError) -> Evidence {
        Evidence(
            kind: try row.enumeration(first, "kind"), date: try row.date(first + 1, "date"),
            reference: row.statement.text(first + 2), title: row.statement.optionalText(first + 3))
    }

    private func compounds(key: Int64, community: CommunityID) throws(StoreError) -> [ResidentialCompound] {
        var compounds = try parentRows(
            "SELECT ordinal, id, name, kind, organisation_id FROM compounds WHERE community = ?1 ORDER BY ordinal",
            table: "compounds", key: key, community: community
        ) { row throws(StoreError) in
            ResidentialCompound(
                id: CompoundID(row.statement.text(1)), name: row.statement.text(2),
                kind: try row.enumeration(3, "kind"),
                organisationID: row.statement.optionalText(4).map(OrganisationID.init(rawValue:)))
        }
        for (compound, building) in try childRows(
            """
            SELECT compound, name, party_group_id FROM compound_buildings WHERE community = ?1
            ORDER BY compound, ordinal
            """, table: "compound_buildings", key: key, community: community, parents: compounds.count,
            { row in
                ResidentialCompound.Building(
                    name: row.statement.text(1),
                    partyGroupID: row.statement.optionalText(2).map(PartyGroupID.init(rawValue:)))
            })
        {
            compounds[compound].buildings.append(building)
        }
        return compounds
    }

    private func checklists(key: Int64, community: CommunityID) throws(StoreError) -> [Checklist] {
        var checklists = try parentRows(
            "SELECT ordinal, id, scope, title FROM checklists WHERE community = ?1 ORDER BY ordinal",
            table: "checklists", key: key, community: community
        ) { row throws(StoreError) in
            Checklist(
                id: ChecklistID(row.statement.text(1)), scope: try row.enumeration(2, "scope"),
                title: row.statement.text(3))
        }
        for (checklist, heading) in try childRows(
            """
            SELECT checklist, ordinal, title FROM checklist_headings WHERE community = ?1 ORDER BY checklist, ordinal
            """, table: "checklist_headings", key: key, community: community, parents: checklists.count,
            { row in (ordinal: row.statement.int(1), heading: Checklist.Heading(title: row.statement.text(2))) })
        {
            // Items name their heading by its ordinal: a gap would put them under the wrong heading.
            guard heading.ordinal == checklists[checklist].headings.count else {
                throw orphan("checklist_headings", heading.ordinal, community)
            }
            checklists[checklist].headings.append(heading.heading)
        }
        for (checklist, item) in try childRows(
            """
            SELECT checklist, heading, item FROM checklist_items WHERE community = ?1
            ORDER BY checklist, heading, ordinal
            """, table: "checklist_items", key: key, community: community, parents: checklists.count,
            { row in (heading: row.statement.int(1), item: row.statement.text(2)) })
        {
            guard checklists[checklist].headings.indices.contains(item.heading) else {
                throw orphan("checklist_items", item.heading, community)
            }
            checklists[checklist].headings[item.heading].items.append(item.item)
        }
        return checklists
    }
}
