extension NAT {
    /// `NAT.branch.min-members` (shall): wherever there are three or more formal members, a Party
    /// organisation is formed.
    ///
    /// The clause, quoted once: ``NAT/Clauses/branchMinMembers``.
    ///
    /// A community's records show the organisations that exist, not the units that lack one, so the
    /// rule judges what the records can show: on the audit date, an organisation of its own (not a
    /// joint branch, ``PartyOrganisation/coveredUnits``) with fewer formal members, counted with
    /// those of the organisations under it (``MembershipSummary/formalMembers(of:)``), than the
    /// threshold (3以上: 3 meets it) is a violation: it should be a joint branch. An organisation
    /// whose records give no count (no member records, no headcount, nothing under it) cannot be
    /// checked: an information finding. Organisations not in being on the day are not judged.
    public struct BranchMinMembersRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.branch.min-members", chinese: "成立党支部的正式党员人数", english: "Formal members needed for a branch",
            strength: .shall, clause: Clauses.branchMinMembers, cadence: .onDate, from: constitution)

        /// Creates the rule.
        public init() {}

        /// Reads the threshold.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.branchFormalMinimum]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with minimum: Int, into findings: inout FindingCollector
        ) {
            let organisations = context.community.organisations
            guard !organisations.isEmpty else { return }
            for (index, organisation) in organisations.enumerated()
            where organisation.lifetime.contains(context.date) && !organisation.isJoint {
                let formal = context.membership.formalMembers[index]
                let hasChildren = organisations.contains { $0.parentID == organisation.id }
                guard formal > 0 || context.membership.members[index] != nil || hasChildren else {
                    findings.inform(.organisation(organisation.id), measured: nil, message: Self.notCounted)
                    continue
                }
                findings.check(
                    .organisation(organisation.id), .count(formal, .members), .orMore, .count(minimum, .members),
                    message: Self.tooFew)
            }
        }

        /// `党组织 ORG-1 有正式党员 2 名；正式党员 3 名以上的应当成立党支部，不足的应当成立联合党支部`.
        static let tooFew = MessageTemplate(
            chinese: "党组织 {subject} 有正式党员 {measured}；正式党员 {required}的应当成立党支部，不足的应当成立联合党支部",
            english:
                "Organisation {subject} has {measured}, counting formal members only; a branch is formed with {required}, and with fewer a joint branch"
        )
        /// `党组织 ORG-1 未记录党员名册或人数，无法核对正式党员人数`.
        static let notCounted = MessageTemplate(
            chinese: "党组织 {subject} 未记录党员名册或人数，无法核对正式党员人数",
            english:
                "Organisation {subject} records neither members nor a headcount; its formal members cannot be checked")
    }
}
