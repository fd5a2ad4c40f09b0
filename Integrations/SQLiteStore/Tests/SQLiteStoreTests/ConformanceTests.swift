import Foundation
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

@Suite("SQLiteStore conformance")
struct ConformanceTests {
    @Test(
        "SQLiteStore passes the conformance kit, each check on a new database file",
        arguments: ConformanceCheck.allCases)
    func conforms(check: ConformanceCheck) async throws {
        let database = try TemporaryDatabase()
        let directory = database.directory
        await StoreConformance.check(check) {
            try SQLiteStore(path: directory.appendingPathComponent("\(UUID().uuidString).sqlite").path)
        }
        withExtendedLifetime(database) {}  // The directory is removed only once the check is done.
    }
}
