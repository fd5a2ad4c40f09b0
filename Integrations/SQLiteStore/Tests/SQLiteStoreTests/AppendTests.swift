import Foundation
import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

@Suite("SQLiteStore appending history")
struct AppendTests {
    /// Logs every row inserted, updated or deleted in the tables of a community's history.
    static func logChanges(in database: TemporaryDatabase) throws {
        var sql = "CREATE TABLE change_log (change TEXT NOT NULL, row_table TEXT NOT NULL);"
        for table in [
            "communities", "members", "meetings", "attendance", "member_events", "dues_payments", "voluntary_payments",
            "workers", "organisations",
        ] {
            for change in ["INSERT", "UPDATE", "DELETE"] {
                sql += """
                    CREATE TRIGGER log_\(change.lowercased())_\(table) AFTER \(change) ON \(table)
                    BEGIN INSERT INTO change_log VALUES ('\(change)', '\(table)'); END;
                    """
            }
        }
        try RawDatabase(path: database.path).execute(sql)
    }

    @Test("adding a month of meetings and payments inserts only the new rows and rewrites no history")
    func appendingAMonthInsertsOnlyTheNewRows() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        let community = ConformanceFixtures.rich(id: "AP")
        try await store.save(community)
        try Self.logChanges(in: database)
        let month = try CalendarMonth(iso8601: "2025-01")
        let appended = ConformanceFixtures.appendingMonth(month, to: community)
        try await store.save(appended)
        #expect(try await store.community("AP") == appended)
        let raw = try RawDatabase(path: database.path)
        let newMeetings = appended.meetings.count - community.meetings.count
        let newAttendance = appended.meetings.dropFirst(community.meetings.count).map(\.attendance.count).reduce(0, +)
        let newPayments =
            appended.members.map(\.duesPayments.count).reduce(0, +)
            - community.members.map(\.duesPayments.count).reduce(0, +)
        #expect(newMeetings > 0 && newPayments > 0)
        #expect(try raw.value("SELECT count(*) FROM change_log WHERE change <> 'INSERT'") == "0")
        #expect(
            try raw.column("SELECT row_table || ' ' || count(*) FROM change_log GROUP BY row_table ORDER BY row_table")
                == [
                    "attendance \(newAttendance)", "dues_payments \(newPayments)", "meetings \(newMeetings)",
                ])
    }

    @Test("a change to the stored history replaces the community whole, and reads back as saved")
    func changingHistoryReplacesTheCommunity() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        let community = ConformanceFixtures.appendingMonth(
            try CalendarMonth(iso8601: "2025-01"), to: ConformanceFixtures.rich(id: "CH"))
        try await store.save(community)
        try Self.logChanges(in: database)
        var changed = community
        changed.members[0].duesPayments[0].amount = Money(fen: 9_751)
        try await store.save(changed)
        #expect(try await store.community("CH") == changed)
        let raw = try RawDatabase(path: database.path)
        #expect(
            try raw.value("SELECT count(*) FROM change_log WHERE change = 'DELETE' AND row_table = 'communities'")
                == "1")
    }
}
