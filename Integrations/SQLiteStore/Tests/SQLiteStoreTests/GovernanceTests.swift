import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

@Suite("SQLiteStore governance records")
struct GovernanceTests {
    /// Every table that schema version 5 adds for the governance records.
    static let tables = [
        "grids", "grid_leaders", "grid_members", "decisions", "decision_steps", "mediation_levels",
        "mediation_level_evidence", "mediation_cases", "ledgers", "ledger_updates", "governance_bodies",
        "governance_body_evidence", "coordination_mechanisms", "coordination_participants", "coordination_evidence",
        "electronic_ledgers", "electronic_ledger_evidence", "compounds", "compound_buildings", "resident_units",
        "checklists", "checklist_headings", "checklist_items", "checklist_assessments", "delegated_tasks",
        "office_fund_shares", "fund_disclosures", "fund_disclosure_funds", "worker_recruitments", "secretary_reports",
        "one_stop_posts", "satisfaction_surveys", "training_coverage", "household_participation",
    ]

    /// How many rows each governance table holds for `governance`.
    static func rowCounts(of governance: CommunityGovernance) -> [String: Int] {
        func total<Record, Element>(_ records: [Record], _ list: (Record) -> [Element]) -> Int {
            records.reduce(0) { $0 + list($1).count }
        }
        let headings = governance.checklists.flatMap(\.headings)
        return [
            "grids": governance.grids.count, "grid_leaders": total(governance.grids, \.leaders),
            "grid_members": total(governance.grids, \.memberIDs), "decisions": governance.decisions.count,
            "decision_steps": total(governance.decisions, \.steps),
            "mediation_levels": governance.mediationNetwork.count,
            "mediation_level_evidence": total(governance.mediationNetwork, \.evidence),
            "mediation_cases": governance.mediationCases.count, "ledgers": governance.ledgers.count,
            "ledger_updates": total(governance.ledgers, \.updates), "governance_bodies": governance.bodies.count,
            "governance_body_evidence": total(governance.bodies, \.evidence),
            "coordination_mechanisms": governance.coordination.count,
            "coordination_participants": total(governance.coordination, \.participants),
            "coordination_evidence": total(governance.coordination, \.evidence),
            "electronic_ledgers": governance.electronicLedger == nil ? 0 : 1,
            "electronic_ledger_evidence": governance.electronicLedger?.evidence.count ?? 0,
            "compounds": governance.compounds.count, "compound_buildings": total(governance.compounds, \.buildings),
            "resident_units": governance.residentUnits.count, "checklists": governance.checklists.count,
            "checklist_headings": headings.count, "checklist_items": total(headings, \.items),
            "checklist_assessments": governance.checklistAssessments.count,
            "delegated_tasks": governance.delegatedTasks.count, "office_fund_shares": governance.officeFundShares.count,
            "fund_disclosures": governance.fundDisclosures.count,
            "fund_disclosure_funds": total(governance.fundDisclosures, \.funds),
            "worker_recruitments": governance.recruitments.count,
            "secretary_reports": governance.secretaryReports.count, "one_stop_posts": governance.oneStopPosts.count,
            "satisfaction_surveys": governance.satisfactionSurveys.count,
            "training_coverage": governance.trainingCoverage.count,
            "household_participation": governance.householdParticipation.count,
        ]
    }

    @Test("each governance record kind goes into its own table, one row per record and per nested item")
    func recordsAreRows() async throws {
        let database = try TemporaryDatabase()
        let community = ConformanceFixtures.rich()
        try await database.store().save(community)
        let raw = try RawDatabase(path: database.path)
        let counts = Self.rowCounts(of: community.governance)
        #expect(Set(counts.keys) == Set(Self.tables))
        for (table, count) in counts {
            #expect(count > 0, "\(table)")
            #expect(try raw.value("SELECT count(*) FROM \(table)") == String(count), "\(table)")
        }
        #expect(
            try raw.value("SELECT land_area_hundredths_m2 FROM communities")
                == community.landArea.map { String($0.hundredthsOfSquareMetre) })
        #expect(try raw.value("SELECT typeof(funding_fen) FROM delegated_tasks WHERE ordinal = 2") == "null")
        #expect(try raw.value("SELECT funding_fen FROM delegated_tasks WHERE ordinal = 1") == "0")
        #expect(
            try raw.column("SELECT item FROM checklist_items WHERE checklist = 0 ORDER BY heading, ordinal")
                == community.governance.checklists[0].headings.flatMap(\.items))
    }

    @Test("overwriting with a community without governance records, then deleting, leaves no governance row")
    func overwriteAndDeleteLeaveNoOrphans() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        try await store.save([ConformanceFixtures.rich(id: "A"), ConformanceFixtures.rich(id: "B")])
        let plain = ConformanceFixtures.variant(3, id: "A")
        try await store.save(plain)
        #expect(try await store.community("A") == plain)
        let raw = try RawDatabase(path: database.path)
        let perCommunity = Self.rowCounts(of: ConformanceFixtures.rich().governance)
        for table in Self.tables {
            #expect(try raw.value("SELECT count(*) FROM \(table)") == String(perCommunity[table] ?? -1), "\(table)")
        }
        try await store.delete(["B"])
        for table in Self.tables {
            #expect(try raw.value("SELECT count(*) FROM \(table)") == "0", "\(table)")
        }
        #expect(try raw.column("PRAGMA foreign_key_check") == [])
    }

    @Test("a changed governance record replaces the stored records whole, in their new order")
    func changesReplaceTheRecords() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        var community = ConformanceFixtures.rich(id: "G")
        try await store.save(community)
        community.governance.grids[0].leaders.removeLast()
        community.governance.ledgers.reverse()
        community.governance.checklists[0].headings[0].items.append("新增事项")
        community.governance.electronicLedger = nil
        community.landArea = nil
        community.meetings.removeAll()
        try await store.save(community)
        #expect(try await store.community("G") == community)
        #expect(try await database.store().community("G") == community)
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("SELECT count(*) FROM electronic_ledger_evidence") == "0")
        #expect(try raw.value("SELECT typeof(land_area_hundredths_m2) FROM communities") == "null")
    }

    @Test("appending a month of meetings keeps the governance rows as stored")
    func appendingKeepsGovernance() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        let community = ConformanceFixtures.rich(id: "H")
        try await store.save(community)
        let month = try CalendarMonth(iso8601: "2025-01")
        let appended = ConformanceFixtures.appendingMonth(month, to: community)
        try await store.save(appended)
        #expect(try await database.store().community("H") == appended)
        #expect(try await store.community("H")?.governance == community.governance)
    }

    @Test(
        "a governance row that is not what its column holds, or names a record not stored, is corrupted",
        arguments: [
            ("UPDATE decision_steps SET kind = 'vote' WHERE ordinal = 0", "decision_steps"),
            ("UPDATE grids SET established = '2016-02-30' WHERE ordinal = 1", "grids"),
            ("UPDATE one_stop_posts SET until = 'soon' WHERE ordinal = 1", "one_stop_posts"),
            ("UPDATE grids SET ordinal = 9 WHERE ordinal = 4", "grids"),
            ("UPDATE checklist_headings SET ordinal = 5 WHERE checklist = 1 AND ordinal = 1", "checklist_headings"),
            ("UPDATE fund_disclosure_funds SET fund = 'travel' WHERE ordinal = 0", "fund_disclosure_funds"),
        ])
    func corruptedRowsAreReported(sql: String, table: String) async throws {
        let database = try TemporaryDatabase()
        try await database.store().save(ConformanceFixtures.rich(id: "K"))
        let raw = try RawDatabase(path: database.path)
        try raw.execute("PRAGMA foreign_keys = OFF")
        try raw.execute(sql)
        let error = try await #require(throws: StoreError.self) { try await database.store().community("K") }
        #expect(error.code == .corrupted)
        #expect(error.message.contains(table), "\(error.message)")
    }
}
