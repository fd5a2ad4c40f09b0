import Testing

@testable import PartyBuilding

@Suite("Bad records of Party life are rejected with the record and the field")
struct PartyLifeValidationTests {
    let date = CalendarDate("2025-12-31")

    /// A branch founded on 2020-03-01 and dissolved on 2025-10-31, a formal member, a member admitted on
    /// 2025-06-20, and a general meeting both attended.
    func community() -> Community {
        var community = Community(id: "C1", name: "测试社区", district: "姑苏区")
        community.organisations = [
            PartyOrganisation(
                id: "P1", name: "支部", form: .branch, founded: CalendarDate("2020-03-01"),
                dissolved: CalendarDate("2025-10-31"))
        ]
        community.members = [
            Member(id: "M1", name: "党员甲", organisationID: "P1"),
            Member(
                id: "M2", name: "党员乙", organisationID: "P1",
                events: [MembershipEvent(.admitted, on: CalendarDate("2025-06-20"))],
                duesPayments: [
                    DuesPayment(
                        month: CalendarMonth(of: CalendarDate("2025-06-20")), base: .wage(Money(yuan: 6_500)),
                        amount: Money(fen: 9_750), paidOn: CalendarDate("2025-06-30"))
                ]),
        ]
        community.meetings = [
            Meeting(
                id: "MT1", organisationID: "P1", kind: .general, date: CalendarDate("2025-07-01"),
                attendance: [
                    .init("M1", .present),
                    .init("M2", .absentWithLeave(reason: "出差", approvedBy: "支部书记")),
                ])
        ]
        community.elections = [
            CommitteeElection(organisationID: "P1", date: CalendarDate("2021-03-01"), committeeMemberIDs: ["M1"])
        ]
        community.partyGroups = [PartyGroup(id: "G1", organisationID: "P1", name: "一组", memberIDs: ["M1", "M2"])]
        return community
    }

    func expectError(
        _ change: (inout Community) -> Void, record: Subject, field: String, problem: ValidationError.Problem,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var bad = community()
        change(&bad)
        let expected = ValidationError(community: "C1", record: record, field: field, problem: problem)
        #expect(throws: expected, sourceLocation: sourceLocation) { try bad.validate(on: date) }
    }

    @Test func validRecordsPass() throws {
        try community().validate(on: date)
    }

    @Test func meetingsOutsideTheOrganisationsLifetime() {
        expectError(
            { $0.meetings[0].date = CalendarDate("2020-02-29") }, record: .community("C1"), field: "meetings[0].date",
            problem: .beforeFounding(CalendarDate("2020-03-01")))
        expectError(
            { $0.meetings[0].date = CalendarDate("2025-11-01") }, record: .community("C1"), field: "meetings[0].date",
            problem: .afterDissolution(CalendarDate("2025-10-31")))
        // The founding and dissolution days themselves are inside the lifetime.
        var edges = community()
        edges.meetings.append(
            Meeting(id: "MT2", organisationID: "P1", kind: .committee, date: CalendarDate("2020-03-01")))
        edges.meetings.append(
            Meeting(id: "MT3", organisationID: "P1", kind: .committee, date: CalendarDate("2025-10-31")))
        #expect(throws: Never.self) { try edges.validate(on: date) }
        expectError(
            {
                $0.organisations[0].founded = CalendarDate("2025-11-01")
                $0.meetings = []
                $0.elections = []
            }, record: .organisation("P1"), field: "dissolved", problem: .endsBeforeStart("founded"))
        expectError(
            { $0.elections[0].date = CalendarDate("2019-12-31") }, record: .organisation("P1"),
            field: "elections[0].date", problem: .beforeFounding(CalendarDate("2020-03-01")))
    }

    @Test func attendeesMustBeMembersOnTheDay() {
        expectError(
            { $0.meetings[0].attendance.append(.init("X9", .present)) }, record: .community("C1"),
            field: "meetings[0].attendance[2].memberID", problem: .unknownReference("X9"))
        // M2 was admitted on 2025-06-20: a meeting the day before cannot list them.
        expectError(
            { $0.meetings[0].date = CalendarDate("2025-06-19") }, record: .community("C1"),
            field: "meetings[0].attendance[1].memberID", problem: .notAMember(CalendarDate("2025-06-19")))
        expectError(
            { $0.meetings[0].attendance.append(.init("M1", .absentWithoutLeave)) }, record: .community("C1"),
            field: "meetings[0].attendance[2].memberID", problem: .duplicateOrEmptyID("M1"))
        // A repeat is found before an unknown ID, whether or not the repeated ID names a member.
        expectError(
            { $0.meetings[0].attendance += [.init("X9", .present), .init("X9", .present)] },
            record: .community("C1"), field: "meetings[0].attendance[3].memberID", problem: .duplicateOrEmptyID("X9"))
        expectError(
            { $0.meetings[0].attendance.append(.init("", .present)) }, record: .community("C1"),
            field: "meetings[0].attendance[2].memberID", problem: .unknownReference(""))
        expectError(
            { $0.meetings[0].attendance[1] = .init("M2", .absentWithLeave(reason: " ", approvedBy: "书记")) },
            record: .community("C1"), field: "meetings[0].attendance[1].reason", problem: .empty)
        expectError(
            { $0.meetings[0].attendance[1] = .init("M2", .absentWithLeave(reason: "病假", approvedBy: "\u{200B}")) },
            record: .community("C1"), field: "meetings[0].attendance[1].approvedBy", problem: .empty)
    }

    @Test func meetingReferences() {
        expectError(
            { $0.meetings[0].organisationID = "P9" }, record: .community("C1"), field: "meetings[0].organisationID",
            problem: .unknownReference("P9"))
        expectError(
            { $0.meetings[0].kind = .partyGroup }, record: .community("C1"), field: "meetings[0].partyGroupID",
            problem: .requiredFor("a Party-group meeting"))
        expectError(
            { $0.meetings[0].partyGroupID = "G9" }, record: .community("C1"), field: "meetings[0].partyGroupID",
            problem: .unknownReference("G9"))
        expectError(
            { $0.meetings[0].talk = Meeting.Talk(by: "M1", with: "M1") }, record: .community("C1"),
            field: "meetings[0].talk.with", problem: .duplicateOrEmptyID("M1"))
        expectError(
            { $0.meetings.append($0.meetings[0]) }, record: .community("C1"), field: "meetings[1].id",
            problem: .duplicateOrEmptyID("MT1"))
        expectError(
            { $0.meetings[0].date = CalendarDate("2026-01-01") }, record: .community("C1"),
            field: "meetings[0].date", problem: .afterDissolution(CalendarDate("2025-10-31")))
        expectError(
            { $0.partyGroups[0].memberIDs.append("X1") }, record: .partyGroup("G1"), field: "memberIDs[2]",
            problem: .unknownReference("X1"))
    }

    @Test func eventsThatContradictEachOther() {
        // Made full before admitted: the event order says the member was not yet a member.
        expectError(
            {
                $0.members[1].events = [
                    MembershipEvent(.madeFull, on: CalendarDate("2025-06-01")),
                    MembershipEvent(.admitted, on: CalendarDate("2025-06-20")),
                ]
            }, record: .member("M2"), field: "events[0].kind", problem: .contradicts("not a member"))
        // Transferred out twice.
        expectError(
            {
                $0.members[0].events = [
                    MembershipEvent(.transferredOut(to: "外区党支部"), on: CalendarDate("2025-03-01")),
                    MembershipEvent(.transferredOut(to: "外区党支部"), on: CalendarDate("2025-04-01")),
                ]
                $0.meetings = []
                $0.elections = []
                $0.partyGroups = []
            }, record: .member("M1"), field: "events[1].kind", problem: .contradicts("not a member"))
        // Admitted while already formal (a member with no admission is formal before the records).
        expectError(
            { $0.members[0].events = [MembershipEvent(.madeFull, on: CalendarDate("2025-03-01"))] },
            record: .member("M1"), field: "events[0].kind", problem: .contradicts("formal"))
        expectError(
            {
                $0.members[1].events.append(MembershipEvent(.madeFull, on: CalendarDate("2025-06-01")))
            }, record: .member("M2"), field: "events[1].date", problem: .outOfOrder("2025-06-20"))
        // An undated event after a dated one happened on a day not recorded, no earlier than it.
        var undated = community()
        undated.members[1].events.append(MembershipEvent(.madeFull, on: nil))
        #expect(throws: Never.self) { try undated.validate(on: date) }
        #expect(undated.members[1].status(on: CalendarDate("2025-06-19")) == nil)
        #expect(undated.members[1].status(on: CalendarDate("2025-06-20")) == .formal)
        expectError(
            {
                $0.members[1].events.append(
                    MembershipEvent(.probationExtended(months: 0), on: CalendarDate("2025-07-01")))
            },
            record: .member("M2"), field: "events[1].months", problem: .mustBePositive)
        // A record after the audit date is not an error: an audit of an earlier day ignores it.
        var later = community()
        later.members[1].events.append(MembershipEvent(.madeFull, on: CalendarDate("2026-06-20")))
        #expect(throws: Never.self) { try later.validate(on: date) }
    }

    @Test func paymentsThatCannotBeRight() {
        expectError(
            { $0.members[1].duesPayments[0].amount = Money(fen: -1) }, record: .member("M2"),
            field: "duesPayments[0].amount", problem: .negative)
        expectError(
            { $0.members[1].duesPayments[0].base = .wage(Money(fen: -100)) }, record: .member("M2"),
            field: "duesPayments[0].base", problem: .negative)
        expectError(
            {
                var earlier = $0.members[1].duesPayments[0]
                earlier.month = CalendarMonth(of: CalendarDate("2025-05-01"))
                $0.members[1].duesPayments.append(earlier)
            }, record: .member("M2"), field: "duesPayments[1].month", problem: .outOfOrder("2025-06"))
        expectError(
            {
                $0.members[1].voluntaryPayments = [
                    VoluntaryDuesPayment(amount: .zero, paidOn: CalendarDate("2025-07-01"))
                ]
            },
            record: .member("M2"), field: "voluntaryPayments[0].amount", problem: .mustBePositive)
        // Two payments for one month are the dues rules' to report, not a bad record.
        var twice = community()
        twice.members[1].duesPayments.append(twice.members[1].duesPayments[0])
        #expect(throws: Never.self) { try twice.validate(on: date) }
    }

    @Test func theStatusIsDerivedFromTheEvents() {
        let member = Member(
            id: "M", name: "党员", organisationID: "P1",
            events: [
                MembershipEvent(.admitted, on: CalendarDate("2024-07-01")),
                MembershipEvent(.madeFull, on: CalendarDate("2025-07-01")),
                MembershipEvent(.migratedOut(certificate: "LD-001", contact: "联系人"), on: CalendarDate("2025-08-01")),
                MembershipEvent(.transferredOut(to: "外区党支部"), on: CalendarDate("2025-10-01")),
            ])
        #expect(member.status(on: CalendarDate("2024-06-30")) == nil)
        #expect(member.status(on: CalendarDate("2024-07-01")) == .probationary)
        #expect(member.status(on: CalendarDate("2025-06-30")) == .probationary)
        #expect(member.status(on: CalendarDate("2025-07-01")) == .formal)
        #expect(member.migration(on: CalendarDate("2025-07-31")) == .none)
        #expect(member.migration(on: CalendarDate("2025-08-01")) == .outgoing)
        #expect(member.status(on: CalendarDate("2025-09-30")) == .formal)
        #expect(member.status(on: CalendarDate("2025-10-01")) == nil)
        #expect(member.migration(on: CalendarDate("2025-10-01")) == .none)
        #expect(member.admissionDate == CalendarDate("2024-07-01"))
        let longstanding = Member(id: "L", name: "老党员", organisationID: "P1")
        #expect(longstanding.status(on: .earliest) == .formal)
        #expect(longstanding.admissionDate == nil)
    }
}
