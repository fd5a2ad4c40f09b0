import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

@Suite("SQLiteStore applicants")
struct ApplicantTests {
    /// The tables that schema version 6 adds for the admission pipeline.
    static let tables = ["applicants", "applicant_contacts"]

    /// How many rows each applicant table holds for `applicants`.
    static func rowCounts(of applicants: [Applicant]) -> [String: Int] {
        [
            "applicants": applicants.count,
            "applicant_contacts": applicants.reduce(0) { $0 + ($1.activist?.contacts.count ?? 0) },
        ]
    }

    @Test("each applicant is one row with its steps in columns, each activist's contact one row under it")
    func applicantsAreRows() async throws {
        let database = try TemporaryDatabase()
        let community = ConformanceFixtures.rich()
        try await database.store().save(community)
        let raw = try RawDatabase(path: database.path)
        for (table, count) in Self.rowCounts(of: community.applicants) {
            #expect(count > 0, "\(table)")
            #expect(try raw.value("SELECT count(*) FROM \(table)") == String(count), "\(table)")
        }
        #expect(try raw.column("SELECT id FROM applicants ORDER BY ordinal") == community.applicants.map(\.id.rawValue))
        #expect(
            try raw.column("SELECT member_id FROM applicant_contacts WHERE applicant = 2 ORDER BY ordinal")
                == ["M-0", "M-1"])
        #expect(try raw.value("SELECT vote_yes || '/' || vote_entitled FROM applicants WHERE id = 'A-7'") == "5/9")
        #expect(try raw.value("SELECT approval_level FROM applicants WHERE id = 'A-11'") == "subBody")
        #expect(try raw.value("SELECT approval_approved FROM applicants WHERE id = 'A-11'") == "0")
        #expect(try raw.value("SELECT training_days_tenths FROM applicants WHERE id = 'A-5'") == "30")
        #expect(try raw.value("SELECT typeof(training_days_tenths) FROM applicants WHERE id = 'A-8'") == "null")
        #expect(try raw.value("SELECT training_class_hours FROM applicants WHERE id = 'A-8'") == "24")
        #expect(try raw.value("SELECT extension_months FROM applicants WHERE id = 'A-7'") == "6")
        #expect(try raw.value("SELECT typeof(vote_date) FROM applicants WHERE id = 'A-1'") == "null")
        #expect(try raw.value("SELECT subject_id FROM exceptions WHERE subject_kind = 'applicant'") == "A-5")
    }

    @Test("overwriting with a community without applicants, then deleting, leaves no applicant row")
    func overwriteAndDeleteLeaveNoOrphans() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        try await store.save([ConformanceFixtures.rich(id: "A"), ConformanceFixtures.rich(id: "B")])
        let plain = ConformanceFixtures.variant(3, id: "A")
        try await store.save(plain)
        #expect(try await store.community("A") == plain)
        let raw = try RawDatabase(path: database.path)
        let perCommunity = Self.rowCounts(of: ConformanceFixtures.rich().applicants)
        for table in Self.tables {
            #expect(try raw.value("SELECT count(*) FROM \(table)") == String(perCommunity[table] ?? -1), "\(table)")
        }
        try await store.delete(["B"])
        for table in Self.tables {
            #expect(try raw.value("SELECT count(*) FROM \(table)") == "0", "\(table)")
        }
        #expect(try raw.column("PRAGMA foreign_key_check") == [])
    }

    @Test("changed applicants replace the stored ones whole, in their new order")
    func changesReplaceTheApplicants() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        var community = ConformanceFixtures.rich(id: "G")
        try await store.save(community)
        community.applicants[2].activist?.contacts.removeLast()
        community.applicants[6].probation = ProbationDecisions()
        community.applicants[7].training?.classHours = 32
        community.applicants.reverse()
        try await store.save(community)
        #expect(try await store.community("G") == community)
        #expect(try await database.store().community("G") == community)
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("SELECT typeof(extension_date) FROM applicants WHERE id = 'A-7'") == "null")
        #expect(try raw.value("SELECT ordinal FROM applicants WHERE id = 'A-1'") == "11")
    }

    @Test("appending a month of meetings keeps the applicant rows as stored")
    func appendingKeepsApplicants() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        let community = ConformanceFixtures.rich(id: "H")
        try await store.save(community)
        let appended = ConformanceFixtures.appendingMonth(try CalendarMonth(iso8601: "2025-01"), to: community)
        try await store.save(appended)
        #expect(try await database.store().community("H") == appended)
        #expect(try await store.community("H")?.applicants == community.applicants)
    }

    @Test("a step is in all its columns or in none: the table refuses half a vote")
    func halfAStepIsRefused() async throws {
        let database = try TemporaryDatabase()
        try await database.store().save(ConformanceFixtures.rich(id: "C"))
        let raw = try RawDatabase(path: database.path)
        for sql in [
            "UPDATE applicants SET vote_yes = NULL WHERE id = 'A-7'",
            "UPDATE applicants SET approval_level = NULL WHERE id = 'A-7'",
            "UPDATE applicants SET extension_months = 6 WHERE id = 'A-1'",
            "UPDATE applicants SET political_review_passed = 2 WHERE id = 'A-5'",
            "UPDATE applicants SET target_date = NULL WHERE id = 'A-5'",
        ] {
            #expect(throws: RawDatabaseError.self, "\(sql)") { try raw.execute(sql) }
        }
    }

    @Test(
        "an applicant row that is not what its columns hold, or a contact without its activist, is corrupted",
        arguments: [
            ("UPDATE applicants SET approval_level = 'branch' WHERE id = 'A-7'", "applicants.approval_level"),
            ("UPDATE applicants SET oath = '2002-02-30' WHERE id = 'A-7'", "applicants.oath"),
            ("UPDATE applicants SET applied = 'last spring' WHERE id = 'A-1'", "applicants.applied"),
            (
                "UPDATE applicants SET political_review_passed = 2 WHERE id = 'A-5'",
                "applicants.political_review_passed"
            ),
            ("UPDATE applicants SET vote_yes = NULL WHERE id = 'A-7'", "applicants.vote_yes"),
            ("UPDATE applicants SET approval_approver = NULL WHERE id = 'A-7'", "applicants.approval_approver"),
            ("UPDATE applicants SET extension_months = 6 WHERE id = 'A-1'", "applicants.extension_months"),
            ("UPDATE applicants SET training_class_hours = 8 WHERE id = 'A-1'", "applicants.training_class_hours"),
            ("UPDATE applicants SET ordinal = 20 WHERE id = 'A-4'", "applicants.ordinal"),
            ("UPDATE applicant_contacts SET applicant = 0 WHERE applicant = 2", "applicant_contacts.ordinal"),
            ("UPDATE applicant_contacts SET applicant = 40 WHERE applicant = 2", "applicant_contacts.ordinal"),
            ("UPDATE exceptions SET subject_id = NULL WHERE subject_kind = 'applicant'", "exceptions.subject_kind"),
        ])
    func corruptedRowsAreReported(sql: String, column: String) async throws {
        let database = try TemporaryDatabase()
        try await database.store().save(ConformanceFixtures.rich(id: "K"))
        let raw = try RawDatabase(path: database.path)
        try raw.execute("PRAGMA foreign_keys = OFF")
        try raw.execute("PRAGMA ignore_check_constraints = ON")
        try raw.execute(sql)
        let error = try await #require(throws: StoreError.self) { try await database.store().community("K") }
        #expect(error.code == .corrupted)
        #expect(error.recordID == "K")
        let decoding = try #require(error.underlying as? SQLiteDecodingError)
        #expect("\(decoding.table).\(decoding.column)" == column)
        #expect(error.message.contains(decoding.table), "\(error.message)")
    }
}
