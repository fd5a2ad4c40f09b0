extension NAT {
    /// `NAT.meetings.group` (shall): each Party group (党小组) meets at least once a month.
    ///
    /// The clause, quoted once: ``NAT/Clauses/meetingsGroup``. "一般" is read as shall.
    ///
    /// Judged for each complete year, month by month, for every Party group of the community; a
    /// month counts when it lies wholly inside both the organisation's lifetime and the group's (from
    /// its founding, when recorded). The finding's subject is the group, and it lists the months missed.
    public struct GroupMeetingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.meetings.group", chinese: "党小组会每月召开", english: "A Party-group meeting every month",
            strength: .shall, clause: Clauses.meetingsGroup, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .month, atLeast: try parameters[Parameters.groupMeetingsPerMonth])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            guard !community.partyGroups.isEmpty else { return }
            guard MeetingCadence.hasRecords(context, into: &findings) else { return }
            for group in community.partyGroups {
                guard let organisation = community.organisations.first(where: { $0.id == group.organisationID })
                else { continue }
                let groupLife = Period.starting(group.founded ?? .earliest)
                guard let lifetime = organisation.lifetime.intersection(groupLife) else { continue }
                let dates = community.meetingDates(of: .partyGroup, by: organisation.id, group: group.id)
                let outcome = cadence.check(dates, over: period, lifetime: lifetime)
                findings.check(.partyGroup(group.id), outcome, of: cadence, message: Self.missed)
            }
        }

        /// `2025年党小组会召开的月份为 10 个月，应不少于 12 个月；未召开的月份：2025年3月、2025年7月`.
        static let missed = MessageTemplate(
            chinese: "{period}党小组会召开的月份为 {measured}，应{required}；未召开的月份：{detail}",
            english: "The Party group met in {measured} of {period}; required {required}; missed: {detail}")
    }
}
