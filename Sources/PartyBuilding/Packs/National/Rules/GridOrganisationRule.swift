extension NAT {
    /// `NAT.grid` (shall): a branch or a Party group is built on each grid.
    ///
    /// The clause, quoted once: ``NAT/Clauses/grid``.
    ///
    /// Judged on the audit date for each grid of level 3 (the branches' grids) and level 4 (the
    /// members' grids, ``Grid/memberLevel``) set up by then: a grid without a branch
    /// (``Grid/organisationID``) and without a Party group (``Grid/partyGroupID``) is a violation
    /// naming it. Levels 1 and 2 are the leadership's grids, on which no organisation is built. A
    /// community that records no grid cannot be checked (`GRID.levels`, where applied, judges whether
    /// grids are due).
    public struct GridOrganisationRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.grid", chinese: "党支部或党小组建在网格上", english: "A branch or a Party group on each grid",
            strength: .shall, clause: Clauses.grid, cadence: .onDate, from: urbanPartyBuilding)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let grids = context.community.governance.grids
            guard !grids.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .grids)
            }
            for grid in grids
            where grid.level >= Grid.memberLevel - 1 && (grid.established.map { $0 <= context.date } ?? true)
                && grid.organisationID == nil && grid.partyGroupID == nil
            {
                findings.fail(
                    .community(context.id), measured: .flag(false), required: nil,
                    detail: .label(
                        Quantity.Label(code: grid.id.rawValue, chinese: grid.name, english: grid.id.rawValue)),
                    message: Self.nothingBuilt)
            }
        }

        /// `网格“东片第三网格”上未建立党支部或党小组`.
        static let nothingBuilt = MessageTemplate(
            chinese: "网格“{detail}”上未建立党支部或党小组（应将党支部或党小组建在网格上）",
            english: "No branch or Party group is built on grid {detail}")
    }
}
