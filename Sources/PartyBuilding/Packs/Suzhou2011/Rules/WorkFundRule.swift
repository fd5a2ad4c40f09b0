extension SZ2011 {
    /// `SZ2011.19.work-fund` (shall): a community's work funds are not below 20 CNY a resident a year.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/workFund``.
    ///
    /// Sums the grants of the year judged for work and for the Party organisation's office (part of
    /// the work funds). The population base (residents or registered residents) is a parameter. A
    /// community with no work-fund grant recorded for the year, or whose population is not recorded,
    /// gets an information finding that the funds could not be checked: grants not recorded are not
    /// grants of nothing.
    public struct WorkFundRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.19.work-fund", chinese: "社区工作经费", english: "Community work funds", strength: .shall,
            clause: Clauses.workFund,
            cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> WorkFundFloor {
            try WorkFundFloor(parameters)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with floor: WorkFundFloor,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            let year = period.start.year
            let purposes: [FundGrant.Purpose] = [.work, .partyOffice]
            guard community.fundGrants.contains(where: { $0.year == year && purposes.contains($0.purpose) }) else {
                findings.inform(
                    .community(community.id), measured: nil, detail: .label(FundRuleMessages.workFunds),
                    message: FundRuleMessages.noGrants)
                return
            }
            guard let population = floor.population(of: community) else {
                findings.cannotCheck(.community(community.id), missing: [.residents])
                return
            }
            findings.check(
                .community(community.id), .money(community.fundsGranted(in: year, for: purposes)),
                .notLessThan, .money(floor.floor(population: population)), detail: .count(population, .people),
                message: Self.belowFloor)
        }

        /// `2025年社区工作经费为 100,000.00 元，应不低于 147,860.00 元（按 7393 人计）`.
        static let belowFloor = MessageTemplate(
            chinese: "{period}社区工作经费为 {measured}，应{required}（按 {detail}计）",
            english: "Work funds in {period} are {measured}; they should be {required} (for {detail})")
    }

    /// Messages the fund rules share.
    enum FundRuleMessages {
        /// `未记录2025年社区工作经费的划拨，无法核对经费`.
        static let noGrants = MessageTemplate(
            chinese: "未记录{period}{detail}的划拨，无法核对经费",
            english: "No grants of {detail} are recorded for {period}; the funds cannot be checked")
        /// The work funds, named in ``noGrants``.
        static let workFunds = Quantity.Label(code: "workFunds", chinese: "社区工作经费", english: "work funds")
        /// The activity funds, named in ``noGrants``.
        static let activityFunds = Quantity.Label(
            code: "activityFunds", chinese: "社区党组织活动经费", english: "activity funds")
    }
}
