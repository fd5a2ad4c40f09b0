extension SZ2011 {
    /// `SZ2011.19.cost-split` (shall): in 平江区, 沧浪区 and 金阊区 the city pays 30% and the district 70%
    /// of the community funds.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/costSplit``.
    ///
    /// For a community whose ``Community/district`` is one of the districts, the grants of the fund
    /// year from the city and from the district are added up; each must have paid at least its share
    /// of that total (rounded down to the fen); a grant of the year whose paying level is not recorded
    /// (``FundGrant/Source/unspecified``) leaves the split unchecked (an information finding). The districts merged into 姑苏区 on 2012-10-26, so the
    /// rule's parameters, and with them the rule, are in force until 2012-10-25: the fund year 2012,
    /// whose first day they cover, is judged under the split; 2013 is not.
    public struct CostSplitRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.19.cost-split", chinese: "市、区经费分级承担", english: "City and district shares of the funds",
            strength: .shall, clause: Clauses.costSplit,
            cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> (
            split: CostSplit, districts: Set<String>
        ) {
            (try CostSplit(parameters), Set(try parameters[Parameters.splitDistricts]))
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: (split: CostSplit, districts: Set<String>),
            into findings: inout FindingCollector
        ) {
            let community = context.community
            guard bindings.districts.contains(community.district) else { return }
            var city = Money.zero
            var district = Money.zero
            for grant in community.fundGrants where grant.year == period.start.year {
                switch grant.source {
                case .city: city += grant.amount
                case .district: district += grant.amount
                case .street, .other: break
                case .unspecified:
                    findings.cannotCheck(.community(community.id), missing: [.grantSource])
                    return
                }
            }
            let total = city + district
            guard total > .zero else { return }
            let shares = [
                (paid: city, share: bindings.split.cityShare, payer: Self.cityLabel),
                (paid: district, share: bindings.split.districtShare, payer: Self.districtLabel),
            ]
            for (paid, share, payer) in shares {
                findings.check(
                    .community(community.id), .money(paid), .notLessThan,
                    .money(total.multiplied(by: share, rounding: .down)), detail: .label(payer),
                    message: Self.shortShare)
            }
        }

        static let cityLabel = Quantity.Label(code: "city", chinese: "市本级财政", english: "the city")
        static let districtLabel = Quantity.Label(code: "district", chinese: "城区财政", english: "the district")
        /// `2012年市本级财政承担经费 24,000.00 元，按分级承担比例应不低于 30,000.00 元`.
        static let shortShare = MessageTemplate(
            chinese: "{period}{detail}承担经费 {measured}，按分级承担比例应{required}",
            english: "In {period}, {detail} paid {measured}; its share of the funds should be {required}")
    }
}
