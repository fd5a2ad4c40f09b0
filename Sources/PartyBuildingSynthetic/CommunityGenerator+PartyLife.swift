import PartyBuilding

extension CommunityGenerator {
    /// A year of the community's Party life: a branch founded in the year, meetings of every kind,
    /// the secretary's weekly reception days, committee elections, Party groups, points and tasks
    /// claimed; see ``SyntheticCity``.
    func addPartyLife(to community: inout Community, index: Int) {
        if community.organisations.count > 1, draw(.foundedInYear, index, 0...9) == 0 {
            community.organisations[community.organisations.count - 1].founded = CalendarDate(
                known: year, draw(.foundedMonth, index, 2...11), 1)
        }
        let listed = firstMembers(of: community)
        addMeetings(to: &community, index: index, listed: listed)
        addReceptionDays(to: &community, index: index)
        community.elections = community.organisations.enumerated().map { position, organisation in
            CommitteeElection(
                organisationID: organisation.id,
                date: organisation.founded
                    ?? CalendarDate(known: year - draw(.electionAge, index &<< 3 | position, 0...7), 7, 1),
                committeeMemberIDs: listed[position].prefix(3).map { community.members[$0].id })
        }
        community.partyGroups = community.organisations.enumerated().compactMap { position, organisation in
            guard organisation.form == .branch else { return nil }
            let members = listed[position]
            return PartyGroup(
                id: PartyGroupID("G\(position)"), organisationID: organisation.id, name: "第一党小组",
                leaderID: members.first.map { community.members[$0].id },
                memberIDs: members.map { community.members[$0].id }, founded: organisation.founded)
        }
        if draw(.points, index, 0...9) < 3 {
            // The members the community holds come first: a map of their indices fills its list exactly.
            let held = community.members.prefix { $0.relationship == .heldByCommunity }.indices
            community.pointsAssessments = held.map { member in
                let element = CityStream.memberIndex(community: index, member: member)
                return PointsAssessment(
                    memberID: community.members[member].id, year: year, points: draw(.memberPoints, element, 40...100))
            }
        }
        community.taskClaims = (0..<draw(.taskClaims, index, 0...3)).map {
            TaskClaim(
                year: year, unit: "驻区单位\($0 + 1)", task: "认领服务项目", claimedOn: CalendarDate(known: year, 3, $0 + 1))
        }
    }

    /// The indices of the first five members of each organisation who are members all along (no event
    /// begins or ends their membership, so they can attend, lecture and sit on committees on any day),
    /// in the order of the organisations;
    /// for an organisation above branches, which has no members of its own, the first member of each
    /// of its branches (its committee, and the secretary who gives its Party lesson).
    private func firstMembers(of community: Community) -> [[Int]] {
        var listed = [[Int]](repeating: [], count: community.organisations.count)
        var position = 0
        for (member, record) in community.members.enumerated() {
            if community.organisations[position].id != record.organisationID {
                guard let found = community.organisations.firstIndex(where: { $0.id == record.organisationID })
                else { continue }
                position = found
            }
            let isMemberAllAlong = record.events.allSatisfy { !$0.kind.beginsMembership && !$0.kind.endsMembership }
            if listed[position].count < 5, isMemberAllAlong { listed[position].append(member) }
        }
        if listed.count > 1, listed[0].isEmpty { listed[0] = listed.dropFirst().compactMap(\.first) }
        return listed
    }

    /// Meetings on cadence for every organisation, with a month or a quarter missing from the first
    /// branch by ``CityStream/meetingPlan``; nothing before an organisation's founding.
    private func addMeetings(to community: inout Community, index: Int, listed: [[Int]]) {
        let plan = level(.meetingPlan, index)
        let missing = draw(.missingMonth, index, 1...12)
        let target = community.organisations.count > 1 ? 1 : 0
        let weekly = draw(.weeklyFullMeeting, index, 0...19) == 0
        let branches = community.organisations.count { $0.form == .branch }
        var meetings: [Meeting] = []
        // At most 48 meetings of a branch, 13 of an organisation above branches, 22 of the community
        // and 52 weekly ones: the list takes no more room than its meetings can fill.
        meetings.reserveCapacity(
            branches * 48 + (community.organisations.count - branches) * 13 + 22 + (weekly ? 52 : 0))
        func add(
            _ position: Int, _ kind: Meeting.Kind, _ month: Int, _ day: Int, lecturer: Meeting.Lecturer? = nil,
            talk: Meeting.Talk? = nil, group: PartyGroupID? = nil, attendance: [Meeting.Attendance] = []
        ) {
            let organisation = community.organisations[position]
            let date = CalendarDate(known: year, month, day)
            if let founded = organisation.founded, date < founded { return }
            if position == target {
                if plan < 10, month == missing, [.committee, .partyGroup, .themeDay].contains(kind) { return }
                if (10..<20).contains(plan), (month - 1) / 3 == (missing - 1) / 3, [.general, .lesson].contains(kind) {
                    return
                }
            }
            meetings.append(
                Meeting(
                    id: MeetingID("H\(meetings.count + 1)"), organisationID: organisation.id, kind: kind, date: date,
                    partyGroupID: group, lecturer: lecturer, talk: talk, attendance: attendance))
        }
        for (position, organisation) in community.organisations.enumerated() {
            let members = listed[position].map { community.members[$0] }
            for month in 1...12 { add(position, .committee, month, 5) }
            if organisation.form == .branch {
                for quarter in 1...4 {
                    add(
                        position, .general, quarter * 3, 20,
                        attendance: listed[position].map { member in
                            attendance(
                                community.members[member].id,
                                element: CityStream.memberIndex(community: index, member: member), quarter: quarter)
                        })
                    add(
                        position, .lesson, quarter * 3 - 1, 25,
                        lecturer: members.first.map {
                            Meeting.Lecturer(name: $0.name, role: .branchSecretary, memberID: $0.id)
                        })
                }
                for month in 1...12 {
                    add(position, .partyGroup, month, 12, group: PartyGroupID("G\(position)"))
                    add(position, .themeDay, month, 15)
                }
                add(position, .organisationalLife, 12, 18)
                add(position, .democraticEvaluation, 12, 22)
                for (by, with) in zip(members, members.dropFirst()).prefix(2) {
                    add(position, .heartToHeartTalk, 11, 10, talk: Meeting.Talk(by: by.id, with: with.id))
                }
            } else {
                add(
                    position, .lesson, 6, 28,
                    lecturer: members.first.map {
                        Meeting.Lecturer(
                            name: $0.name,
                            role: organisation.form == .committee ? .committeeSecretary : .generalBranchSecretary,
                            memberID: $0.id)
                    })
            }
        }
        let consultations = draw(.consultations, index, 2...6)
        for meeting in 0..<consultations { add(0, .consultation, 1 + meeting * 12 / consultations, 8) }
        // One community in twenty holds no joint Party-building meeting in the year.
        if index % 20 != 7 { for quarter in 0..<4 { add(0, .jointMeeting, quarter * 3 + 1, 18) } }
        for month in 1...12 { add(0, .coordination, month, 28) }
        if weekly {
            var day = CalendarDate(known: year, 1, 6)
            while day.year == year {
                add(0, .dongguanWeeklyFullMeeting, day.month, day.day)
                guard let next = day.adding(days: 7) else { break }
                day = next
            }
        }
        community.meetings = meetings
    }

    /// A member's attendance at the general meeting of a quarter, by ``CityStream/attendance``.
    private func attendance(_ member: MemberID, element: Int, quarter: Int) -> Meeting.Attendance {
        switch level(.attendance, element &<< 2 | (quarter - 1)) {
        case ..<80: Meeting.Attendance(member, .present)
        case ..<92: Meeting.Attendance(member, .absentWithLeave(reason: "出差", approvedBy: "支部书记"))
        default: Meeting.Attendance(member, .absentWithoutLeave)
        }
    }

    /// The secretary's reception every week on a fixed weekday, one week missing by
    /// ``CityStream/receptionGap``.
    private func addReceptionDays(to community: inout Community, index: Int) {
        guard let secretary = community.workers.first,
            var day = CalendarDate(known: year, 1, 1).adding(days: draw(.receptionStart, index, 0...6))
        else { return }
        let skipped = level(.receptionGap, index) < 10 ? (draw(.missingMonth, index, 1...12) - 1) * 4 : -1
        var week = 0
        var days: [ReceptionDay] = []
        days.reserveCapacity(53)
        while day.year == year {
            if week != skipped {
                days.append(ReceptionDay(date: day, receivedBy: secretary.name, visitors: 1 + week % 4))
            }
            week += 1
            guard let next = day.adding(days: 7) else { break }
            day = next
        }
        community.receptionDays = days
    }
}
