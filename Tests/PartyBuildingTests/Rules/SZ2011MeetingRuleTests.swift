import PartyBuilding
import Testing

/// The SZ2011 rules over meetings (art. 11, 13 and 17): each finding cites SZ2011 and stands on its own.
@Suite("SZ2011 meetings")
struct SZ2011MeetingRuleTests {
    @Test("consultations: 4次以上 includes 4", arguments: [(3, false), (4, true), (5, true)])
    func consultations(count: Int, passes: Bool) throws {
        let dates = (0..<count).map { CalendarDate(known: 2025, $0 * 2 + 1, 10) }
        let community = MeetingFixture.community(meetings: MeetingFixture.meetings(.consultation, on: dates))
        let found = try MeetingFixture.findings("SZ2011.11.consultations", auditing: community)
        #expect(found.isEmpty == passes)
        if let finding = found.first {
            expectFinding(
                finding, rule: "SZ2011.11.consultations", severity: .violation,
                subject: .organisation(Fixture.organisationID), article: "11")
            #expect(finding.measured == .count(count, .meetings))
            #expect(finding.required == Requirement(.orMore, .count(4, .meetings)))
        }
    }

    @Test("consultations: a year the organisation was dissolved in is not judged; no meetings cannot be checked")
    func consultationsDissolved() throws {
        let before = Meeting(
            id: "OTHER", organisationID: Fixture.organisationID, kind: .consultation, date: "2025-02-01")
        let dissolved = MeetingFixture.community(dissolved: "2025-03-31", meetings: [before])
        #expect(try MeetingFixture.findings("SZ2011.11.consultations", auditing: dissolved).isEmpty)
        let unrecorded = MeetingFixture.community(meetings: [])
        let found = try MeetingFixture.findings("SZ2011.11.consultations", auditing: unrecorded)
        #expect(found.map(\.severity) == [.information])
    }

    @Test("leave: an absence in a meeting of another year is judged with that year, not this one")
    func leaveOtherYear() throws {
        var meeting = MeetingFixture.meetings(.general, on: ["2024-12-31"])[0]
        meeting.attendance = [.init("M-3", .absentWithoutLeave)]
        let community = MeetingFixture.community(meetings: [meeting])
        #expect(try MeetingFixture.findings("SZ2011.13.leave", auditing: community).isEmpty)
        #expect(try MeetingFixture.findings("SZ2011.13.leave", auditing: community, on: "2024-12-31").count == 1)
    }

    @Test("reception day: every whole week on one weekday passes; a missed week and a second weekday are listed")
    func receptionDay() throws {
        var community = MeetingFixture.community(meetings: [])
        // 2025-01-06 was a Monday: the whole weeks of 2025 run from it to Sunday 2025-12-28.
        let mondays = (0..<51).compactMap { CalendarDate("2025-01-06").adding(days: $0 * 7) }
        community.receptionDays = mondays.map { ReceptionDay(date: $0, receivedBy: "李书记") }
        #expect(try MeetingFixture.findings("SZ2011.11.reception-day", auditing: community).isEmpty)
        // The week of 13 January is received on a Wednesday instead; that of 20 January not at all.
        community.receptionDays.removeAll { $0.date == "2025-01-13" || $0.date == "2025-01-20" }
        community.receptionDays.append(ReceptionDay(date: "2025-01-15", receivedBy: "李书记"))
        let found = try MeetingFixture.findings("SZ2011.11.reception-day", auditing: community)
        #expect(found.count == 2)
        #expect(MeetingFixture.missed(found[0]) == ["2025-01-20/2025-01-26"])
        #expect(found[1].measured == .count(2, .weekdays))
        #expect(found[1].message(.chinese).contains("星期一、星期三"))
        community.receptionDays = []
        #expect(
            try MeetingFixture.findings("SZ2011.11.reception-day", auditing: community).map(\.severity) == [
                .information
            ])
    }

    @Test("three meetings: one finding lists every cadence missed, citing art. 13")
    func threeMeetings() throws {
        let community = MeetingFixture.community(
            meetings: MeetingFixture.meetings(.general, on: ["2025-02-01", "2025-05-01", "2025-08-01"])
                + MeetingFixture.meetings(.democraticEvaluation, on: ["2025-12-01"]))
        let found = try MeetingFixture.findings("SZ2011.13.three-meetings", auditing: community)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(
            finding, rule: "SZ2011.13.three-meetings", severity: .violation,
            subject: .organisation(Fixture.organisationID), article: "13")
        #expect(MeetingFixture.missed(finding) == ["general"])
        #expect(finding.message(.chinese).contains("党员大会（2025年第四季度）"))
    }

    @Test("leave: each absence without leave is a violation naming the meeting; leave with a reason passes")
    func leave() throws {
        var meeting = MeetingFixture.meetings(.general, on: ["2025-03-05"])[0]
        meeting.attendance = [
            .init("M-1", .present), .init("M-2", .absentWithLeave(reason: "出差", approvedBy: "李书记")),
            .init("M-3", .absentWithoutLeave),
        ]
        let found = try MeetingFixture.findings(
            "SZ2011.13.leave", auditing: MeetingFixture.community(meetings: [meeting]))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: "SZ2011.13.leave", severity: .violation, subject: .member("M-3"), article: "13")
        #expect(finding.message(.chinese).contains("2025年3月5日党员大会"))
    }

    @Test("joint meeting: at least one a year", arguments: [(0, false), (1, true)])
    func jointMeeting(count: Int, passes: Bool) throws {
        let meetings = MeetingFixture.meetings(.jointMeeting, on: Array(["2025-06-01"].prefix(count)))
        let community = MeetingFixture.community(meetings: meetings + [MeetingFixture.unrelated])
        #expect(try MeetingFixture.findings("SZ2011.17.joint-meeting", auditing: community).isEmpty == passes)
    }
}

/// The shipped local packs: ST, MY and DG, applied with the built-in ones.
@Suite("local packs")
struct LocalPackRuleTests {
    @Test("ST.joint-meeting lists the quarter missed")
    func street() throws {
        let meetings = MeetingFixture.meetings(.jointMeeting, on: ["2025-01-10", "2025-04-10", "2025-07-10"])
        let found = try MeetingFixture.findings(
            "ST.joint-meeting", auditing: MeetingFixture.community(meetings: meetings),
            packs: PolicyPack.builtIn + [.street])
        #expect(found.map(MeetingFixture.missed) == [["2025-Q4"]])
        #expect(found.first?.citation.document == "ST")
    }

    @Test("MY.theme-day is must: a missing month is a violation")
    func themeDay() throws {
        let community = MeetingFixture.community(meetings: MeetingFixture.monthly(.themeDay, except: [6]))
        let found = try MeetingFixture.findings("MY.theme-day", auditing: community, packs: [.mianyang])
        #expect(found.map(\.severity) == [.violation])
        #expect(found.map(MeetingFixture.missed) == [["2025-06"]])
    }

    @Test("MY.annual-claiming: a coordination meeting counts by the 10th (以内), not on the 11th", arguments: [10, 11])
    func coordination(day: Int) throws {
        var community = MeetingFixture.community(
            meetings: (1...12).enumerated().map { index, month in
                Meeting(
                    id: MeetingID("C-\(index)"), organisationID: Fixture.organisationID, kind: .coordination,
                    date: CalendarDate(known: 2025, month, month == 5 ? day : 3))
            })
        community.taskClaims = [TaskClaim(year: 2025, unit: "驻区单位", task: "环境整治", claimedOn: "2025-01-20")]
        let found = try MeetingFixture.findings("MY.annual-claiming", auditing: community, packs: [.mianyang])
        #expect(found.map(MeetingFixture.missed) == (day == 10 ? [] : [["2025-05"]]))
        community.taskClaims[0].claimedOn = "2025-02-01"
        let late = try MeetingFixture.findings("MY.annual-claiming", auditing: community, packs: [.mianyang])
        #expect(late.contains { $0.measured == .flag(false) })
    }

    @Test("DG.weekly-meeting is local practice: a missed week is advisory, never a violation")
    func dongguan() throws {
        let mondays = (0..<52).compactMap { CalendarDate("2025-01-06").adding(days: $0 * 7) }
        let meetings = MeetingFixture.meetings(.dongguanWeeklyFullMeeting, on: Array(mondays.dropLast(2)))
        let found = try MeetingFixture.findings(
            "DG.weekly-meeting", auditing: MeetingFixture.community(meetings: meetings), packs: [.dongguan])
        #expect(found.map(\.severity) == [.advisory])
        #expect(found.map(MeetingFixture.missed) == [["2025-12-22/2025-12-28"]])
    }

    @Test("the catalog lists every shipped pack once, the built-in ones first")
    func catalog() {
        #expect(PolicyPack.catalog.map(\.id) == ["SZ2011", "NAT", "TA", "GRID", "ST", "MY", "DG"])
    }
}
