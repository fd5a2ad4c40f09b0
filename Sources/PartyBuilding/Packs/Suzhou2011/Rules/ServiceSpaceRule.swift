extension SZ2011 {
    /// `SZ2011.15.service-space` (shall): a planned community's service space is not below 3% of its
    /// above-ground residential floor area.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/serviceSpace``.
    ///
    /// Checked for planned communities; an existing community below the ratio is a matter for
    /// ``ExistingShortfallRule``. Exactly 3% meets the rule.
    public struct ServiceSpaceRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.15.service-space", chinese: "社区服务用房面积", english: "Service space of a planned community",
            strength: .shall, clause: Clauses.serviceSpace,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Ratio {
            try parameters[Parameters.serviceSpaceShare]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with share: Ratio, into findings: inout FindingCollector
        ) {
            PlannedSpaceRequirement(share: share).check(
                context, area: context.community.serviceSpace, figure: .serviceSpace, message: Self.belowFloor,
                into: &findings)
        }

        /// `规划的社区服务用房面积为 2,900.00 m²，应不低于 3,000.00 m²（社区住宅地面建筑面积的 3%）`.
        static let belowFloor = MessageTemplate(
            chinese: "规划的社区服务用房面积为 {measured}，应{required}（社区住宅地面建筑面积的 {detail}）",
            english:
                "The planned service space is {measured}; it should be {required} ({detail} of the residential floor area)"
        )
    }
}
