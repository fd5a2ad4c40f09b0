extension SZ2011 {
    /// `SZ2011.15.party-share` (shall): at least a third of the work-and-activity rooms is for the
    /// Party organisation and members.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/partyShare``.
    ///
    /// Exactly one third meets the rule (不少于); the comparison is exact (Party use × 3 against the rooms).
    /// A community without work-and-activity rooms has nothing to share and is not checked here; one
    /// whose rooms or Party-use area are not recorded cannot be checked (an information finding).
    public struct PartyShareRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.15.party-share", chinese: "党组织和党员活动用房比例", english: "Party use of the work-and-activity rooms",
            strength: .shall, clause: Clauses.partyShare,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Ratio {
            try parameters[Parameters.partyShare]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with share: Ratio, into findings: inout FindingCollector
        ) {
            let community = context.community
            guard community.workAndActivityRoomArea != .zero else { return }
            guard let rooms = community.workAndActivityRoomArea, let partyUse = community.partyUseArea else {
                findings.cannotCheck(
                    .community(community.id), missing: community.unrecorded([.workAndActivityRoomArea, .partyUseArea]))
                return
            }
            // Areas are whole 0.01 m²: meeting the floor rounded up is meeting the exact share.
            findings.check(
                .community(community.id), .area(partyUse), .noFewerThan,
                .area(rooms.multiplied(by: share, rounding: .up)), detail: .area(rooms), message: Self.belowShare)
        }

        /// `工作活动用房共 300.00 m²，其中用于党组织和党员活动的面积为 80.00 m²，应不少于 100.00 m²`.
        static let belowShare = MessageTemplate(
            chinese: "工作活动用房共 {detail}，其中用于党组织和党员活动的面积为 {measured}，应{required}",
            english:
                "Of the {detail} of work-and-activity rooms, {measured} is for the Party organisation and members; it should be {required}"
        )
    }
}
