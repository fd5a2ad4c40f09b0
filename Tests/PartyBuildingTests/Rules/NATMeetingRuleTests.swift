import PartyBuilding
import Testing

/// The NAT meeting cadences of 支部工作条例 (2018): each finding lists exactly the units missed, and
/// no organisation is held to a unit it did not live through entirely.
@Suite("NAT.meetings")
struct NATMeetingRuleTests {
    @Test("党员大会: one each quarter passes; a missing quarter is listed, cited to 第十一条")
    func generalMeetings() throws {
        let held = MeetingFixture.meetings(.general, on: ["2025-02-01", "2025-05-01", "2025-08-01", "2025-11-01"])
        #expect(
            try MeetingFixture.findings("NAT.meetings.general", auditing: MeetingFixture.community(meetings: held))
                .isEmpty)
        let found = try MeetingFixture.findings(
            "NAT.meetings.general", auditing: MeetingFixture.community(meetings: Array(held.dropFirst(1))))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.severity == .violation)
        #expect(finding.subject == .organisation(Fixture.organisationID))
        #expect(finding.citation.document == "NAT")
        #expect(finding.citation.article == "支部工作条例 第十一条")
        #expect(finding.measured == .count(3, .quarters))
        #expect(finding.required == Requirement(.noFewerThan, .count(4, .quarters)))
        #expect(MeetingFixture.missed(finding) == ["2025-Q1"])
        #expect(parameterValue(NAT.Parameters.generalMeetingsPerQuarter, in: finding) == .count(1))
        #expect(finding.message(.chinese).contains("2025年第一季度"))
        expectMessages(finding)
    }

    @Test("founded mid-quarter: the first, partial quarter is not judged")
    func foundedMidQuarter() throws {
        let held = MeetingFixture.meetings(.general, on: ["2025-08-01", "2025-11-01"])
        let community = MeetingFixture.community(founded: "2025-05-15", meetings: held)
        #expect(try MeetingFixture.findings("NAT.meetings.general", auditing: community).isEmpty)
    }

    @Test("a community that records no meetings cannot be checked: information, not a violation")
    func noRecords() throws {
        let found = try MeetingFixture.findings(
            "NAT.meetings.general", auditing: MeetingFixture.community(meetings: []))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.severity == .information)
        #expect(finding.subject == .community(Fixture.communityID))
    }

    @Test("committee meetings: a missing December is listed; a branch without a committee is not judged")
    func committeeMeetings() throws {
        var community = MeetingFixture.community(meetings: MeetingFixture.monthly(.committee, except: [12]))
        #expect(try MeetingFixture.findings("NAT.meetings.committee", auditing: community).isEmpty)
        community.elections = [
            CommitteeElection(
                organisationID: Fixture.organisationID, date: "2024-03-01", committeeMemberIDs: ["A", "B"])
        ]
        #expect(try MeetingFixture.findings("NAT.meetings.committee", auditing: community).isEmpty)
        community.elections[0].committeeMemberIDs = ["A", "B", "C"]
        let finding = try #require(try MeetingFixture.findings("NAT.meetings.committee", auditing: community).first)
        #expect(MeetingFixture.missed(finding) == ["2025-12"])
        #expect(finding.measured == .count(11, .months))
    }

    @Test("a general branch has a committee by its form; dissolved in March, only January and February count")
    func committeeDissolvedInMarch() throws {
        let meetings = MeetingFixture.meetings(.committee, on: ["2025-01-10"])
        let community = MeetingFixture.community(form: .generalBranch, dissolved: "2025-03-10", meetings: meetings)
        let finding = try #require(try MeetingFixture.findings("NAT.meetings.committee", auditing: community).first)
        #expect(MeetingFixture.missed(finding) == ["2025-02"])
        #expect(finding.required == Requirement(.noFewerThan, .count(2, .months)))
    }

    @Test("Party groups: each group is its own subject; months before the group was founded are not judged")
    func groupMeetings() throws {
        var community = MeetingFixture.community(
            meetings: MeetingFixture.monthly(.partyGroup, except: [3], group: "G-1")
                + MeetingFixture.meetings(.partyGroup, on: ["2025-11-20", "2025-12-20"], group: "G-2"))
        community.partyGroups = [
            PartyGroup(id: "G-1", organisationID: Fixture.organisationID, name: "第一党小组"),
            PartyGroup(id: "G-2", organisationID: Fixture.organisationID, name: "第二党小组", founded: "2025-11-01"),
        ]
        let found = try MeetingFixture.findings("NAT.meetings.group", auditing: community)
        #expect(found.map(\.subject) == [.partyGroup("G-1")])
        #expect(MeetingFixture.missed(try #require(found.first)) == ["2025-03"])
    }

    @Test("theme day: every month of a leap year's February counts like any month")
    func themeDayLeapYear() throws {
        let meetings = MeetingFixture.meetings(
            .themeDay, on: (1...12).map { $0 == 2 ? "2024-02-29" : CalendarDate(known: 2024, $0, 1) })
        let community = MeetingFixture.community(meetings: meetings)
        #expect(try MeetingFixture.findings("NAT.meetings.theme-day", auditing: community, on: "2024-12-31").isEmpty)
        let short = MeetingFixture.community(meetings: meetings.filter { $0.date != "2024-02-29" })
        let finding = try #require(
            try MeetingFixture.findings("NAT.meetings.theme-day", auditing: short, on: "2024-12-31").first)
        #expect(MeetingFixture.missed(finding) == ["2024-02"])
    }

    @Test("organisational life: none is a violation; one outside the fourth quarter is information only")
    func organisationalLife() throws {
        let none = MeetingFixture.community(meetings: [MeetingFixture.unrelated])
        let violation = try #require(try MeetingFixture.findings("NAT.meetings.life", auditing: none).first)
        #expect(violation.severity == .violation)
        #expect(MeetingFixture.missed(violation) == ["2025"])
        let early = MeetingFixture.community(meetings: MeetingFixture.meetings(.organisationalLife, on: ["2025-09-30"]))
        let note = try MeetingFixture.findings("NAT.meetings.life", auditing: early)
        #expect(note.map(\.severity) == [.information])
        let usual = MeetingFixture.community(meetings: MeetingFixture.meetings(.organisationalLife, on: ["2025-10-01"]))
        #expect(try MeetingFixture.findings("NAT.meetings.life", auditing: usual).isEmpty)
    }

    @Test("democratic evaluation: one a year; a year the organisation did not live through entirely is not judged")
    func evaluation() throws {
        let none = MeetingFixture.community(meetings: [MeetingFixture.unrelated])
        #expect(try MeetingFixture.findings("NAT.meetings.evaluation", auditing: none).count == 1)
        let young = MeetingFixture.community(founded: "2025-01-02", meetings: [MeetingFixture.unrelated])
        #expect(try MeetingFixture.findings("NAT.meetings.evaluation", auditing: young).isEmpty)
        let held = MeetingFixture.community(
            meetings: MeetingFixture.meetings(.democraticEvaluation, on: ["2025-12-31"]))
        #expect(try MeetingFixture.findings("NAT.meetings.evaluation", auditing: held).isEmpty)
    }

    @Test("talks: each committee member takes part in one a year; no election recorded cannot be checked")
    func talks() throws {
        var community = MeetingFixture.community(meetings: [
            Meeting(
                id: "T-1", organisationID: Fixture.organisationID, kind: .heartToHeartTalk, date: "2025-04-01",
                talk: Meeting.Talk(by: "A", with: "B"))
        ])
        let unknown = try MeetingFixture.findings("NAT.meetings.talks", auditing: community)
        #expect(unknown.map(\.severity) == [.information])
        community.elections = [
            CommitteeElection(
                organisationID: Fixture.organisationID, date: "2024-01-01", committeeMemberIDs: ["A", "B", "C"])
        ]
        let found = try MeetingFixture.findings("NAT.meetings.talks", auditing: community)
        #expect(found.map(\.subject) == [.member("C")])
        #expect(found.first?.severity == .violation)
    }

    @Test("lessons: asked of a Party committee's secretary only, not of a branch")
    func lessons() throws {
        let byBranch = MeetingFixture.community(form: .branch, meetings: [MeetingFixture.unrelated])
        #expect(try MeetingFixture.findings("NAT.lessons", auditing: byBranch).isEmpty)
        let lesson = Meeting(
            id: "L-1", organisationID: Fixture.organisationID, kind: .lesson, date: "2025-07-01",
            lecturer: Meeting.Lecturer(name: "王书记", role: .generalBranchSecretary))
        let wrongLecturer = MeetingFixture.community(form: .committee, meetings: [lesson])
        let finding = try #require(try MeetingFixture.findings("NAT.lessons", auditing: wrongLecturer).first)
        #expect(finding.citation.article == "支部工作条例 第十六条")
        var right = lesson
        right.lecturer = Meeting.Lecturer(name: "王书记", role: .committeeSecretary)
        #expect(
            try MeetingFixture.findings(
                "NAT.lessons", auditing: MeetingFixture.community(form: .committee, meetings: [right])
            )
            .isEmpty)
    }

    @Test("the meeting rules are not in force before the branch regulations of 2018-10-28")
    func notBefore2018() throws {
        let report = try Auditor().auditSequentially(
            [MeetingFixture.community(meetings: [MeetingFixture.unrelated])], on: "2017-12-31")
        #expect(!report.rulesApplied.contains("NAT.meetings.general"))
    }
}

/// What every meeting rule of every shipped pack carries: its strength, clause and cadence.
@Suite("meeting rule descriptors")
struct MeetingRuleDescriptorTests {
    @Test(
        "strength and citation of each meeting rule",
        arguments: [
            ("NAT.meetings.general", NormativeStrength.shall, "支部工作条例 第十一条"),
            ("NAT.meetings.committee", .shall, "支部工作条例 第十二条"),
            ("NAT.meetings.group", .shall, "支部工作条例 第十三条"),
            ("NAT.meetings.theme-day", .shall, "支部工作条例"),
            ("NAT.meetings.life", .shall, "支部工作条例 第十七条"),
            ("NAT.meetings.evaluation", .shall, "支部工作条例"),
            ("NAT.meetings.talks", .shall, "支部工作条例 第十九条"),
            ("NAT.lessons", .shall, "支部工作条例 第十六条"),
            ("SZ2011.11.consultations", .shall, "11"),
            ("SZ2011.11.reception-day", .shall, "11"),
            ("SZ2011.13.three-meetings", .must, "13"),
            ("SZ2011.13.leave", .must, "13"),
            ("SZ2011.17.joint-meeting", .shall, "17"),
            ("ST.joint-meeting", .shall, "一是创新党建联席机制"),
            ("MY.theme-day", .must, "服務型"),
            ("MY.annual-claiming", .shall, "區域型"),
            ("DG.weekly-meeting", .encouraged, "二"),
        ] as [(RuleID, NormativeStrength, String)])
    func descriptor(id: RuleID, strength: NormativeStrength, article: String) throws {
        let entry = try #require(try RuleRegistry(packs: PolicyPack.catalog).entry(id))
        #expect(entry.descriptor.strength == strength)
        #expect(entry.descriptor.citation.article == article)
        #expect(entry.descriptor.cadence == .yearly)
        #expect(!entry.descriptor.citation.wording.isEmpty)
        #expect(entry.packID == String(id.rawValue.prefix { $0 != "." }))
    }
}
