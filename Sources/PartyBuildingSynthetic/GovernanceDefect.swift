import PartyBuilding

/// The one way in which a non-compliant community of ``SyntheticCity`` departs from the governance
/// rules: a fifth of the communities have one (``CityStream/governanceDefect``), picked by
/// ``CityStream/defectKind``; every other governance record of the community is compliant.
///
/// Every defect is valid data (``Community/validate(on:)`` accepts it): it is a finding of a rule,
/// not an error in the records. A defect that needs a record the community lacks (a member to leave
/// out of the grids in a community that holds none) leaves the records compliant.
public enum GovernanceDefect: Int, Sendable, Hashable, CaseIterable {
    /// The first level-4 grid (the level-1 grid when there is none) has no leader.
    case gridWithoutLeader = 0
    /// The first level-4 grid (the level-1 grid when there is none) has two leaders.
    case gridWithTwoLeaders = 1
    /// The last member of the last level-4 grid is in no level-4 grid.
    case memberOutsideGrids = 2
    /// The first decision lacks its residents' hearing.
    case decisionMissingStep = 3
    /// The first decision's residents' meeting is dated before its residents' hearing.
    case decisionStepsOutOfOrder = 4
    /// One ledger is not updated for two consecutive months (``CityStream/defectDetail``).
    case ledgerNotUpdated = 5
    /// One body is missing: the supervision committee, the service station or the social organisation
    /// (``CityStream/defectDetail``).
    case missingBody = 6
    /// The mechanisms have no evidence: the coordination mechanism, and the electronic ledger.
    case mechanismWithoutEvidence = 7
    /// The first compound has no branch.
    case compoundWithoutBranch = 8
    /// A "two new" unit with 3 or more formal members has no organisation of its own: the first such
    /// unit, or the first unit made a non-public enterprise with 3 formal members when none has them.
    case unitWithoutOrganisation = 9
    /// The community checklist has 47 items: its last item is missing.
    case checklistShortOfItems = 10
    /// The community checklist's assessment completes 1–8 of its items fewer than it has
    /// (``CityStream/defectDetail``).
    case incompleteAssessment = 11
    /// The first delegated task came with no funds (funding 0).
    case unfundedTask = 12
    /// The office share of the work funds is recorded as zero.
    case noOfficeShare = 13
    /// The office funds are not disclosed: the disclosure covers the activity funds only.
    case noDisclosure = 14
    /// The last worker who started from 2011 (the last worker when none did) was recruited by the
    /// street.
    case recruitedByStreet = 15
    /// The secretary reports to the street working committee only.
    case oneReportOnly = 16
    /// The secretary's one-stop post is held without a name badge.
    case postWithoutBadge = 17

    /// The defect of community `index` of any city with this seed, or `nil` for a compliant one.
    public static func ofCommunity(at index: Int, seed: UInt64 = SyntheticStream.defaultSeed) -> GovernanceDefect? {
        guard CityStream.governanceDefect.stream(seed: seed).value(at: index, in: 0...99) < 20 else { return nil }
        return allCases[CityStream.defectKind.stream(seed: seed).value(at: index, in: 0...(allCases.count - 1))]
    }
}
