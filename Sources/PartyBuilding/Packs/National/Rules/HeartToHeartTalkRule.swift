extension NAT {
    /// `NAT.meetings.talks` (shall): heart-to-heart talks (谈心谈话) at least once a year between
    /// committee members, and between committee members and members.
    ///
    /// The clause, quoted once: ``NAT/Clauses/meetingsTalks``. "一般" is read as shall.
    ///
    /// **The reading checked.** The records say who talked with whom (``Meeting/Talk``), not every
    /// pairing the clause intends, so the rule checks what they can show: each member of the
    /// organisation's committee, as elected at its latest election on or before the period's last day
    /// (``Community/committeeMembers(of:on:)``), took part, on either side, in at least
    /// ``NAT/Parameters/talksPerYear`` talks recorded by the organisation in each complete year it lived
    /// through. The subject is the committee member. An organisation with no election recorded cannot
    /// be checked: an information finding says so.
    public struct HeartToHeartTalkRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.meetings.talks", chinese: "每年谈心谈话", english: "Heart-to-heart talks every year", strength: .shall,
            clause: Clauses.meetingsTalks, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .year, atLeast: try parameters[Parameters.talksPerYear])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            guard !community.meetings.isEmpty else {
                if !community.organisations.isEmpty {
                    findings.inform(.community(context.id), measured: nil, message: MeetingRecordMessages.none)
                }
                return
            }
            for organisation in community.branchLevelOrganisations {
                guard !cadence.units(of: period, lifetime: organisation.lifetime).isEmpty else { continue }
                guard let committee = community.committeeMembers(of: organisation.id, on: period.end) else {
                    findings.inform(.organisation(organisation.id), measured: nil, message: Self.noCommittee)
                    continue
                }
                for member in committee {
                    var dates: [CalendarDate] = []
                    for meeting in community.meetings
                    where meeting.kind == .heartToHeartTalk && meeting.organisationID == organisation.id {
                        if let talk = meeting.talk, talk.by == member || talk.with == member {
                            dates.append(meeting.date)
                        }
                    }
                    let outcome = cadence.check(dates, over: period, lifetime: organisation.lifetime)
                    findings.check(.member(member), outcome, of: cadence, message: Self.missed)
                }
            }
        }

        /// `2025年该委员未参加谈心谈话（参加的年份为 0 年，应不少于 1 年）；未参加的年份：2025年`.
        static let missed = MessageTemplate(
            chinese: "{period}该委员未参加谈心谈话（参加的年份为 {measured}，应{required}）；未参加的年份：{detail}",
            english:
                "This committee member took part in no heart-to-heart talk in {period} ({measured} met, required {required}); missed: {detail}"
        )

        /// `未记录党组织委员会的选举，无法核查2025年谈心谈话`.
        static let noCommittee = MessageTemplate(
            chinese: "未记录党组织委员会的选举，无法核查{period}谈心谈话",
            english: "No committee election is recorded; heart-to-heart talks in {period} could not be checked")
    }
}
