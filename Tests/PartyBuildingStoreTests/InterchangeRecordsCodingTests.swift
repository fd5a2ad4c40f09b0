import Foundation
import PartyBuildingStoreTesting
import PartyBuildingSynthetic
import Testing

@testable import PartyBuilding

/// The interchange reader and writer against Foundation on members, meetings and the other records
/// of a community's Party life.
@Suite struct InterchangeRecordsCodingTests {
    /// The communities whose records the tests write and read: the conformance fixtures, the
    /// samples and a synthetic city.
    static let communities: [Community] =
        [ConformanceFixtures.rich(), ConformanceFixtures.minimal(), ConformanceFixtures.extremes()]
        + SampleCommunities.all + SyntheticCity(communities: 20).communities

    // MARK: Writing

    @Test func writingTheCommunitiesRecords() {
        for community in Self.communities {
            expectSameWriting(community.members)
            expectSameWriting(community.meetings)
            expectSameWriting(community.receptionDays)
            expectSameWriting(community.elections)
            expectSameWriting(community.partyGroups)
            expectSameWriting(community.pointsAssessments)
            expectSameWriting(community.taskClaims)
            expectSameWriting(community.workers.compactMap(\.certificate))
            expectSameWriting(community.workers.map(\.education))
        }
    }

    @Test func readingTheCommunitiesRecords() throws {
        let encoder = JSONEncoder()
        for community in Self.communities {
            expectSameReading([Member].self, try encoder.encode(community.members))
            expectSameReading([Meeting].self, try encoder.encode(community.meetings))
            expectSameReading([ReceptionDay].self, try encoder.encode(community.receptionDays))
            expectSameReading([CommitteeElection].self, try encoder.encode(community.elections))
            expectSameReading([PartyGroup].self, try encoder.encode(community.partyGroups))
            expectSameReading([PointsAssessment].self, try encoder.encode(community.pointsAssessments))
            expectSameReading([TaskClaim].self, try encoder.encode(community.taskClaims))
        }
    }

    @Test func writingFullAndMinimalValues() {
        for value in Self.fullAndMinimal.members { expectSameWriting(value) }
        for value in Self.fullAndMinimal.meetings { expectSameWriting(value) }
        for value in Self.fullAndMinimal.events { expectSameWriting(value) }
        expectSameWriting(Meeting.Kind.national + [.dongguanWeeklyFullMeeting, "本地/会议"])
        expectSameWriting(Meeting.Lecturer.Role.allCases)
        expectSameWriting([Meeting.Talk(by: "M-1", with: "M-2")])
        expectSameWriting(DuesBase.FlatCategory.allCases.map(DuesBase.flat) + [.wage(Money(fen: 1)), .pension(.zero)])
        for fen in [0, 1, -1, DuesPayment.baseLimit.fen, -DuesPayment.baseLimit.fen] {
            expectSameWriting(
                DuesPayment(
                    month: CalendarMonth(of: "2025-01-01"), base: .wage(Money(fen: fen)), amount: Money(fen: fen),
                    paidOn: "9999-12-31"))
        }
        expectSameWriting(VoluntaryDuesPayment(amount: Money(fen: 100_000), paidOn: "2025-07-01"))
        expectSameWriting(TaskClaim(year: 2025, unit: "区供电局/党委", task: "“亮灯”工程", claimedOn: "2025-01-10"))
        expectSameWriting(
            PartyGroup(
                id: "PG-1", organisationID: "ORG-1", name: "3号楼党小组", leaderID: "M-1", memberIDs: ["M-1", "M-2"],
                founded: "2020-01-01"))
        expectSameWriting(PartyGroup(id: "PG-1", organisationID: "ORG-1", name: ""))
        expectSameWriting(
            CommitteeElection(organisationID: "ORG-1", date: "2021-06-30", committeeMemberIDs: ["M-1"], termYears: 3))
        expectSameWriting(CommitteeElection(organisationID: "ORG-1", date: "2021-06-30"))
        expectSameWriting(ReceptionDay(date: "2025-03-03", receivedBy: "书记", visitors: 0))
        expectSameWriting(ReceptionDay(date: "2025-03-03", receivedBy: "书记"))
        expectSameWriting(PointsAssessment(memberID: "M-1", year: 2025, points: -3))
        expectSameWriting(Certificate(level: .senior, obtainedOn: "2019-10-01"))
        expectSameWriting(Education.allCases)
        expectSameWriting(Member.Status.allCases)
        expectSameWriting(Member.Relationship.allCases)
        expectSameWriting(Member.Employment.allCases)
    }

    /// A value of each kind with every optional field set, and one with none.
    static let fullAndMinimal: (members: [Member], meetings: [Meeting], events: [MembershipEvent]) = {
        let events: [MembershipEvent] = [
            .init(.admitted, on: "2001-07-01"), .init(.madeFull, on: nil),
            .init(.probationExtended(months: 6), on: "2002-07-01"),
            .init(.transferredIn(from: "苏州大学党委", status: .probationary), on: nil),
            .init(.transferredOut(to: "机关党委"), on: "2024-12-31"),
            .init(.migratedOut(certificate: "No.0001", contact: "王芳"), on: "2020-02-29"),
            .init(.migratedOut(certificate: nil, contact: "王芳"), on: nil),
            .init(.migratedOut(certificate: nil, contact: nil), on: nil), .init(.migratedIn(status: .formal), on: nil),
            .init(.enrolled, on: "2019-05-01"), .init(.migrationEnded, on: nil),
            .init(.visited(by: "支部委员 李娜"), on: "2024-02-29"), .init(.visited(by: ""), on: nil),
            .init(.dualManagement(with: "园区某公司党委"), on: nil), .init(.died, on: "2024-11-30"),
            .init(.removed, on: nil),
        ]
        let payment = DuesPayment(
            month: CalendarMonth(of: "2025-01-01"), base: .pension(Money(fen: 420_001)), amount: Money(fen: 2_100),
            paidOn: "2025-01-05")
        let full = Member(
            id: "M-1", name: "张伟", organisationID: "ORG-1", relationship: .heldElsewhere, employment: .retired,
            hasLimitedMobility: true, birthDate: "1950-02-28", events: events, duesPayments: [payment],
            voluntaryPayments: [VoluntaryDuesPayment(amount: Money(fen: 1), paidOn: "2025-02-01")])
        let leave = Meeting.Presence.absentWithLeave(reason: "住院\n\"术后\"", approvedBy: "支部书记/张伟")
        let meeting = Meeting(
            id: "MT-1", organisationID: "ORG-1", kind: .lesson, date: "2025-03-01", partyGroupID: "PG-1",
            lecturer: Meeting.Lecturer(name: "王书记", role: .committeeSecretary, memberID: "M-1"),
            talk: Meeting.Talk(by: "M-1", with: "M-2"), topic: "学习",
            attendance: [.init("M-1", .present), .init("M-2", leave), .init("M-3", .absentWithoutLeave)])
        let minimalMeeting = Meeting(id: "MT-2", organisationID: "ORG-1", kind: "DG.本地", date: "2025-03-02")
        let lecturerOnly = Meeting(
            id: "MT-3", organisationID: "ORG-1", kind: .lesson, date: "2025-03-03",
            lecturer: Meeting.Lecturer(name: "", role: .guest))
        return (
            [full, Member(id: "M-2", name: "", organisationID: "ORG-1")], [meeting, minimalMeeting, lecturerOnly],
            events
        )
    }()

    // MARK: Reading what JSONDecoder refuses or reads by default

    @Test func readingFieldsMissingNullOrOfTheWrongKind() throws {
        let (members, meetings, events) = Self.fullAndMinimal
        for member in members { try expectSameReadingOfVariants(member) }
        for meeting in meetings { try expectSameReadingOfVariants(meeting) }
        for event in events { try expectSameReadingOfVariants(event) }
        for attendance in meetings[0].attendance { try expectSameReadingOfVariants(attendance) }
        try expectSameReadingOfVariants(Meeting.Lecturer(name: "王书记", role: .committeeSecretary, memberID: "M-1"))
        try expectSameReadingOfVariants(Meeting.Talk(by: "M-1", with: "M-2"))
        try expectSameReadingOfVariants(members[0].duesPayments[0])
        try expectSameReadingOfVariants(DuesBase.flat(.student))
        try expectSameReadingOfVariants(VoluntaryDuesPayment(amount: Money(fen: 1), paidOn: "2025-02-01"))
        try expectSameReadingOfVariants(TaskClaim(year: 2025, unit: "供电局", task: "亮灯", claimedOn: "2025-01-10"))
        try expectSameReadingOfVariants(
            PartyGroup(
                id: "PG-1", organisationID: "O", name: "n", leaderID: "M-1", memberIDs: ["M-1"], founded: "2020-01-01"))
        try expectSameReadingOfVariants(
            CommitteeElection(organisationID: "O", date: "2021-06-30", committeeMemberIDs: ["M-1"], termYears: 3))
        try expectSameReadingOfVariants(ReceptionDay(date: "2025-03-03", receivedBy: "书记", visitors: 2))
        try expectSameReadingOfVariants(PointsAssessment(memberID: "M-1", year: 2025, points: 10))
        try expectSameReadingOfVariants(Certificate(level: .senior, obtainedOn: "2019-10-01"))
    }

    @Test(arguments: [
        #"{"wage":6500}"#, #"{"pension":4200.5}"#, #"{"flat":"student"}"#, #"{"flat":"nobody"}"#, #"{}"#,
        #"{"wage":1,"pension":2}"#, #"{"wage":"x","pension":2}"#, #"{"pension":2,"wage":"x"}"#,
        #"{"wage":null}"#, #"{"wage":1,"x":2}"#, #"{"x":"y"}"#, #"{"wage":1,"wage":2}"#,
        #"{"wage":1,"wage":"x"}"#, #"{"wage":1.005}"#, #"{"flat":1}"#, "[]", #""wage""#, "null",
        #"{"wage":"x","pension":2,"y":[1,}"#,
    ])
    func duesBases(_ json: String) {
        expectSameReadingAndFailure(DuesBase.self, json)
    }

    @Test(arguments: [
        "23058430092136939.51", "-23058430092136939.51", "23058430092136939.52", "-23058430092136939.52",
        "92233720368547758.07",
    ])
    func duesBasesAtTheLimit(_ yuan: String) {
        for key in ["wage", "pension"] {
            expectSameReadingAndFailure(
                DuesPayment.self, #"{"month":"2025-01","base":{"\#(key)":\#(yuan)},"amount":1,"paidOn":"2025-01-05"}"#)
            // The limit is checked before the other fields are looked for.
            expectSameReadingAndFailure(DuesPayment.self, #"{"base":{"\#(key)":\#(yuan)}}"#)
        }
    }

    @Test(arguments: [
        #"{"kind":"admitted","months":"x","from":null,"status":"bad","certificate":5}"#,
        #"{"kind":"probationExtended","months":"x"}"#, #"{"kind":"probationExtended","months":null}"#,
        #"{"kind":"probationExtended","months":6.0}"#, #"{"kind":"probationExtended","months":6.5}"#,
        #"{"months":6,"kind":"probationExtended","months":"x"}"#, #"{"kind":"transferredIn","from":"X","status":null}"#,
        #"{"kind":"transferredIn","from":"X","status":"bad"}"#, #"{"kind":"transferredIn","status":"probationary"}"#,
        #"{"kind":"migratedIn","status":"probationary","from":1}"#, #"{"kind":"migratedOut","certificate":null}"#,
        #"{"kind":"migratedOut","certificate":5}"#, #"{"kind":"died","certificate":5,"by":[]}"#,
        #"{"kind":"visited","by":null}"#, #"{"kind":"visited"}"#, #"{"kind":"dualManagement","with":{}}"#,
        #"{"kind":"transferredOut","to":"X","to":1}"#, #"{"kind":"left"}"#, #"{"kind":null}"#, #"{"kind":1}"#,
        #"{"date":"2025-02-30","kind":"died"}"#, #"{"date":null,"kind":"died"}"#, #"{"kind":"died","kind":"x"}"#,
        #"{"kind":"died","by":"\x"#,
    ])
    func membershipEvents(_ json: String) {
        expectSameReadingAndFailure(MembershipEvent.self, json)
    }

    /// `JSONDecoder` checks a string's escapes only when it decodes the string, so it accepts a bad
    /// escape in a field the case does not read, and so does the reader.
    @Test(arguments: [#"{"kind":"died","by":"\x"}"#, #"{"by":"\ud800","kind":"died"}"#])
    func badEscapesInFieldsNotRead(_ json: String) {
        expectSameReading(MembershipEvent.self, json)
    }

    @Test(arguments: [
        #"{"memberID":"M","presence":"present","reason":5,"approvedBy":null}"#,
        #"{"memberID":"M","presence":"absent"}"#, #"{"memberID":"M","presence":"leave","reason":"r","approvedBy":"a"}"#,
        #"{"memberID":"M","presence":"leave","approvedBy":"a"}"#, #"{"memberID":"M","presence":"leave","reason":"r"}"#,
        #"{"memberID":"M","presence":"leave","reason":null,"approvedBy":"a"}"#,
        #"{"memberID":"M","presence":"leave","reason":"r","approvedBy":1}"#, #"{"memberID":"M","presence":"late"}"#,
        #"{"presence":"late"}"#, #"{"memberID":"M"}"#, #"{"memberID":1,"presence":"present"}"#,
    ])
    func attendances(_ json: String) {
        expectSameReadingAndFailure(Meeting.Attendance.self, json)
    }

    @Test(arguments: [
        #"{"id":"M","name":"n","organisationID":"O"}"#,
        #"{"id":"M","name":"n","organisationID":"O","events":null,"duesPayments":null,"voluntaryPayments":null,"relationship":null,"employment":null,"hasLimitedMobility":null,"birthDate":null}"#,
        #"{"id":"M","name":"n","organisationID":"O","status":"formal"}"#,
        #"{"id":"M","name":"n","organisationID":"O","status":null}"#,
        #"{"migration":"none","id":"M","name":"n","organisationID":"O","admittedOn":"2001-07-01","status":"formal"}"#,
        #"{"migration":"none","admittedOn":"2001-07-01"}"#, #"{"id":1,"status":"formal"}"#,
        #"{"events":[{"kind":"left"}],"migration":"none"}"#, #"{"id":1,"status":"formal","x":[1,}"#,
        #"{"id":"M","name":"n","organisationID":"O","relationship":"both"}"#,
        #"{"id":"M","name":"n","organisationID":"O","employment":"retired","hasLimitedMobility":1}"#,
        #"{"id":"M","name":"n","organisationID":"O","duesPayments":[{"month":"2025-13","base":{"wage":1},"amount":1,"paidOn":"2025-01-01"}]}"#,
        #"{"name":"n","organisationID":"O"}"#, #"{"id":"M","organisationID":"O"}"#, #"{"id":"M","name":"n"}"#,
        #"{"id":"M","id":1,"name":"n","organisationID":"O"}"#, "[]",
    ])
    func members(_ json: String) {
        expectSameReadingAndFailure(Member.self, json)
    }

    @Test(arguments: [
        #"{"id":"MT","organisationID":"O","kind":"本地","date":"2025-01-01","attendance":null,"topic":null}"#,
        #"{"id":"MT","organisationID":"O","kind":"lesson","date":"2025-01-01","lecturer":{"name":"n","role":"boss"}}"#,
        #"{"id":"MT","organisationID":"O","kind":"lesson","date":"2025-01-01","lecturer":{"role":"guest"}}"#,
        #"{"id":"MT","organisationID":"O","kind":"lesson","date":"2025-01-01","talk":{"by":"M"}}"#,
        #"{"id":"MT","organisationID":"O","kind":"lesson","date":"2025-01-01","attendance":[{"memberID":"M","presence":"x"}]}"#,
        #"{"id":"MT","organisationID":"O","kind":5,"date":"2025-01-01"}"#,
    ])
    func meetings(_ json: String) {
        expectSameReadingAndFailure(Meeting.self, json)
    }

    @Test(arguments: [
        #"{"organisationID":"O","date":"2021-06-30","termYears":null,"committeeMemberIDs":null}"#,
        #"{"organisationID":"O","date":"2021-06-30","termYears":2.0}"#,
        #"{"organisationID":"O","date":"2021-06-30","termYears":2.5}"#,
        #"{"organisationID":"O","date":"2021-06-30","committeeMemberIDs":[1]}"#,
    ])
    func elections(_ json: String) {
        expectSameReadingAndFailure(CommitteeElection.self, json)
    }

    @Test(arguments: [
        #""assistant""#, #""expert""#, #"{"level":"expert","obtainedOn":"2019-10-01"}"#,
        #"{"level":"senior","obtainedOn":"2019-10-01","level":null}"#,
    ])
    func certificates(_ json: String) {
        expectSameReadingAndFailure(Certificate.Level.self, json)
        expectSameReadingAndFailure(Certificate.self, json)
        expectSameReadingAndFailure(Education.self, json)
    }
}

// MARK: Helpers

/// Checks ``expectSameReading(_:_:sourceLocation:)`` on `json`, and that when both refuse it (as
/// the element of an array, where `InterchangeError` explains an error as it does inside a
/// document) they name the same problem at the same field.
///
/// Where Foundation and the reader differ, the problems are compared as the same: any two syntax
/// errors; a `null` for a `Bool`, which Foundation calls a mismatch ("true or false") and the
/// reader "true or false, not null" as for every other kind; and a number that is not a whole one,
/// which Foundation reports without a path (as not JSON) and the reader at its field.
func expectSameReadingAndFailure<Value: InterchangeReadable & Decodable & Equatable>(
    _ type: Value.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    expectSameReading(type, json, sourceLocation: sourceLocation)
    let data = Data("[\(json)]".utf8)
    guard case .failure(let mine) = interchangeRead([Value].self, from: data),
        case .failure(let theirs) = Result(catching: { try JSONDecoder().decode([Value].self, from: data) })
    else { return }
    let explained = InterchangeError(reading: theirs, in: data, file: nil)
    switch (mine.problem, explained.problem) {
    case (.notJSON, .notJSON): break
    case (.invalidValue(let reason), .notJSON) where reason.contains("is not a whole number"): return
    case (.wrongType(let expected), .wrongType(let foundation)):
        #expect(
            expected == foundation || (expected == "true or false, not null" && foundation == "true or false"),
            "\(json)", sourceLocation: sourceLocation)
    default: #expect(mine.problem == explained.problem, "\(json)", sourceLocation: sourceLocation)
    }
    #expect(mine.field == explained.field, "\(json)", sourceLocation: sourceLocation)
}

/// Checks that the reader and `JSONDecoder` agree on `value`'s JSON object and on variants of it:
/// each key removed, set to `null` and to a value of each kind, an unknown key added, and each key
/// repeated before and after its value with a value of another kind.
func expectSameReadingOfVariants<Value: InterchangeReadable & Codable & Equatable>(
    _ value: Value, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(value), as: UTF8.self)
    expectSameReadingAndFailure(Value.self, json, sourceLocation: sourceLocation)
    guard case .object(let object) = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else { return }
    let others = [#"true"#, #""x""#, "1.5", "7", "[]", "{}", #"{"x":1}"#, "null"]
    func text(_ object: [String: JSONValue]) throws -> String {
        String(decoding: try encoder.encode(JSONValue.object(object)), as: UTF8.self)
    }
    let inner = json.dropFirst().dropLast()
    let separator = inner.isEmpty ? "" : ","
    for key in object.keys.sorted() {
        var removed = object
        removed[key] = nil
        expectSameReadingAndFailure(Value.self, try text(removed), sourceLocation: sourceLocation)
        for other in others {
            var changed = object
            changed[key] = try JSONDecoder().decode(JSONValue.self, from: Data(other.utf8))
            expectSameReadingAndFailure(Value.self, try text(changed), sourceLocation: sourceLocation)
            // The value first, then the original one: the first counts, `null` too.
            expectSameReadingAndFailure(
                Value.self, "{\"\(key)\":\(other),\(inner)}", sourceLocation: sourceLocation)
            expectSameReadingAndFailure(
                Value.self, "{\(inner)\(separator)\"\(key)\":\(other)}", sourceLocation: sourceLocation)
        }
    }
    expectSameReadingAndFailure(
        Value.self, "{\(inner)\(separator)\"zzz\":[1,{\"a\":null}]}", sourceLocation: sourceLocation)
    expectSameReadingAndFailure(Value.self, "{\"+\":{},\(inner)}", sourceLocation: sourceLocation)
}
