extension SZ2011 {
    /// The rules of the pack, in the order their findings are reported (by article).
    public static let rules: [any Rule] = [
        GeneralBranchRule(),
        BranchSizingRule(),
        ResettlementRule(),
        TwoNewCoverageRule(),
        CoordinationRule(),
        OneShoulderRule(),
        GraduateRule(),
        AgeStructureRule(),
        RotationRule(),
        KeyRoleTrainingRule(),
        OtherTrainingRule(),
        DegreeRule(),
        SecretaryQualificationsTrendRule(),
        CertificateRule(),
        RecruitmentRule(),
        DualReportRule(),
        StaffPayRule(),
        SecretaryPayRule(),
        // Membership records (art. 12–13).
        DualManagementRule(),
        MigrantEnrolmentRule(),
        OutgoingMigrantRule(),
        ImmobileRule(),
        PointsRule(),
        DuesRule(),
        ServiceSpaceRule(),
        WorkSpaceRule(),
        ExistingShortfallRule(),
        PartyShareRule(),
        OneStopRule(),
        FundsFollowTasksRule(),
        WorkFundRule(),
        OfficeShareRule(),
        ActivityFundRule(),
        CostSplitRule(),
        DisclosureRule(),
        ElectronicLedgerRule(),
        // MARK: Meetings
        ConsultationsRule(),
        ReceptionDayRule(),
        ThreeMeetingsRule(),
        LeaveRule(),
        JointMeetingRule(),
    ]

    /// The descriptor of a rule of the opinion, in force from the opinion's date (2011-06-24) unless
    /// the clause names its own (自2011年起).
    static func descriptor(
        _ id: RuleID, chinese: String, english: String, strength: NormativeStrength, clause: Citation,
        cadence: RuleDescriptor.Cadence, scope: RuleDescriptor.Scope = .community, from start: CalendarDate = effective
    ) -> RuleDescriptor {
        RuleDescriptor(
            id: id, title: LocalizedText(chinese: chinese, english: english), strength: strength, citation: clause,
            scope: scope, cadence: cadence, validity: .starting(start))
    }
}
