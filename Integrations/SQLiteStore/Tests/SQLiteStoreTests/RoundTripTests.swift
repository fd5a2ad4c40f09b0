import PartyBuilding
import PartyBuildingStoreTesting
import SQLiteStore
import Testing

@Suite("SQLiteStore round trips")
struct RoundTripTests {
    @Test(
        "every fixture comes back equal, from the same store and after reopening the file",
        arguments: ["rich", "minimal", "extremes", "large"])
    func fixtureComesBackEqual(fixture: String) async throws {
        // The fixture is named, not passed, so that the test's log shows its name rather than its records.
        let community =
            switch fixture {
            case "rich": ConformanceFixtures.rich()
            case "minimal": ConformanceFixtures.minimal()
            case "extremes": ConformanceFixtures.extremes()
            default: ConformanceFixtures.large(members: 2_000)
            }
        let database = try TemporaryDatabase()
        let store = try database.store()
        try await store.save(community)
        #expect(try await store.community(community.id) == community)
        let reopened = try database.store()
        #expect(try await reopened.community(community.id) == community)
    }

    @Test("each model goes into its own table, one row per record")
    func recordsAreRows() async throws {
        let database = try TemporaryDatabase()
        let community = ConformanceFixtures.rich()
        try await database.store().save(community)
        let raw = try RawDatabase(path: database.path)
        let workers = community.workers
        let counts: [String: Int] = [
            "communities": 1, "residents_committees": community.residentsCommittees?.count ?? 0,
            "organisations": community.organisations.count, "members": community.members.count,
            "workers": workers.count, "worker_roles": workers.reduce(0) { $0 + $1.roles.count },
            "trainings": workers.reduce(0) { $0 + $1.trainings.count },
            "annual_pay": workers.reduce(0) { $0 + $1.annualPay.count },
            "fund_grants": community.fundGrants.count, "average_wages": community.localAverageWages.count,
            "secretary_qualifications": community.secretaryQualifications.count,
            "exceptions": community.exceptions.count,
            "organisation_units": community.organisations.reduce(0) { $0 + $1.coveredUnits.count },
        ]
        for (table, count) in counts {
            #expect(try raw.value("SELECT count(*) FROM \(table)") == String(count), "\(table)")
        }
        let firstGrant = try #require(community.fundGrants.first)
        #expect(try raw.value("SELECT amount_fen FROM fund_grants WHERE ordinal = 0") == String(firstGrant.amount.fen))
        #expect(try raw.value("SELECT typeof(amount_fen) FROM fund_grants WHERE ordinal = 0") == "integer")
    }

    @Test("the units a joint branch covers come back in their order, and a save with other units replaces them")
    func coveredUnitsComeBackInOrder() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        var community = ConformanceFixtures.variant(5, id: "J")
        community.organisations.append(
            PartyOrganisation(
                id: "ORG-J", name: "联合党支部", form: .branch, coveredUnits: ["丙商贸有限公司", "甲科技有限公司", "乙物业服务有限公司"]))
        try await store.save(community)
        #expect(try await store.community("J") == community)
        #expect(
            try await database.store().community("J")?.organisations.map(\.coveredUnits) == [
                [], community.organisations[1].coveredUnits,
            ])
        let raw = try RawDatabase(path: database.path)
        #expect(
            try raw.column("SELECT name FROM organisation_units WHERE organisation = 1 ORDER BY ordinal")
                == ["丙商贸有限公司", "甲科技有限公司", "乙物业服务有限公司"])
        community.organisations[1].coveredUnits = ["乙物业服务有限公司", "丁餐饮有限公司"]
        try await store.save(community)
        #expect(try await store.community("J") == community)
        #expect(try raw.value("SELECT count(*) FROM organisation_units") == "2")
    }

    @Test("a batch comes back in the order asked for; missing IDs are left out")
    func fetchFollowsTheOrderAskedFor() async throws {
        let store = try TemporaryDatabase().store()
        let communities = (0..<5).map { ConformanceFixtures.variant($0, id: CommunityID("C\($0)")) }
        try await store.save(communities)
        let fetched = try await store.communities(["C3", "missing", "C0", "C4"])
        #expect(fetched == [communities[3], communities[0], communities[4]])
        #expect(try await store.communityIDs() == ["C0", "C1", "C2", "C3", "C4"])
    }

    @Test("saving under a stored ID replaces the community whole, child rows included")
    func overwriteReplacesWhole() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        let rich = ConformanceFixtures.rich(id: "X")
        try await store.save([rich, ConformanceFixtures.variant(7, id: "Y")])
        let smaller = ConformanceFixtures.variant(3, id: "X")
        try await store.save(smaller)
        #expect(try await store.community("X") == smaller)
        #expect(try await store.community("Y") == ConformanceFixtures.variant(7, id: "Y"))
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("SELECT count(*) FROM workers") == "0")
        #expect(try raw.value("SELECT count(*) FROM members") == String(smaller.members.count + 2))
    }

    @Test("deleting removes the community and every child row; a missing ID deletes nothing")
    func deleteCascades() async throws {
        let database = try TemporaryDatabase()
        let store = try database.store()
        try await store.save([ConformanceFixtures.rich(id: "A"), ConformanceFixtures.variant(4, id: "B")])
        await #expect(throws: StoreError.self) { try await store.delete(["B", "missing"]) }
        #expect(try await store.communityIDs() == ["A", "B"])
        try await store.delete(["A", "A"])
        #expect(try await store.communityIDs() == ["B"])
        let raw = try RawDatabase(path: database.path)
        for table in [
            "trainings", "annual_pay", "worker_roles", "workers", "exceptions", "residents_committees",
            "organisation_units",
        ] {
            #expect(try raw.value("SELECT count(*) FROM \(table)") == "0", "\(table)")
        }
        let remaining = ConformanceFixtures.variant(4, id: "B")
        #expect(try raw.value("SELECT count(*) FROM organisations") == String(remaining.organisations.count))
        #expect(try raw.value("SELECT count(*) FROM members") == String(remaining.members.count))
    }

    @Test("canonically equivalent IDs are one ID, and the ID comes back as it was saved")
    func canonicallyEquivalentIDs() async throws {
        let store = try TemporaryDatabase().store()
        let decomposed = ConformanceFixtures.variant(1, id: CommunityID("Cafe\u{301}"))
        try await store.save(decomposed)
        let fetched = try #require(try await store.community(CommunityID("Caf\u{E9}")))
        #expect(Array(fetched.id.rawValue.unicodeScalars) == Array("Cafe\u{301}".unicodeScalars))
        try await store.save(ConformanceFixtures.variant(2, id: CommunityID("Caf\u{E9}")))
        #expect(try await store.communityIDs().count == 1)
        await #expect(throws: StoreError.self) {
            try await store.save([
                ConformanceFixtures.variant(1, id: CommunityID("Cafe\u{301}")),
                ConformanceFixtures.variant(2, id: CommunityID("Caf\u{E9}")),
            ])
        }
    }

    @Test("IDs with quotes, SQL and the last code point keep every byte and list in code-point order")
    func unusualIDs() async throws {
        let store = try TemporaryDatabase().store()
        let ids: [CommunityID] = ["a", "'; DROP TABLE communities; --", "%_", "\u{10FFFF}", "a\"b"]
        let communities = ids.enumerated().map { ConformanceFixtures.variant($0, id: $1) }
        try await store.save(communities)
        #expect(try await store.communityIDs() == ids.sorted())
        #expect(try await store.communities(ids) == communities)
    }

    @Test("IDs with NUL or control characters are refused, as by every store", arguments: ["a\u{0}b", "\u{1}", "a\tb"])
    func controlCharacterIDs(id: String) async throws {
        let store = try TemporaryDatabase().store()
        let error = await #expect(throws: StoreError.self) {
            try await store.save(ConformanceFixtures.variant(0, id: CommunityID(id)))
        }
        #expect(error?.code == .invalidID)
        #expect(try await store.communityIDs().isEmpty)
    }
}
