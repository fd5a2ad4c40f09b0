import PartyBuilding
import Testing

@Suite("SZ2011 art. 12–13 rules over membership records")
struct MembershipRecordRulesTests {
    /// A community whose branch has 5 formal members and `member`.
    func community(with member: Member) -> Community {
        var community = Fixture.community(form: .branch, formal: 5)
        community.members.append(member)
        return community
    }

    @Test("an employed member held elsewhere needs a dual-management event; a retired one does not")
    func dualManagement() throws {
        let unmanaged = Fixture.member("M-1", events: [], relationship: .heldElsewhere)
        let found = try findings("SZ2011.12.dual-management", auditing: community(with: unmanaged))
        #expect(found.count == 1)
        expectFinding(
            found[0], rule: "SZ2011.12.dual-management", severity: .violation, subject: .member("M-1"), article: "12")
        let managed = Fixture.member(
            "M-1", events: [MembershipEvent(.dualManagement(with: "某公司党支部"), on: "2025-01-10")],
            relationship: .heldElsewhere)
        #expect(try findings("SZ2011.12.dual-management", auditing: community(with: managed)).isEmpty)
        let retired = Fixture.member("M-1", events: [], employment: .retired, relationship: .heldElsewhere)
        #expect(try findings("SZ2011.12.dual-management", auditing: community(with: retired)).isEmpty)
    }

    @Test("an incoming migrant is enrolled within 30 days: day 30 is in time, day 31 fails")
    func migrantEnrolment() throws {
        let arrived = Fixture.member("M-1", events: [MembershipEvent(.migratedIn(status: .formal), on: "2025-12-01")])
        #expect(
            try findings("SZ2011.12.migrant-enrolment", auditing: community(with: arrived), on: "2025-12-31").isEmpty)
        let late = try findings("SZ2011.12.migrant-enrolment", auditing: community(with: arrived), on: "2026-01-01")
        #expect(late.count == 1)
        expectFinding(
            late[0], rule: "SZ2011.12.migrant-enrolment", severity: .violation, subject: .member("M-1"), article: "12")
        #expect(late[0].measured == .days(Days(31)))
        let enrolled = Fixture.member(
            "M-1",
            events: [
                MembershipEvent(.migratedIn(status: .formal), on: "2025-10-01"),
                MembershipEvent(.enrolled, on: "2025-10-08"),
            ])
        #expect(try findings("SZ2011.12.migrant-enrolment", auditing: community(with: enrolled)).isEmpty)
    }

    @Test("an incoming migrant with no arrival day cannot be checked")
    func migrantArrivalUnknown() throws {
        let unknown = Fixture.member("M-1", events: [MembershipEvent(.migratedIn(status: .formal), on: nil)])
        let found = try findings("SZ2011.12.migrant-enrolment", auditing: community(with: unknown))
        #expect(found.map(\.severity) == [.information])
    }

    @Test("an outgoing migrant has a certificate and a named contact: each one missing is a violation")
    func outgoingMigrant() throws {
        let neither = Fixture.member(
            "M-1", events: [MembershipEvent(.migratedOut(certificate: nil, contact: " "), on: "2025-04-01")])
        let found = try findings("SZ2011.13.outgoing-migrant", auditing: community(with: neither))
        #expect(found.count == 2)
        for finding in found {
            expectFinding(
                finding, rule: "SZ2011.13.outgoing-migrant", severity: .violation, subject: .member("M-1"),
                article: "13")
        }
        let both = Fixture.member(
            "M-1", events: [MembershipEvent(.migratedOut(certificate: "流动党员活动证 0012", contact: "王敏"), on: "2025-04-01")]
        )
        #expect(try findings("SZ2011.13.outgoing-migrant", auditing: community(with: both)).isEmpty)
        let returned = Fixture.member(
            "M-1",
            events: [
                MembershipEvent(.migratedOut(certificate: nil, contact: nil), on: "2025-04-01"),
                MembershipEvent(.migrationEnded, on: "2025-09-01"),
            ])
        #expect(try findings("SZ2011.13.outgoing-migrant", auditing: community(with: returned)).isEmpty)
    }

    @Test("a member with limited mobility is visited every quarter: the quarters missed are listed")
    func immobile() throws {
        let visits = ["2025-02-10", "2025-08-03"].map {
            MembershipEvent(.visited(by: "李红"), on: CalendarDate(stringLiteral: $0))
        }
        let member = Fixture.member("M-1", events: visits, hasLimitedMobility: true)
        let found = try findings("SZ2011.13.immobile", auditing: community(with: member))
        #expect(found.count == 1)
        expectFinding(
            found[0], rule: "SZ2011.13.immobile", severity: .violation, subject: .member("M-1"), article: "13")
        #expect(found[0].measured == .count(2, .periods))
        #expect(found[0].message(.chinese).contains("2025年第二季度"))
        let every = ["2025-02-10", "2025-05-10", "2025-08-03", "2025-11-20"].map {
            MembershipEvent(.visited(by: "李红"), on: CalendarDate(stringLiteral: $0))
        }
        #expect(
            try findings(
                "SZ2011.13.immobile",
                auditing: community(with: Fixture.member("M-1", events: every, hasLimitedMobility: true))
            ).isEmpty)
    }

    @Test("a member who joined in August is judged from the fourth quarter only")
    func immobileJoinedLate() throws {
        let member = Fixture.member(
            "M-1",
            events: [
                MembershipEvent(.transferredIn(from: "某街道党支部", status: .formal), on: "2025-08-15"),
                MembershipEvent(.visited(by: "李红"), on: "2025-11-20"),
            ], hasLimitedMobility: true)
        #expect(try findings("SZ2011.13.immobile", auditing: community(with: member)).isEmpty)
    }

    @Test("积极探索: no points assessment for the year is an advisory, one recorded meets it")
    func points() throws {
        let without = Fixture.community(form: .branch, formal: 5)
        let found = try findings("SZ2011.13.points", auditing: without)
        #expect(found.count == 1)
        expectFinding(
            found[0], rule: "SZ2011.13.points", severity: .advisory, subject: .community(Fixture.communityID),
            article: "13")
        var with = without
        with.pointsAssessments = [PointsAssessment(memberID: "F-ORG-1-0", year: 2025, points: 86)]
        #expect(try findings("SZ2011.13.points", auditing: with).isEmpty)
    }
}
