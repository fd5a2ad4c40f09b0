import Foundation
import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

@Suite("SQLiteStore schema and migrations")
struct SchemaTests {
    @Test("opening a new file creates every table at the current schema version, in WAL mode")
    func newDatabase() async throws {
        let database = try TemporaryDatabase()
        _ = try database.store()
        let raw = try RawDatabase(path: database.path)
        #expect(SQLiteStore.schemaVersion == 7)
        #expect(try raw.value("PRAGMA user_version") == String(SQLiteStore.schemaVersion))
        #expect(try raw.value("PRAGMA journal_mode") == "wal")
        let tables = try raw.column("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        #expect(
            tables == [
                "annual_pay", "applicant_contacts", "applicants", "attendance", "average_wages",
                "checklist_assessments", "checklist_headings",
                "checklist_items", "checklists", "communities", "compound_buildings", "compounds",
                "coordination_evidence", "coordination_mechanisms", "coordination_participants", "decision_steps",
                "decisions", "delegated_tasks", "dues_payments", "election_members", "elections",
                "electronic_ledger_evidence", "electronic_ledgers", "exceptions", "fund_disclosure_funds",
                "fund_disclosures", "fund_grants", "governance_bodies", "governance_body_evidence", "grid_leaders",
                "grid_members", "grids", "household_participation", "ledger_updates", "ledgers", "mediation_cases",
                "mediation_level_evidence", "mediation_levels", "meetings", "member_events", "members",
                "office_fund_shares", "one_stop_posts", "organisation_units", "organisations", "party_group_members",
                "party_groups", "points_assessments", "reception_days", "resident_units", "residents_committees",
                "satisfaction_surveys", "secretary_qualifications", "secretary_reports", "task_claims",
                "training_coverage", "trainings", "voluntary_payments", "worker_recruitments", "worker_roles",
                "workers",
            ])
    }

    @Test("the database file is readable and writable by its owner only")
    func ownerOnly() throws {
        let database = try TemporaryDatabase()
        _ = try database.store()
        let attributes = try FileManager.default.attributesOfItem(atPath: database.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("reopening a current database keeps its data and applies no migration again")
    func reopen() async throws {
        let database = try TemporaryDatabase()
        let community = ConformanceFixtures.rich()
        try await database.store().save(community)
        let reopened = try database.store()
        #expect(try await reopened.communityIDs() == [community.id])
        #expect(try RawDatabase(path: database.path).value("PRAGMA user_version") == String(SQLiteStore.schemaVersion))
    }

    @Test("a database from a newer schema version is refused with unsupportedSchemaVersion and left unchanged")
    func newerVersionIsRefused() async throws {
        let database = try TemporaryDatabase()
        try await database.store().save(ConformanceFixtures.minimal())
        try RawDatabase(path: database.path).execute("PRAGMA user_version = 99")
        let before = try Data(contentsOf: URL(fileURLWithPath: database.path))
        let error = try #require(throws: StoreError.self) { try database.store() }
        #expect(error.code == .unsupportedSchemaVersion)
        #expect(error.path == database.path)
        #expect(error.message.contains("99"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path)) == before)
    }

    @Test("a file that is not a database is corrupted, with SQLite's error kept")
    func notADatabase() throws {
        let database = try TemporaryDatabase()
        let text = Data(String(repeating: "not a database, just text. ", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: database.path))
        let error = try #require(throws: StoreError.self) { try database.store() }
        #expect(error.code == .corrupted)
        let sqlite = try #require(error.underlying as? SQLiteError)
        #expect(sqlite.code == 26)  // SQLITE_NOTADB
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path)) == text)
    }

    @Test("another program's database is refused as corrupted and left unchanged")
    func foreignDatabase() throws {
        let database = try TemporaryDatabase()
        try RawDatabase(path: database.path).execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY)")
        let error = try #require(throws: StoreError.self) { try database.store() }
        #expect(error.code == .corrupted)
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.column("SELECT name FROM sqlite_master") == ["accounts"])
        #expect(try raw.value("PRAGMA user_version") == "0")
    }

    @Test("\":memory:\" opens a private database in memory")
    func inMemory() async throws {
        let store = try SQLiteStore(path: ":memory:")
        let community = ConformanceFixtures.rich()
        try await store.save(community)
        #expect(try await store.allCommunities() == [community])
        #expect(try await SQLiteStore(path: ":memory:").communityIDs() == [])
    }

    @Test("a path in a directory that does not exist is unavailable")
    func missingDirectory() throws {
        let database = try TemporaryDatabase()
        let path = database.directory.appendingPathComponent("missing/store.sqlite").path
        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error.code == .unavailable)
        #expect(error.path == path)
    }
}
