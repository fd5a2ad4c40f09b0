import PartyBuilding

extension ConformanceFixtures {
    /// A month of a community's life: a theme day of each organisation that has member records, attended
    /// by its members, and a dues payment of every member, for `month`; only people who are members
    /// on the month's first day (``PartyBuilding/Member/status(on:)``) attend or pay. What
    /// ``StoreConformance/appendedHistory(of:)`` appends.
    ///
    /// - Parameters:
    ///   - month: the month the records are for.
    ///   - community: the community they are appended to.
    /// - Returns: the community with the month's meetings and payments appended.
    public static func appendingMonth(_ month: CalendarMonth, to community: Community) -> Community {
        var community = community
        let day = month.firstDay.adding(days: 9) ?? month.firstDay
        let organisations = Set(community.members.map(\.organisationID))
        for organisation in community.organisations where organisations.contains(organisation.id) {
            let attendance = community.members.filter {
                $0.organisationID == organisation.id && $0.status(on: day) != nil
            }.map {
                Meeting.Attendance($0.id, .present)
            }
            community.meetings.append(
                Meeting(
                    id: MeetingID("\(organisation.id)-\(month)"), organisationID: organisation.id, kind: .themeDay,
                    date: day, topic: "\(month) 主题党日", attendance: attendance))
        }
        for index in community.members.indices where community.members[index].status(on: month.firstDay) != nil {
            let base = community.members[index].duesPayments.last?.base ?? .flat(.student)
            community.members[index].duesPayments.append(
                DuesPayment(month: month, base: base, amount: Money(fen: 20), paidOn: day))
        }
        return community
    }

    /// The meetings of ``rich(id:)``: every kind (with a pack's own kind), every presence, a lesson
    /// by every lecturer role, a talk, a Party-group meeting, optional fields set and unset.
    static func meetingsOfEveryKind() -> [Meeting] {
        let leave = Meeting.Presence.absentWithLeave(reason: "住院治疗\n\"术后\"", approvedBy: "支部书记 张伟")
        let attendance = [
            Meeting.Attendance("M-0", .present), Meeting.Attendance("M-2", leave),
            Meeting.Attendance("M-4", .absentWithoutLeave),
        ]
        var meetings: [Meeting] = []
        for (index, kind) in (Meeting.Kind.national + [.dongguanWeeklyFullMeeting]).enumerated() {
            meetings.append(
                Meeting(
                    id: MeetingID("MT-\(index)"), organisationID: "ORG-G", kind: kind,
                    date: CalendarDate(known: 2024, 1 + index % 12, 1 + index),
                    topic: index % 2 == 0 ? nil : "学习 №\(index)",
                    attendance: index % 3 == 2 ? [] : attendance))
        }
        meetings[2].partyGroupID = "PG-1"
        meetings[7].talk = Meeting.Talk(by: "M-0", with: "M-2")
        for (index, role) in Meeting.Lecturer.Role.allCases.enumerated() {
            meetings.append(
                Meeting(
                    id: MeetingID("MT-L\(index)"), organisationID: "ORG-C", kind: .lesson,
                    date: CalendarDate(known: 2024, 2, 1 + index),
                    lecturer: Meeting.Lecturer(
                        name: ["王书记", "Zoë", "李\u{200D}娜"][index % 3], role: role,
                        memberID: index % 2 == 0 ? nil : "M-1")))
        }
        return meetings
    }

    /// The events of the member at `index` in ``rich(id:)``: together, every kind of event, dated and
    /// undated, in an order that contradicts nothing.
    static func events(ofMember index: Int) -> [MembershipEvent] {
        switch index {
        case 0: return []
        case 1:
            return [
                .init(.admitted, on: CalendarDate("2001-07-01")), .init(.madeFull, on: CalendarDate("2002-07-01")),
                .init(.visited(by: "支部委员 李娜"), on: CalendarDate("2024-02-29")),
            ]
        case 2:
            return [
                .init(.admitted, on: CalendarDate("2002-07-01")),
                .init(.probationExtended(months: 6), on: CalendarDate("2003-07-01")),
            ]
        case 3:
            return [
                .init(.transferredIn(from: "苏州大学党委", status: .probationary), on: CalendarDate("2010-03-01")),
                .init(.madeFull, on: CalendarDate("2010-09-01")),
                .init(.migratedOut(certificate: "流动党员活动证 No.0001", contact: "王芳 138…"), on: CalendarDate("2020-02-29")),
                .init(.migrationEnded, on: CalendarDate("2023-01-15")),
            ]
        case 4:
            return [
                .init(.migratedIn(status: .formal), on: nil), .init(.enrolled, on: CalendarDate("2019-05-01")),
                .init(.dualManagement(with: "园区某公司党委"), on: CalendarDate("2019-06-01")),
            ]
        case 5:
            return [
                .init(.admitted, on: CalendarDate("2005-07-01")), .init(.madeFull, on: CalendarDate("2006-07-01")),
                .init(.transferredOut(to: "平江区机关党委"), on: CalendarDate("2024-12-31")),
            ]
        case 6: return [.init(.admitted, on: nil), .init(.died, on: CalendarDate("2024-11-30"))]
        case 7:
            return [
                .init(.transferredIn(from: "观前街道党工委", status: .formal), on: CalendarDate("2008-01-01")),
                .init(.removed, on: CalendarDate("2024-06-30")),
            ]
        case 8: return [.init(.migratedOut(certificate: nil, contact: nil), on: CalendarDate("2021-01-01"))]
        default: return [.init(.admitted, on: CalendarDate(known: 2000 + index, 7, 1))]
        }
    }

    /// The dues of the member at `index` in ``rich(id:)``: a year of wage payments, a pension, and
    /// each flat category once; and voluntary payments for two members.
    static func dues(ofMember index: Int) -> (payments: [DuesPayment], voluntary: [VoluntaryDuesPayment]) {
        let flat = DuesBase.FlatCategory.allCases
        switch index {
        case 0:
            let payments = (1...12).map { month in
                DuesPayment(
                    month: CalendarMonth(of: CalendarDate(known: 2024, month, 1)), base: .wage(Money(fen: 650_000)),
                    amount: Money(fen: 9_750), paidOn: CalendarDate(known: 2024, month, month == 2 ? 29 : 10))
            }
            return (payments, [VoluntaryDuesPayment(amount: Money(fen: 100_000), paidOn: CalendarDate("2024-07-01"))])
        case 1:
            let payment = DuesPayment(
                month: CalendarMonth(of: CalendarDate("2024-02-01")), base: .pension(Money(fen: 420_001)),
                amount: Money(fen: 2_100), paidOn: CalendarDate("2024-03-05"))
            return ([payment], [VoluntaryDuesPayment(amount: Money(fen: 1), paidOn: CalendarDate("2024-02-29"))])
        case 2..<(2 + flat.count):
            let payment = DuesPayment(
                month: CalendarMonth(of: CalendarDate("2024-06-01")), base: .flat(flat[index - 2]),
                amount: Money(fen: 20), paidOn: CalendarDate("2024-06-30"))
            return ([payment], [])
        default: return ([], [])
        }
    }

    /// The other records of ``rich(id:)``: reception days, Party groups, points and task claims.
    static func addOtherRecords(to community: inout Community) {
        community.receptionDays = [
            ReceptionDay(date: CalendarDate("2024-02-29"), receivedBy: "书记 张伟", visitors: 7),
            ReceptionDay(date: CalendarDate("2024-03-07"), receivedBy: "Zoë"),
        ]
        community.partyGroups = [
            PartyGroup(
                id: "PG-1", organisationID: "ORG-G", name: "第一党小组 🌿", leaderID: "M-0", memberIDs: ["M-0", "M-2"],
                founded: CalendarDate("2012-02-29")),
            PartyGroup(id: "PG-2", organisationID: "ORG-G", name: "第二党小组"),
        ]
        community.pointsAssessments = [
            PointsAssessment(memberID: "M-0", year: 2024, points: 95),
            PointsAssessment(memberID: "M-1", year: 2024, points: -3),
        ]
        community.taskClaims = [
            TaskClaim(year: 2024, unit: "观前街道卫生服务中心", task: "义诊进社区", claimedOn: CalendarDate("2024-01-15")),
            TaskClaim(
                year: 2025, unit: "O'Brien & Co. \"法律\"", task: "法律咨询\n每月一次", claimedOn: CalendarDate("2025-01-01")),
        ]
    }
}
