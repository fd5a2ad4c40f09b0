extension NAT {
    /// The rules of the pack, in the order their findings are reported, grouped by matter.
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
        // Organisations and membership.
        BranchMinMembersRule(),
        JointBranchRule(),
        BranchMaxSizeRule(),
        BranchCommitteeRule(),
        OrganisationFormRule(),
        TermRule(),
        TermReminderRule(),
        ProbationRule(),
        MinimumAgeRule(),
        HouseholdServiceSpaceRule(),
        GridOrganisationRule(),
        // The pipeline of admission.
        DevelopmentMinimumAgeRule(),
        DevelopmentTalkRule(),
        ActivistYearRule(),
        PoliticalReviewRule(),
        DevelopmentTrainingRule(),
        LeavingRule(),
        DevelopmentVoteRule(),
        DevelopmentApprovalRule(),
        ApproverRule(),
        ProbationStartRule(),
        FullMembershipRule(),
        ExtensionRule(),
        OathRule(),
        // Dues and lapse.
        DuesAmountRule(.employed),
        DuesAmountRule(.retired),
        DuesAmountRule(.flat),
        LargeGiftRule(),
        ProbationaryDuesRule(),
        LapseRule(),
    ]

    /// The descriptor of a rule of a national document, in force from the document's date (by default
    /// the branch regulations', 2018-10-28).
    static func descriptor(
        _ id: RuleID, chinese: String, english: String, strength: NormativeStrength, clause: Citation,
        cadence: RuleDescriptor.Cadence, scope: RuleDescriptor.Scope = .community,
        from document: SourceDocument = branchRegulation
    ) -> RuleDescriptor {
        RuleDescriptor(
            id: id, title: LocalizedText(chinese: chinese, english: english), strength: strength, citation: clause,
            scope: scope, cadence: cadence, validity: .starting(document.issued))
    }
}
