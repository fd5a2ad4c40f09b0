extension SZ2011 {
    /// `SZ2011.19.activity-fund` (in principle): the Party organisation's activity funds are not below
    /// 150 CNY a member a year, and not below 15,000 CNY for a community with fewer than 100 members.
    ///
    /// > 社区党组织活动经费，自2011年起原则上按党的组织关系隶属于社区党组织的每名党员每年不低于150元的标准划拨，
    /// > 少于100名党员的社区按不低于1.5万元划拨。(SZ2011 art. 19)
    ///
    /// Members are those whose organisational relationship the community holds, formal and
    /// probationary (``MembershipSummary/heldByCommunity``). The floor is ``ActivityFundFloor``. In force
    /// from 2011-01-01. An exception recorded for the community makes a failure a note. A community
    /// without a Party organisation is not checked; one with no grant recorded for the year gets an
    /// information finding that the funds could not be checked.
    public struct ActivityFundRule: Rule {
        /// The rule's ID, title, strength, clause and the parameters it reads.
        public let descriptor = RuleDescriptor(
            id: "SZ2011.19.activity-fund",
            title: LocalizedText(chinese: "社区党组织活动经费", english: "Party organisation's activity funds"),
            strength: .inPrinciple,
            citation: SZ2011.article(
                19, "社区党组织活动经费，自2011年起原则上按党的组织关系隶属于社区党组织的每名党员每年不低于150元的标准划拨，少于100名党员的社区按不低于1.5万元划拨"),
            parameters: [
                Parameters.activityFundPerMember, Parameters.activityFundSmallCommunity, Parameters.activityFundMinimum,
            ])

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters in force on the audit date.
        public func bind(_ values: ParameterValues) throws(ParameterError) -> ActivityFundFloor {
            try ActivityFundFloor(values)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, with floor: ActivityFundFloor, into findings: inout FindingCollector
        ) {
            guard !context.community.organisations.isEmpty else { return }
            guard context.community.fundGrants.contains(where: { $0.year == context.year }) else {
                findings.inform(
                    .community(context.id), measured: nil, detail: .count(context.year),
                    message: FundRuleMessages.noGrants)
                return
            }
            let members = context.membership.heldByCommunity
            let required = floor.floor(members: members)
            let granted = context.community.fundsGranted(in: context.year, for: [.activity])
            guard !Bound.notLessThan.admits(granted, required) else { return }
            findings.fail(
                .community(context.id), measured: .money(granted),
                required: Requirement(.notLessThan, .money(required)),
                detail: .count(members), message: Self.belowFloor)
        }

        static let belowFloor = MessageTemplate(
            chinese: "审核年度党组织活动经费 {measured}，原则上应{required}（党员 {detail} 名）",
            english:
                "Activity funds in the year audited are {measured}; in principle required {required} (for {detail} members)"
        )
    }
}
