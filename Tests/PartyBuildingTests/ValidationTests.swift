import Testing

@testable import PartyBuilding

@Suite("Bad input is rejected with the record and the field")
struct ValidationTests {
    let date = CalendarDate("2025-12-31")

    func community() -> Community {
        var community = Community(id: "C1", name: "测试社区", district: "姑苏区", households: 100, residents: 300)
        community.serviceSpace = Area(squareMetres: 300)
        community.workAndActivityRoomArea = Area(squareMetres: 60)
        community.partyUseArea = Area(squareMetres: 20)
        community.organisations = [PartyOrganisation(id: "P1", name: "支部", form: .branch)]
        community.members = [Member(id: "M1", name: "党员", organisationID: "P1")]
        community.workers = [
            CommunityWorker(
                id: "W1", name: "工作者", birthDate: CalendarDate("1980-01-01"),
                trainings: [Training(title: "培训", level: .street, startDate: date, days: Days(5))])
        ]
        return community
    }

    func expectError(
        _ change: (inout Community) -> Void, record: Subject, field: String, problem: ValidationError.Problem,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        var bad = community()
        change(&bad)
        let expected = ValidationError(community: "C1", record: record, field: field, problem: problem)
        #expect(throws: expected, sourceLocation: sourceLocation) { try bad.validate(on: date) }
        await #expect(throws: AuditError.invalidRecord(expected), sourceLocation: sourceLocation) {
            try await Auditor().audit(
                [community(), bad].enumerated().map { index, value in
                    var copy = value
                    if index == 0 { copy.id = "C0" }
                    return copy
                }, on: date)
        }
    }

    @Test func aValidCommunityPasses() throws {
        try community().validate(on: date)
    }

    @Test func negativeCountsAndAreas() async {
        await expectError({ $0.households = -1 }, record: .community("C1"), field: "households", problem: .negative)
        await expectError({ $0.residents = -5 }, record: .community("C1"), field: "residents", problem: .negative)
        await expectError(
            { $0.residentialFloorArea = Area(hundredthsOfSquareMetre: -1) }, record: .community("C1"),
            field: "residentialFloorArea", problem: .negative)
        await expectError(
            { $0.fundGrants = [FundGrant(year: 2025, purpose: .work, source: .city, amount: Money(fen: -1))] },
            record: .community("C1"), field: "fundGrants[0].amount", problem: .negative)
    }

    @Test func valuesAboveTheirLimits() async {
        await expectError(
            { $0.residents = ValidationLimits.maximumCount + 1 }, record: .community("C1"), field: "residents",
            problem: .tooLarge("100000000"))
        await expectError(
            { $0.organisations[0].headcount = .init(total: Int.max) }, record: .organisation("P1"),
            field: "headcount.total", problem: .tooLarge("100000000"))
        await expectError(
            { $0.fundGrants = [FundGrant(year: 2025, purpose: .work, source: .city, amount: Money(fen: .max))] },
            record: .community("C1"), field: "fundGrants[0].amount",
            problem: .tooLarge("10,000,000,000.00 CNY"))
        await expectError(
            { $0.residentialFloorArea = Area(hundredthsOfSquareMetre: .max) }, record: .community("C1"),
            field: "residentialFloorArea", problem: .tooLarge("1000000000.00 m²"))
        await expectError(
            { $0.workers[0].trainings[0].days = Days(367) }, record: .worker("W1"), field: "trainings[0].days",
            problem: .tooLarge("366"))
    }

    @Test func blankOrBackwardExceptions() async {
        await expectError(
            {
                $0.exceptions = [
                    RuleException(
                        ruleID: "SZ2011.9.staff-pay", reason: " \u{200B}\u{3000}", approver: "区委", approvedOn: date)
                ]
            }, record: .community("C1"), field: "exceptions[0].reason", problem: .empty)
        await expectError(
            {
                $0.exceptions = [
                    RuleException(
                        ruleID: "SZ2011.9.staff-pay", reason: "试点", approver: "区委", approvedOn: date,
                        validUntil: CalendarDate("2025-01-01"))
                ]
            }, record: .community("C1"), field: "exceptions[0].validUntil", problem: .endsBeforeStart("approvedOn"))
    }

    @Test func partsLargerThanTheirWhole() async {
        await expectError(
            { $0.partyUseArea = Area(hundredthsOfSquareMetre: 6001) }, record: .community("C1"), field: "partyUseArea",
            problem: .exceeds("workAndActivityRoomArea"))
        await expectError(
            { $0.workAndActivityRoomArea = Area(squareMetres: 301) }, record: .community("C1"),
            field: "workAndActivityRoomArea", problem: .exceeds("serviceSpace"))
        await expectError(
            { $0.organisations[0].headcount = .init(total: 3, probationary: 4) }, record: .organisation("P1"),
            field: "headcount.probationary", problem: .exceeds("headcount.total"))
    }

    @Test func trainingsOfZeroOrNegativeDays() async {
        await expectError(
            { $0.workers[0].trainings[0].days = .zero }, record: .worker("W1"), field: "trainings[0].days",
            problem: .mustBePositive)
        await expectError(
            { $0.workers[0].trainings[0].days = Days(tenths: -5) }, record: .worker("W1"), field: "trainings[0].days",
            problem: .mustBePositive)
    }

    @Test func birthDatesAfterTheAuditDate() async {
        await expectError(
            { $0.workers[0].birthDate = CalendarDate("2026-01-01") }, record: .worker("W1"),
            field: "birthDate", problem: .afterAuditDate(date))
        await expectError(
            { $0.members[0].birthDate = CalendarDate("2026-01-01") }, record: .member("M1"),
            field: "birthDate", problem: .afterAuditDate(date))
    }

    @Test func identifiersAndReferences() async {
        await expectError(
            { $0.members.append(Member(id: "M1", name: "重复", organisationID: "P1")) }, record: .member("M1"),
            field: "id", problem: .duplicateOrEmptyID("M1"))
        await expectError(
            { $0.members[0].organisationID = "P9" }, record: .member("M1"), field: "organisationID",
            problem: .unknownReference("P9"))
        await expectError(
            { $0.organisations[0].parentID = "P1" }, record: .organisation("P1"), field: "parentID", problem: .cycle)
        await expectError(
            { $0.organisations[0].residentsCommitteeID = "R1" }, record: .organisation("P1"),
            field: "residentsCommitteeID", problem: .unknownReference("R1"))
    }

    @Test func repeatedMemberIDsAreFoundAmongMany() async {
        await expectError(
            { community in
                community.members = (0..<500).map { Member(id: MemberID("M\($0)"), name: "党员", organisationID: "P1") }
                community.members.append(Member(id: "M377", name: "重复", organisationID: "P1"))
            }, record: .member("M377"), field: "id", problem: .duplicateOrEmptyID("M377"))
        await expectError(
            { community in
                community.members = (0..<50).map { Member(id: MemberID("党员\($0)"), name: "党员", organisationID: "P1") }
                community.members.append(Member(id: "党员7", name: "重复", organisationID: "P1"))
            }, record: .member("党员7"), field: "id", problem: .duplicateOrEmptyID("党员7"))
        // "é" composed and decomposed are the same ID to Swift, so they repeat.
        await expectError(
            { community in
                community.members = [
                    Member(id: "Jos\u{E9}", name: "a", organisationID: "P1"),
                    Member(id: "Jose\u{301}", name: "b", organisationID: "P1"),
                ]
            }, record: .member("Jose\u{301}"), field: "id", problem: .duplicateOrEmptyID("Jose\u{301}"))
        await expectError(
            { $0.members = [Member(id: "", name: "空", organisationID: "P1")] }, record: .member(""), field: "id",
            problem: .duplicateOrEmptyID(""))
    }

    @Test func distinctIDsPassEvenWhenTheirHashesCollide() throws {
        var many = community()
        many.members = (0..<5_000).map { Member(id: MemberID("C-\($0 * 7919)"), name: "党员", organisationID: "P1") }
        try many.validate(on: date)
    }

    @Test func ambiguousYearsAndIncompleteExceptions() async {
        await expectError(
            {
                $0.workers[0].annualPay = [
                    AnnualPay(year: 2025, amount: Money(yuan: 1)), AnnualPay(year: 2025, amount: Money(yuan: 2)),
                ]
            }, record: .worker("W1"), field: "annualPay[1].year", problem: .duplicateYear(2025))
        await expectError(
            {
                $0.exceptions = [
                    RuleException(ruleID: "SZ2011.9.staff-pay", reason: "试点", approver: "", approvedOn: date)
                ]
            }, record: .community("C1"), field: "exceptions[0].approver", problem: .empty)
    }

    @Test func errorsReadWell() {
        let error = ValidationError(
            community: "C1", record: .worker("W1"), field: "trainings[0].days", problem: .mustBePositive)
        #expect(error.errorDescription == "community C1, worker W1: trainings[0].days must be more than zero")
        let onCommunity = ValidationError(
            community: "C1", record: .community("C1"), field: "households", problem: .negative)
        #expect(onCommunity.errorDescription == "community C1: households must not be negative")
    }
}
