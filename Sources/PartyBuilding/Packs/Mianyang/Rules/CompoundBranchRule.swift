extension MY {
    /// `MY.compound-branch` (shall): each commercial compound, compound without management and old
    /// courtyard has a branch, and each of its buildings a Party group.
    ///
    /// The clause, quoted once: ``MY/Clauses/compoundBranch``.
    ///
    /// Judged on the audit date for each compound of those kinds (``ResidentialCompound``; a compound
    /// of kind ``ResidentialCompound/Kind/other`` is not judged): a compound without a branch is a
    /// violation; the buildings without a Party group are listed in another. A community that records
    /// no compound cannot be checked.
    public struct CompoundBranchRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "MY.compound-branch",
            title: LocalizedText(chinese: "小区党支部、楼栋党小组", english: "Branches in compounds, groups in buildings"),
            strength: .shall, citation: Clauses.compoundBranch, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let compounds = context.community.governance.compounds
            guard !compounds.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .compounds)
            }
            for compound in compounds where compound.kind != .other {
                let name = Quantity.Label(
                    code: compound.id.rawValue, chinese: compound.name, english: compound.id.rawValue)
                if compound.organisationID == nil {
                    findings.fail(
                        .community(context.id), measured: .flag(false), required: nil, detail: .label(name),
                        message: Self.noBranch)
                }
                let bare = compound.buildings.enumerated().filter { $0.element.partyGroupID == nil }
                if !bare.isEmpty {
                    findings.fail(
                        .community(context.id), measured: .label(name), required: nil,
                        detail: .label(
                            .list(
                                codes: bare.map(\.element.name), chinese: bare.map(\.element.name),
                                english: bare.map { "building \($0.offset + 1)" })), message: Self.noGroup)
                }
            }
        }

        /// `小区“东关大街12号院”未建立小区党支部`.
        static let noBranch = MessageTemplate(
            chinese: "小区“{detail}”未建立小区党支部", english: "Compound {detail} has no branch of its own")
        /// `小区“东关大街12号院”的以下楼栋未建立楼栋党小组：3号楼、5号楼`.
        static let noGroup = MessageTemplate(
            chinese: "小区“{measured}”的以下楼栋未建立楼栋党小组：{detail}",
            english: "These buildings of {measured} have no Party group: {detail}")
    }
}
