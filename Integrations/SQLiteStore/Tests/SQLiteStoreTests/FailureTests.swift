import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

@Suite("SQLiteStore failures")
struct FailureTests {
    @Test("a batch with an invalid community stores nothing and keeps the validation error")
    func invalidRecordStoresNothing() async throws {
        let store = try TemporaryDatabase().store()
        let stored = ConformanceFixtures.variant(1, id: "A")
        try await store.save(stored)
        let invalid = ConformanceFixtures.zeroDayTraining(id: "B")
        let error = try await #require(throws: StoreError.self) {
            try await store.save([ConformanceFixtures.variant(9, id: "A"), ConformanceFixtures.rich(id: "C"), invalid])
        }
        #expect(error.code == .invalidRecord)
        #expect(error.recordID == "B")
        let validation = try #require(error.underlying as? ValidationError)
        #expect(validation.field == "trainings[0].days")
        #expect(try await store.communityIDs() == ["A"])
        #expect(try await store.community("A") == stored)
    }

    @Test("a batch that names an ID twice is a conflict and stores nothing")
    func repeatedIDIsAConflict() async throws {
        let store = try TemporaryDatabase().store()
        let error = try await #require(throws: StoreError.self) {
            try await store.save([
                ConformanceFixtures.variant(1, id: "A"), ConformanceFixtures.variant(2, id: "B"),
                ConformanceFixtures.variant(3, id: "A"),
            ])
        }
        #expect(error.code == .conflict)
        #expect(try await store.communityIDs() == [])
    }

    @Test("when SQLite fails half-way through a batch, the transaction rolls back and SQLite's error is kept")
    func sqliteFailureRollsBack() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        let stored = ConformanceFixtures.variant(1, id: "A")
        try await store.save(stored)
        try RawDatabase(path: database.path).execute(
            """
            CREATE TRIGGER refuse_member BEFORE INSERT ON members WHEN NEW.name = 'refused'
            BEGIN SELECT RAISE(ABORT, 'member refused by a trigger'); END
            """)
        var refusing = ConformanceFixtures.variant(4, id: "C")
        refusing.members[0].name = "refused"
        let error = try await #require(throws: StoreError.self) {
            try await store.save([ConformanceFixtures.variant(8, id: "A"), ConformanceFixtures.rich(id: "B"), refusing])
        }
        #expect(error.code == .unavailable)
        let sqlite = try #require(error.underlying as? SQLiteError)
        #expect(sqlite.code == 19)  // SQLITE_CONSTRAINT
        #expect(sqlite.message == "member refused by a trigger")
        #expect(try await store.communityIDs() == ["A"])
        #expect(try await store.community("A") == stored)
        #expect(try RawDatabase(path: database.path).value("SELECT count(*) FROM workers") == "0")
    }

    @Test(
        "a stored value its column cannot hold is corrupted, naming the community, table and column",
        arguments: [
            ("UPDATE members SET employment = 'honorary' WHERE ordinal = 0", "members.employment"),
            ("UPDATE member_events SET kind = 'knighted' WHERE ordinal = 0", "member_events.kind"),
            (
                "UPDATE dues_payments SET base_category = 'noble' WHERE base_kind = 'flat'",
                "dues_payments.base_category"
            ),
            ("UPDATE workers SET birth_date = '1980-02-30' WHERE ordinal = 0", "workers.birth_date"),
            ("UPDATE communities SET development = 'ruined'", "communities.development"),
            ("UPDATE communities SET residents_committees_listed = 0", "communities.residents_committees_listed"),
            ("UPDATE exceptions SET subject_kind = 'planet' WHERE ordinal = 0", "exceptions.subject_kind"),
            ("UPDATE trainings SET level = 'galactic'", "trainings.level"),
        ])
    func corruptedValue(sql: String, column: String) async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        try await store.save(ConformanceFixtures.rich(id: "R"))
        try RawDatabase(path: database.path).execute(sql)
        let error = try await #require(throws: StoreError.self) { try await store.community("R") }
        #expect(error.code == .corrupted)
        #expect(error.recordID == "R")
        let decoding = try #require(error.underlying as? SQLiteDecodingError)
        #expect("\(decoding.table).\(decoding.column)" == column)
        #expect(error.message.contains(column))
    }

    @Test("a write that waits longer than the busy timeout for another connection's lock is unavailable (SQLITE_BUSY)")
    func busyTimeout() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store(busyTimeout: .milliseconds(50))
        let other = try RawDatabase(path: database.path)
        try other.execute("BEGIN IMMEDIATE")
        let error = try await #require(throws: StoreError.self) {
            try await store.save(ConformanceFixtures.minimal())
        }
        #expect(error.code == .unavailable)
        #expect((error.underlying as? SQLiteError)?.code == 5)  // SQLITE_BUSY
        try other.execute("ROLLBACK")
        try await store.save(ConformanceFixtures.minimal())
        #expect(try await store.communityIDs() == [ConformanceFixtures.minimal().id])
    }
}
