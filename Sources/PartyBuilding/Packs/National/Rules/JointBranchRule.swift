extension NAT {
    /// `NAT.branch.joint` (shall): a joint branch covers generally no more than five units.
    ///
    /// The clause, quoted once: ``NAT/Clauses/jointBranch``.
    ///
    /// Judged on the audit date for each joint branch (``PartyOrganisation/isJoint``) in being that
    /// day: the units it covers (``PartyOrganisation/coveredUnits``), 不超过5个 (5 meets it, 6 does
    /// not). "一般" reads as shall, as in the rest of the pack. That a unit with fewer than three
    /// formal members joins a joint branch is ``BranchMinMembersRule``'s matter.
    public struct JointBranchRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.branch.joint", chinese: "联合党支部覆盖单位数", english: "Units a joint branch covers", strength: .shall,
            clause: Clauses.jointBranch, cadence: .onDate, from: branchRegulation)

        /// Creates the rule.
        public init() {}

        /// Reads the most units a joint branch covers.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.jointBranchUnits]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with maximum: Int, into findings: inout FindingCollector
        ) {
            for organisation in context.community.organisations
            where organisation.isJoint && organisation.lifetime.contains(context.date) {
                findings.check(
                    .organisation(organisation.id), .count(organisation.coveredUnits.count, .organisations), .orLess,
                    .count(maximum, .organisations), message: Self.tooManyUnits)
            }
        }

        /// `联合党支部 ORG-1 覆盖单位 6 个，一般应在 5 个以下`.
        static let tooManyUnits = MessageTemplate(
            chinese: "联合党支部 {subject} 覆盖单位 {measured}，一般应在 {required}",
            english: "Joint branch {subject} covers {measured}; generally it should cover {required}")
    }
}
