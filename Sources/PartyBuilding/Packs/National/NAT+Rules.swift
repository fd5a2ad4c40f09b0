extension NAT {
    /// The rules of the pack, in the order their findings are reported.
    public static let rules: [any Rule] = [
        // MARK: Meetings
        GeneralMeetingRule(),
        CommitteeMeetingRule(),
        GroupMeetingRule(),
        ThemeDayRule(),
        OrganisationalLifeRule(),
        DemocraticEvaluationRule(),
        HeartToHeartTalkRule(),
        PartyLessonRule(),
    ]

    /// The descriptor of a rule of the national regulations, in force from `start` (by default the
    /// branch regulations' date, 2018-10-28).
    static func descriptor(
        _ id: RuleID, chinese: String, english: String, strength: NormativeStrength, clause: Citation,
        cadence: RuleDescriptor.Cadence, scope: RuleDescriptor.Scope = .community,
        from start: CalendarDate = branchRegulation.issued
    ) -> RuleDescriptor {
        RuleDescriptor(
            id: id, title: LocalizedText(chinese: chinese, english: english), strength: strength, citation: clause,
            scope: scope, cadence: cadence, validity: .starting(start))
    }
}
