extension SZ2011 {
    /// `SZ2011.3.branch-sizing` (shall): a general branch or Party committee sets up branches of a
    /// suitable size.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/branchSizing``.
    ///
    /// Judged on the audit date for the community organisation when it is a general branch (党总支) or
    /// a committee (党委) in being that day: it needs at least one branch (党支部) under it in being that
    /// day. The size of each branch is `NAT.branch.max-size`'s figure and is judged by that rule, so
    /// that a large branch is reported once. When the records give the community organisation as a
    /// headcount alone (a spreadsheet row), with no other organisation, they do not say which branches
    /// it has: the rule cannot check it, and says so.
    public struct BranchSizingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.3.branch-sizing", chinese: "党总支（党委）合理设置党支部",
            english: "Branches under a general branch or committee",
            strength: .shall, clause: Clauses.branchSizing, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the number is `NAT.branch.max-size`'s.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let organisations = context.community.organisations
            guard let top = context.community.communityOrganisation, top.form != .branch,
                top.lifetime.contains(context.date)
            else { return }
            if top.headcount != nil && organisations.count == 1 {
                return findings.inform(
                    .organisation(top.id), measured: nil, detail: .label(top.form.label), message: Self.notListed)
            }
            var branches = 0
            for organisation in organisations
            where organisation.parentID == top.id && organisation.form == .branch
                && organisation.lifetime.contains(context.date)
            {
                branches += 1
            }
            findings.check(
                .organisation(top.id), .count(branches, .organisations), .orMore, .count(1, .organisations),
                detail: .label(top.form.label), message: Self.noBranches)
        }

        /// `党总支 ORG-1 只记录了党员人数，未列出下设的党支部，无法核查`.
        static let notListed = MessageTemplate(
            chinese: "{detail} {subject} 只记录了党员人数，未列出下设的党支部，无法核查",
            english:
                "The {detail} {subject} is recorded as a headcount only, without its branches; this cannot be checked")
        /// `党总支 ORG-1 下设党支部 0 个，应以合适的规模设置党支部（1 个以上）`.
        static let noBranches = MessageTemplate(
            chinese: "{detail} {subject} 下设党支部 {measured}，应以合适的规模合理设置社区党支部（{required}）",
            english: "The {detail} {subject} has {measured} under it; it should set up branches ({required})")
    }
}
