import PartyBuilding

extension StoreConformance {
    /// Checks that every kind of record comes back equal after a save, naming the kind that does not.
    ///
    /// Saves ``ConformanceFixtures/rich(id:)``, which holds every record kind, and compares each kind
    /// on its own: meetings (with attendance, lecturers and talks), reception days, elections, Party
    /// groups, points, task claims, and each member's events, dues and voluntary payments, the
    /// organisations' founding and dissolution days, the land area, each kind of governance record, and
    /// the applicants in the pipeline of admission with their steps.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func recordKinds(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.recordKinds, makeStore) { store, run in
            let community = ConformanceFixtures.rich(id: "RK-rich")
            await run.attempt("saving RK-rich") { () async throws(StoreError) in try await store.save(community) }
            let fetched = await run.attempt("fetching RK-rich") { () async throws(StoreError) in
                try await store.community(community.id)
            }
            guard let fetched else { return }
            guard let fetched else {
                run.fail("fetching RK-rich after saving it: the community is missing")
                return
            }
            run.expectSame(fetched.meetings, community.meetings, "meetings")
            run.expectSame(fetched.receptionDays, community.receptionDays, "reception days")
            run.expectSame(fetched.elections, community.elections, "elections")
            run.expectSame(fetched.partyGroups, community.partyGroups, "Party groups")
            run.expectSame(fetched.pointsAssessments, community.pointsAssessments, "points assessments")
            run.expectSame(fetched.taskClaims, community.taskClaims, "task claims")
            run.expectSame(fetched.members.map(\.events), community.members.map(\.events), "membership events")
            run.expectSame(fetched.members.map(\.duesPayments), community.members.map(\.duesPayments), "dues payments")
            run.expectSame(
                fetched.members.map(\.voluntaryPayments), community.members.map(\.voluntaryPayments),
                "voluntary payments")
            run.expectSame(
                fetched.organisations.map { [$0.founded, $0.dissolved] },
                community.organisations.map { [$0.founded, $0.dissolved] }, "organisations' founding and dissolution")
            run.expectSameGovernance(fetched, community)
            run.expectSame(fetched.applicants, community.applicants, "applicants")
            run.expectEqual(fetched, community, "fetching RK-rich")
        }
    }

    /// Checks that appending a community's history loses nothing: saves ``ConformanceFixtures/rich(id:)``,
    /// appends a month of meetings and dues payments (``ConformanceFixtures/appendingMonth(_:to:)``)
    /// and saves again, twice, and after each save the community comes back equal, with the records
    /// saved before unchanged and in their order.
    /// - Returns: What the check found wrong; empty when the store passes.
    public static func appendedHistory(of makeStore: StoreFactory) async -> [ConformanceFailure] {
        await perform(.appendedHistory, makeStore) { store, run in
            let original = ConformanceFixtures.rich(id: "AH-rich")
            await run.attempt("saving AH-rich") { () async throws(StoreError) in try await store.save(original) }
            var current = original
            for month in ["2025-01", "2025-02"] {
                guard let month = try? CalendarMonth(iso8601: month) else { continue }
                current = ConformanceFixtures.appendingMonth(month, to: current)
                let next = current
                await run.attempt("saving AH-rich with \(month) appended") { () async throws(StoreError) in
                    try await store.save(next)
                }
                let fetched = await run.attempt("fetching AH-rich after appending \(month)") {
                    () async throws(StoreError) in try await store.community(next.id)
                }
                guard let fetched else { continue }
                run.expectEqual(fetched, next, "after appending \(month)")
                guard let fetched else { continue }
                run.expectSame(
                    Array(fetched.meetings.prefix(original.meetings.count)), original.meetings,
                    "the meetings saved before \(month) was appended")
                run.expectSame(
                    fetched.members.map { Array($0.duesPayments.prefix(original.duesPayments(of: $0.id))) },
                    original.members.map(\.duesPayments),
                    "the dues payments saved before \(month) was appended")
            }
        }
    }
}

extension Community {
    /// How many dues payments the member with `id` has on this community's records.
    fileprivate func duesPayments(of id: MemberID) -> Int {
        members.first { $0.id == id }?.duesPayments.count ?? 0
    }
}

extension CheckRun {
    /// Checks that the land area and every kind of governance record came back as saved, naming
    /// the kind that did not.
    mutating func expectSameGovernance(_ fetched: Community, _ saved: Community) {
        let actual = fetched.governance
        let expected = saved.governance
        expectSame([fetched.landArea], [saved.landArea], "land area")
        expectSame(actual.grids, expected.grids, "grids")
        expectSame(actual.decisions, expected.decisions, "decisions")
        expectSame(actual.mediationNetwork, expected.mediationNetwork, "mediation network levels")
        expectSame(actual.mediationCases, expected.mediationCases, "mediation cases")
        expectSame(actual.ledgers, expected.ledgers, "ledgers")
        expectSame(actual.bodies, expected.bodies, "governance bodies")
        expectSame(actual.coordination, expected.coordination, "coordination mechanisms")
        expectSame([actual.electronicLedger], [expected.electronicLedger], "electronic ledger")
        expectSame(actual.compounds, expected.compounds, "residential compounds")
        expectSame(actual.residentUnits, expected.residentUnits, "resident units")
        expectSame(actual.checklists, expected.checklists, "checklists")
        expectSame(actual.checklistAssessments, expected.checklistAssessments, "checklist assessments")
        expectSame(actual.delegatedTasks, expected.delegatedTasks, "delegated tasks")
        expectSame(actual.officeFundShares, expected.officeFundShares, "office fund shares")
        expectSame(actual.fundDisclosures, expected.fundDisclosures, "fund disclosures")
        expectSame(actual.recruitments, expected.recruitments, "worker recruitments")
        expectSame(actual.secretaryReports, expected.secretaryReports, "secretary reports")
        expectSame(actual.oneStopPosts, expected.oneStopPosts, "one-stop posts")
        expectSame(actual.satisfactionSurveys, expected.satisfactionSurveys, "satisfaction surveys")
        expectSame(actual.trainingCoverage, expected.trainingCoverage, "training coverage")
        expectSame(actual.householdParticipation, expected.householdParticipation, "household participation")
    }

    /// Checks that the records of one kind came back as saved.
    mutating func expectSame<Record: Equatable>(_ actual: [Record], _ expected: [Record], _ kind: String) {
        guard actual != expected else { return }
        fail(
            "\(kind) came back different", expected: "\(expected.count) records as saved",
            actual: "\(actual.count) records" + (actual.count == expected.count ? ", not all equal" : ""))
    }
}
