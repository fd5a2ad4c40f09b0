extension SZ2011 {
    /// `SZ2011.15.work-space` (shall): a planned community's work-and-activity rooms are not below 0.5%
    /// of its above-ground residential floor area.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/workSpace``.
    ///
    /// Checked for planned communities; an existing one is a matter for ``ExistingShortfallRule``.
    public struct WorkSpaceRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.15.work-space", chinese: "工作活动用房面积", english: "Work-and-activity rooms of a planned community",
            strength: .shall, clause: Clauses.workSpace, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Ratio {
            try parameters[Parameters.workSpaceShare]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with share: Ratio, into findings: inout FindingCollector
        ) {
            PlannedSpaceRequirement(share: share).check(
                context, area: context.community.workAndActivityRoomArea, figure: .workAndActivityRoomArea,
                message: Self.belowFloor, into: &findings)
        }

        /// `规划的工作活动用房面积为 450.00 m²，应不低于 500.00 m²（社区住宅地面建筑面积的 0.5%）`.
        static let belowFloor = MessageTemplate(
            chinese: "规划的工作活动用房面积为 {measured}，应{required}（社区住宅地面建筑面积的 {detail}）",
            english:
                "The planned work-and-activity rooms are {measured}; they should be {required} ({detail} of the residential floor area)"
        )
    }
}
