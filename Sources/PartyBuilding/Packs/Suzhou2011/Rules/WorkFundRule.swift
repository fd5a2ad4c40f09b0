extension SZ2011 {
    /// `SZ2011.19.work-fund` (shall): a community's work funds are not below 20 CNY a resident a year.
    ///
    /// > 社区工作经费按不低于20元/人·年的标准核拨。(SZ2011 art. 19)
    ///
    /// Sums the grants of the audit's year for work and for the Party organisation's office (part of
    /// the work funds). The population base (residents or registered residents) is a parameter. A
    /// community with no grant recorded for the year gets an information finding that the funds could
    /// not be checked: grants not recorded are not grants of nothing.
    public struct WorkFundRule: Rule {
        /// The rule's ID, title, strength, clause and the parameters it reads.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.19.work-fund", chinese: "社区工作经费", english: "Community work funds", strength: .shall,
            article: 19, wording: "社区工作经费按不低于20元/人·年的标准核拨",
            parameters: [Parameters.workFundPerResident, Parameters.workFundPopulationBase])

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters in force on the audit date.
        public func bind(_ values: ParameterValues) throws(ParameterError) -> WorkFundFloor {
            try WorkFundFloor(values)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, with floor: WorkFundFloor, into findings: inout FindingCollector
        ) {
            let community = context.community
            guard community.fundGrants.contains(where: { $0.year == context.year }) else {
                findings.inform(
                    .community(community.id), measured: nil, detail: .count(context.year),
                    message: FundRuleMessages.noGrants)
                return
            }
            let granted = community.fundsGranted(in: context.year, for: [.work, .partyOffice])
            let population = floor.population(of: community)
            let required = floor.floor(population: population)
            guard !Bound.notLessThan.admits(granted, required) else { return }
            findings.fail(
                .community(community.id), measured: .money(granted),
                required: Requirement(.notLessThan, .money(required)),
                detail: .count(population), message: Self.belowFloor)
        }

        static let belowFloor = MessageTemplate(
            chinese: "审核年度社区工作经费 {measured}，应{required}（{detail} 人）",
            english: "Work funds in the year audited are {measured}; required {required} (for {detail} people)")
    }

    /// Messages the fund rules share.
    enum FundRuleMessages {
        static let noGrants = MessageTemplate(
            chinese: "未记录 {detail} 年度的经费划拨，无法核对经费",
            english: "No fund grants are recorded for {detail}; the funds cannot be checked")
    }
}
