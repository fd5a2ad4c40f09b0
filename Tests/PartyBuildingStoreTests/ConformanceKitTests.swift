import PartyBuilding
import PartyBuildingStoreTesting
import Testing

/// Each check fails a store that breaks its part of the contract, and no other check does unless the
/// same fault breaks that one too. (That a correct store passes is shown by
/// `ConformanceInMemoryStoreTests` and `ConformanceJSONFileStoreTests`.)
@Suite struct ConformanceKitTests {
    @Test func aDroppedFieldFailsTheRoundTripsNamingTheField() async {
        let failures = await StoreConformance.all { FieldDroppingStore() }
        #expect(
            Set(failures.map(\.check)) == [.roundTrips, .overwrite, .batchAtomicity, .recordKinds, .appendedHistory])
        let roundTrip = failures.first { $0.check == .roundTrips }
        #expect(roundTrip?.message.contains("came back different at workers[1].certificate") == true)
        #expect(roundTrip?.expected?.hasPrefix("Optional(PartyBuilding.Certificate(level:") == true)
        #expect(roundTrip?.actual == "nil")
    }

    @Test func aStoreThatKeepsAYearOfDuesFailsOnlyAppendedHistory() async {
        let failures = await StoreConformance.all { YearOfDuesStore() }
        #expect(Set(failures.map(\.check)) == [.appendedHistory])
        #expect(failures.contains { $0.message.contains("came back different at members[0].duesPayments") })
    }

    @Test func aStoreThatDropsLeaveFailsRecordKindsNamingTheMeetings() async {
        let failures = await StoreConformance.run(.recordKinds) { LeaveDroppingStore() }
        #expect(failures.map(\.message).first == "meetings came back different")
    }

    @Test func aStoreThatDropsAGridLeadersMemberFailsRecordKindsNamingTheGrids() async {
        let failures = await StoreConformance.run(.recordKinds) { GridLeaderDroppingStore() }
        #expect(failures.map(\.message).first == "grids came back different")
    }

    @Test func aStoreThatDropsATargetsFilingFailsRecordKindsNamingTheApplicants() async {
        let failures = await StoreConformance.run(.recordKinds) { FilingDroppingStore() }
        #expect(failures.map(\.message).first == "applicants came back different")
    }

    @Test func anOverwriteThatKeepsUnsetFieldsFailsOverwrite() async {
        let failures = await StoreConformance.all { SetFieldsOnlyStore() }
        #expect(Set(failures.map(\.check)) == [.overwrite])
        #expect(failures.contains { $0.message.contains("after overwriting OW-A with a bare community") })
    }

    @Test func aDeleteThatSkipsIDsFailsDelete() async {
        let failures = await StoreConformance.all { FirstOnlyDeleteStore() }
        #expect(Set(failures.map(\.check)) == [.delete, .missingIDs])
    }

    @Test func aDeleteThatIgnoresMissingIDsFailsMissingIDsAndErrorMapping() async {
        let failures = await StoreConformance.all { LenientDeleteStore() }
        #expect(Set(failures.map(\.check)) == [.missingIDs, .errorMapping])
        #expect(failures.contains { $0.message.contains("deleting [\"MI-A\", \"MI-missing\", \"MI-B\"]") })
    }

    @Test func utf16OrderFailsListingOrder() async {
        let failures = await StoreConformance.all { UTF16OrderStore() }
        #expect(Set(failures.map(\.check)) == [.listingOrder])
        #expect(failures.first?.expected?.contains("\"\u{E000}\", \"～\", \"😀\"") == true)
    }

    @Test func savingOneAtATimeFailsBatchAtomicity() async {
        let failures = await StoreConformance.all { OneAtATimeStore() }
        // Readers may also catch half a batch while the concurrent writers run: whether they do
        // depends on scheduling, so concurrentWriters may or may not fail too.
        let checks = Set(failures.map(\.check))
        #expect(checks.contains(.batchAtomicity))
        #expect(checks.isSubset(of: [.batchAtomicity, .concurrentWriters]))
        #expect(failures.contains { $0.message.contains("a batch that names a new ID twice succeeded") })
        #expect(
            failures.contains { $0.message.contains("after saving a batch that ends with a negative household count") })
    }

    @Test func lostUpdatesFailConcurrentWriters() async {
        let failures = await StoreConformance.run(.concurrentWriters) { LostUpdateStore() }
        #expect(failures.contains { $0.message.contains("saved IDs are missing after concurrent saves") })
    }

    @Test func lostUpdatesPassTheSequentialChecks() async {
        for check in ConformanceCheck.allCases where check != .concurrentWriters {
            let failures = await StoreConformance.run(check) { LostUpdateStore() }
            #expect(failures == [], "\(check)")
        }
    }

    @Test func droppingTheValidationErrorFailsErrorMapping() async {
        let failures = await StoreConformance.all { MisreportingStore() }
        #expect(Set(failures.map(\.check)) == [.errorMapping])
        #expect(failures.contains { $0.message.contains("saving EM-training, which is invalid, threw the wrong code") })
    }

    @Test func aFactoryThatThrowsIsAFailureOfEveryCheck() async {
        struct Unreachable: Error {}
        let failures = await StoreConformance.all { throw Unreachable() }
        #expect(failures.map(\.check) == ConformanceCheck.allCases)
        #expect(failures.allSatisfy { $0.message.contains("factory threw") })
    }

    @Test func aFailureDescribesItselfOnOneLine() {
        let failure = ConformanceFailure(check: .listingOrder, message: "listing", expected: "[a, b]", actual: "[b, a]")
        #expect(failure.description == "[listingOrder] listing (expected: [a, b]; actual: [b, a])")
        #expect(ConformanceFailure(check: .delete, message: "gone").description == "[delete] gone")
        #expect(ConformanceFailure(check: .delete, message: "m", actual: "x").description == "[delete] m (actual: x)")
    }

    @Test func eachCheckGetsAStoreOfItsOwn() async {
        let made = Counter()
        _ = await StoreConformance.all {
            await made.increment()
            return InMemoryStore()
        }
        #expect(await made.value == ConformanceCheck.allCases.count)
    }
}

/// Counts factory calls.
private actor Counter {
    private(set) var value = 0
    func increment() { value += 1 }
}
