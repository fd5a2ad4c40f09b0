extension NAT {
    /// The rules of the pack, in the order their findings are reported, grouped by matter.
    public static let rules: [any Rule] = [
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
        // Dues and lapse.
        DuesAmountRule(.employed),
        DuesAmountRule(.retired),
        DuesAmountRule(.flat),
        LargeGiftRule(),
        ProbationaryDuesRule(),
        LapseRule(),
    ]

    /// The descriptor of a rule of a national document, in force from the document's date.
    static func descriptor(
        _ id: RuleID, chinese: String, english: String, strength: NormativeStrength, clause: Citation,
        cadence: RuleDescriptor.Cadence, from document: SourceDocument
    ) -> RuleDescriptor {
        RuleDescriptor(
            id: id, title: LocalizedText(chinese: chinese, english: english), strength: strength, citation: clause,
            cadence: cadence, validity: .starting(document.issued))
    }
}
