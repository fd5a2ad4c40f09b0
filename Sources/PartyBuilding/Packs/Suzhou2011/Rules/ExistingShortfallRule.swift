extension SZ2011 {
    /// `SZ2011.15.existing-shortfall` (shall): an existing community below the space ratios is brought up
    /// to them step by step, under a remediation plan.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/existingShortfall``.
    ///
    /// For an existing community whose service space is below 3%, or whose work-and-activity rooms are
    /// below 0.5%, of the residential floor area: without a recorded ``RemediationPlan`` each shortfall
    /// is a violation (a plan is needed); with one, it is information that gives the plan's target date,
    /// and a violation again once that date has passed (the plan is overdue).
    /// This is not the same finding as a planned community below the ratios. An area or the residential
    /// floor area not recorded, or a shortfall of a community not recorded as built or planned, cannot be
    /// checked: an information finding names what is missing.
    public struct ExistingShortfallRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.15.existing-shortfall", chinese: "已建社区用房逐步建设到位",
            english: "Existing community brought up to the space ratios",
            strength: .shall, clause: Clauses.existingShortfall,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> SpaceFloors {
            SpaceFloors(
                serviceShare: try parameters[Parameters.serviceSpaceShare],
                workShare: try parameters[Parameters.workSpaceShare], partyShare: .one)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with floors: SpaceFloors,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            guard community.development != .planned else { return }
            var missing = community.unrecorded([.residentialFloorArea, .serviceSpace, .workAndActivityRoomArea])
            if let base = community.residentialFloorArea {
                let spaces = [
                    (
                        community.serviceSpace, floors.serviceSpace(forResidentialFloorArea: base),
                        Self.serviceSpaceLabel
                    ),
                    (
                        community.workAndActivityRoomArea, floors.workSpace(forResidentialFloorArea: base),
                        Self.workSpaceLabel
                    ),
                ]
                for case (let area?, let floor, let label) in spaces where area < floor {
                    if community.development == nil {
                        if !missing.contains(.development) { missing.append(.development) }
                    } else {
                        report(community, on: context.date, measured: area, floor: floor, space: label, into: &findings)
                    }
                }
            }
            if !missing.isEmpty { findings.cannotCheck(.community(community.id), missing: missing) }
        }

        private func report(
            _ community: Community, on date: CalendarDate, measured: Area, floor: Area, space: Quantity.Label,
            into findings: inout FindingCollector
        ) {
            let required = Requirement(.notLessThan, .area(floor))
            let subject = Subject.community(community.id)
            switch community.spaceRemediationPlan {
            case .some(let plan) where plan.isInProgress(on: date):
                findings.inform(
                    subject, measured: .area(measured), required: required, detail: .date(plan.targetDate),
                    message: space == Self.serviceSpaceLabel ? Self.plannedService : Self.plannedWork)
            case .some(let plan):
                findings.fail(
                    subject, measured: .area(measured), required: required, detail: .date(plan.targetDate),
                    message: space == Self.serviceSpaceLabel ? Self.overdueService : Self.overdueWork)
            case .none:
                findings.fail(
                    subject, measured: .area(measured), required: required, detail: .label(space),
                    message: Self.needsPlan)
            }
        }

        static let serviceSpaceLabel = Quantity.Label(code: "serviceSpace", chinese: "社区服务用房", english: "service space")
        static let workSpaceLabel = Quantity.Label(
            code: "workAndActivityRooms", chinese: "工作活动用房", english: "work-and-activity rooms")
        /// `社区服务用房面积为 2,400.00 m²，未达到要求（应不低于 3,000.00 m²）；已建社区应制定计划，逐步建设到位`.
        static let needsPlan = MessageTemplate(
            chinese: "{detail}面积为 {measured}，未达到要求（应{required}）；已建社区应制定计划，逐步建设到位",
            english:
                "The area of the {detail} is {measured}, short of the requirement ({required}); an existing community needs a plan to reach it step by step"
        )
        /// `社区服务用房面积为 2,400.00 m²，未达到要求（应不低于 3,000.00 m²）；已有建设计划，将于2027年12月31日前建设到位`.
        static let plannedService = MessageTemplate(
            chinese: "社区服务用房面积为 {measured}，未达到要求（应{required}）；已有建设计划，将于{detail}前建设到位",
            english:
                "The area of the service space is {measured}, short of the requirement ({required}); a plan brings it up by {detail}"
        )
        static let plannedWork = MessageTemplate(
            chinese: "工作活动用房面积为 {measured}，未达到要求（应{required}）；已有建设计划，将于{detail}前建设到位",
            english:
                "The area of the work-and-activity rooms is {measured}, short of the requirement ({required}); a plan brings it up by {detail}"
        )
        /// `社区服务用房面积为 2,400.00 m²，未达到要求（应不低于 3,000.00 m²）；建设计划已于2024年12月31日到期，仍未建设到位`.
        static let overdueService = MessageTemplate(
            chinese: "社区服务用房面积为 {measured}，未达到要求（应{required}）；建设计划已于{detail}到期，仍未建设到位",
            english:
                "The area of the service space is {measured}, short of the requirement ({required}); the plan to bring it up was due by {detail}"
        )
        static let overdueWork = MessageTemplate(
            chinese: "工作活动用房面积为 {measured}，未达到要求（应{required}）；建设计划已于{detail}到期，仍未建设到位",
            english:
                "The area of the work-and-activity rooms is {measured}, short of the requirement ({required}); the plan to bring it up was due by {detail}"
        )
    }
}
