import PartyBuilding
import PartyBuildingStoreTesting
import Testing

/// The Swift Testing front end records each failure as an issue at the line that called the check.
@Suite struct ConformanceSwiftTestingTests {
    @Test func aFailureIsRecordedAtTheCallersLine() async {
        let callLine = #line + 3
        let file = #fileID
        await withKnownIssue {
            await StoreConformance.checkListingOrder { UTF16OrderStore() }
        } matching: { issue in
            issue.sourceLocation?.line == callLine && issue.sourceLocation?.fileID == file
                && issue.comments.contains { $0.rawValue.hasPrefix("[listingOrder]") }
        }
    }

    @Test func checkAllRecordsTheFailuresOfEveryCheckAtTheCallersLine() async {
        let callLine = #line + 3
        let file = #fileID
        await withKnownIssue {
            await StoreConformance.checkAll { MisreportingStore() }
        } matching: { issue in
            issue.sourceLocation?.line == callLine && issue.sourceLocation?.fileID == file
                && issue.comments.contains { $0.rawValue.hasPrefix("[errorMapping]") }
        }
    }

    @Test func aCorrectStoreRecordsNoIssue() async {
        await StoreConformance.checkAll { InMemoryStore() }
        for check in ConformanceCheck.allCases {
            await StoreConformance.check(check) { InMemoryStore() }
        }
        await StoreConformance.checkRoundTrips { InMemoryStore() }
        await StoreConformance.checkOverwrite { InMemoryStore() }
        await StoreConformance.checkDelete { InMemoryStore() }
        await StoreConformance.checkMissingIDs { InMemoryStore() }
        await StoreConformance.checkListingOrder { InMemoryStore() }
        await StoreConformance.checkBatchAtomicity { InMemoryStore() }
        await StoreConformance.checkConcurrentWriters(tasks: 8, savesPerTask: 5) { InMemoryStore() }
        await StoreConformance.checkErrorMapping { InMemoryStore() }
    }
}
