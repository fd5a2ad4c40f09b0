extension SZ2011 {
    /// `SZ2011.19.activity-fund` (in principle): the Party organisation's activity funds are not below
    /// 150 CNY a member a year, and not below 15,000 CNY for a community with fewer than 100 members.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/activityFund``.
    ///
    /// Members are those whose organisational relationship the community holds, formal and
    /// probationary (``MembershipSummary/heldByCommunity``). The floor is ``ActivityFundFloor``. In force
    /// from 2011-01-01: judged for each fund year from 2011, never for 2010. An exception recorded for
    /// the community makes a failure a note. A community without a Party organisation is not checked;
    /// one with no activity-fund grant recorded for the year gets an information finding that the funds could not be
    /// checked.
    public struct ActivityFundRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.19.activity-fund", chinese: "社区党组织活动经费", english: "Party organisation's activity funds",
            strength: .inPrinciple, clause: Clauses.activityFund, cadence: .yearly, from: "2011-01-01")

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> ActivityFundFloor {
            try ActivityFundFloor(parameters)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with floor: ActivityFundFloor,
            into findings: inout FindingCollector
        ) {
            guard !context.community.organisations.isEmpty else { return }
            let year = period.start.year
            guard context.community.fundGrants.contains(where: { $0.year == year && $0.purpose == .activity }) else {
                findings.inform(
                    .community(context.id), measured: nil, detail: .label(FundRuleMessages.activityFunds),
                    message: FundRuleMessages.noGrants)
                return
            }
            let members = context.membership.heldByCommunity
            findings.check(
                .community(context.id), .money(context.community.fundsGranted(in: year, for: [.activity])),
                .notLessThan, .money(floor.floor(members: members)), detail: .count(members, .members),
                message: Self.belowFloor)
        }

        /// `2025年社区党组织活动经费为 12,000.00 元，原则上应不低于 15,000.00 元（按党员 80 名计）`.
        static let belowFloor = MessageTemplate(
            chinese: "{period}社区党组织活动经费为 {measured}，原则上应{required}（按党员 {detail}计）",
            english: "Activity funds in {period} are {measured}; in principle they should be {required} (for {detail})"
        )
    }
}
