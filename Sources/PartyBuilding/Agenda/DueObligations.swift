/// What falls due in the next days, for a community or a whole district: every obligation whose day
/// lies from `date` through `days` days later, sorted by day.
///
/// - Meetings of the current unit not yet held, due on its last day, and of the later units ending
///   inside the window: a committee meeting (`NAT.meetings.committee`, 支部工作条例 第十二条), a theme
///   day (`NAT.meetings.theme-day`) and each Party group's meeting (`NAT.meetings.group`) each month;
///   a general meeting each quarter (`NAT.meetings.general`); an organisational-life meeting
///   (`NAT.meetings.life`) and a democratic evaluation (`NAT.meetings.evaluation`) each year. Only
///   for an organisation alive on the unit's last day.
/// - A probation ending (`NAT.probation`): one year from the admission meeting, plus the months of
///   any extension, for a member still probationary on `date`.
/// - A term ending (`NAT.term.reminder`): six months before the last election's term ends, or on
///   `date` when that is already past and the term has not ended.
/// - The pipeline of admission: talks, approvals, probations ending and oaths outstanding
///   (``applicants(_:_:_:_:)``).
/// - A member in their fourth month without dues (`NAT.lapse`): no payment for the three months
///   before the current one nor for it, due on the current month's last day; not listed for a
///   community whose records hold no dues payment at all (missing is not zero).
public enum DueObligations {
    /// The obligations of `communities` due from `date` through `days` days later, sorted by day.
    public static func due(in communities: [Community], from date: CalendarDate, days: Int) -> [DueObligation] {
        let end = date.adding(days: max(0, days)) ?? date
        var due: [DueObligation] = []
        for community in communities {
            meetings(community, date, end, &due)
            members(community, date, end, &due)
            applicants(community, date, end, &due)
        }
        return due.sorted { ($0.date, $0.ruleID.rawValue) < ($1.date, $1.ruleID.rawValue) }
    }

    private static func meetings(
        _ community: Community, _ date: CalendarDate, _ end: CalendarDate, _ due: inout [DueObligation]
    ) {
        typealias Cadence = (kind: Meeting.Kind, rule: RuleID, unit: (CalendarDate) -> Period, zh: String, en: String)
        let cadences: [Cadence] = [
            (.committee, "NAT.meetings.committee", Period.month(of:), "召开支部委员会会议", "Hold the branch committee meeting"),
            (.themeDay, "NAT.meetings.theme-day", Period.month(of:), "开展主题党日", "Hold the theme day"),
            (.general, "NAT.meetings.general", Period.quarter(of:), "召开党员大会", "Hold the general meeting of members"),
            (
                .organisationalLife, "NAT.meetings.life", Period.year(of:), "召开组织生活会",
                "Hold the organisational-life meeting"
            ),
            (
                .democraticEvaluation, "NAT.meetings.evaluation", Period.year(of:), "开展民主评议党员",
                "Hold the democratic evaluation"
            ),
        ]
        for organisation in community.organisations {
            for cadence in cadences {
                var unit = cadence.unit(date)
                while unit.end <= end {
                    if organisation.lifetime.contains(unit.end), unit.end >= date,
                        !community.meetings.contains(where: {
                            $0.organisationID == organisation.id && $0.kind == cadence.kind && unit.contains($0.date)
                        })
                    {
                        due.append(
                            DueObligation(
                                date: unit.end, ruleID: cadence.rule, communityID: community.id,
                                subject: .organisation(organisation.id),
                                text: LocalizedText(
                                    chinese: "\(organisation.name)\(unit.formatted(.chinese))应\(cadence.zh)",
                                    english: "\(organisation.name): \(cadence.en) in \(unit.formatted(.english))")))
                    }
                    guard let next = unit.end.adding(days: 1) else { break }
                    unit = cadence.unit(next)
                }
            }
            if let election = community.lastElection(of: organisation.id), election.termEnds >= date {
                let reminder = max(date, election.termEnds.adding(months: -6))
                if reminder <= end {
                    let ends = Quantity.date(election.termEnds)
                    due.append(
                        DueObligation(
                            date: reminder, ruleID: "NAT.term.reminder", communityID: community.id,
                            subject: .organisation(organisation.id),
                            text: LocalizedText(
                                chinese: "\(organisation.name)本届任期于\(ends.formatted(.chinese))届满，应做好换届准备",
                                english:
                                    "\(organisation.name): the term ends on \(ends.formatted(.english)); prepare the election"
                            )))
                }
            }
        }
        for group in community.partyGroups {
            let month = Period.month(of: date)
            guard month.end <= end,
                !community.meetings.contains(where: {
                    $0.kind == .partyGroup && $0.partyGroupID == group.id && month.contains($0.date)
                })
            else { continue }
            due.append(
                DueObligation(
                    date: month.end, ruleID: "NAT.meetings.group", communityID: community.id,
                    subject: .partyGroup(group.id),
                    text: LocalizedText(
                        chinese: "\(group.name)\(month.formatted(.chinese))应召开党小组会",
                        english: "\(group.name): hold the Party-group meeting in \(month.formatted(.english))")))
        }
    }

    private static func members(
        _ community: Community, _ date: CalendarDate, _ end: CalendarDate, _ due: inout [DueObligation]
    ) {
        let month = CalendarMonth(of: date)
        let keepsDues = community.members.contains { !$0.duesPayments.isEmpty }
        for member in community.members {
            guard let status = member.status(on: date) else { continue }
            if status == .probationary, let admitted = member.admissionDate {
                let extended = member.events.reduce(0) {
                    if case .probationExtended(let months) = $1.kind { return $0 + months }
                    return $0
                }
                let ends = admitted.adding(years: 1).adding(months: extended)
                if ends >= date, ends <= end {
                    due.append(
                        DueObligation(
                            date: ends, ruleID: "NAT.probation", communityID: community.id, subject: .member(member.id),
                            text: LocalizedText(
                                chinese: "\(member.name)预备期满，党支部应及时讨论其能否转为正式党员",
                                english: "\(member.name): probation ends; the branch discusses full membership")))
                }
            }
            let unpaid =
                keepsDues
                && (0...3).allSatisfy { back in
                    guard let owed = month.adding(-back) else { return false }
                    return member.status(on: owed.lastDay) != nil && !member.duesPayments.contains { $0.month == owed }
                }
            if unpaid, month.lastDay <= end {
                due.append(
                    DueObligation(
                        date: month.lastDay, ruleID: "NAT.lapse", communityID: community.id,
                        subject: .member(member.id),
                        text: LocalizedText(
                            chinese: "\(member.name)已连续 4 个月未交纳党费，连续六个月将被认为是自行脱党",
                            english:
                                "\(member.name) has paid no dues for 4 months in a row; six months in a row is deemed leaving the Party"
                        )))
            }
        }
    }
}
