extension NAT {
    /// `NAT.branch.max-size` (shall): a branch has generally no more than 50 members.
    ///
    /// The clause, quoted once: ``NAT/Clauses/branchMaxSize``.
    ///
    /// Judged on the audit date for each branch (``PartyOrganisation/Form/branch``) in being that day:
    /// its members, formal and probationary (党员人数), 不超过50人 (50 meets it, 51 does not). "一般"
    /// reads as shall: a larger branch is a violation, which an exception recorded for the rule does
    /// not soften. A branch whose records give no count cannot be checked: an information finding.
    public struct BranchMaxSizeRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.branch.max-size", chinese: "党支部党员人数上限", english: "Most members of a branch", strength: .shall,
            clause: Clauses.branchMaxSize, cadence: .onDate, from: branchRegulation)

        /// Creates the rule.
        public init() {}

        /// Reads the most members of a branch.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.branchMaximum]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with maximum: Int, into findings: inout FindingCollector
        ) {
            let organisations = context.community.organisations
            guard organisations.contains(where: { $0.form == .branch }) else { return }
            for (index, organisation) in organisations.enumerated()
            where organisation.form == .branch && organisation.lifetime.contains(context.date) {
                guard let members = context.membership.members[index] else {
                    findings.inform(.organisation(organisation.id), measured: nil, message: Self.notCounted)
                    continue
                }
                findings.check(
                    .organisation(organisation.id), .count(members, .members), .orLess, .count(maximum, .members),
                    message: Self.tooLarge)
            }
        }

        /// `党支部 ORG-1 有党员 51 名，党支部党员人数一般应在 50 名以下`.
        static let tooLarge = MessageTemplate(
            chinese: "党支部 {subject} 有党员 {measured}，党支部党员人数一般应在 {required}",
            english: "Branch {subject} has {measured}; a branch should generally have {required}")
        /// `党支部 ORG-1 未记录党员名册或人数，无法核对党员人数`.
        static let notCounted = MessageTemplate(
            chinese: "党支部 {subject} 未记录党员名册或人数，无法核对党员人数",
            english: "Branch {subject} records neither members nor a headcount; its size cannot be checked")
    }
}
