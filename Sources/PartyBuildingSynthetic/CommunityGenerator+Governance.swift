import PartyBuilding

extension CommunityGenerator {
    /// A year of the community's governance records and its land area; see ``SyntheticCity``. A fifth
    /// of the communities are non-compliant in one way, their ``GovernanceDefect``.
    func addGovernance(to community: inout Community, index: Int) {
        let defect = GovernanceDefect.ofCommunity(at: index, seed: seed)
        let detail = draw(.defectDetail, index, 0...99)
        community.landArea = Area(squareMetres: draw(.landArea, index, 100_000...3_000_000))
        var governance = CommunityGovernance(grids: grids(of: community, index: index, defect: defect))
        governance.decisions = decisions(index: index, defect: defect)
        governance.mediationNetwork = templates.mediationNetwork
        governance.mediationCases = mediationCases(index: index)
        governance.ledgers = templates.ledgers
        if defect == .ledgerNotUpdated {
            let gap = detail % 11 + 1
            governance.ledgers[detail % 3].updates.removeAll { $0.month == gap || $0.month == gap + 1 }
        }
        governance.bodies = templates.bodies
        if defect == .missingBody { governance.bodies.remove(at: detail % 3) }
        governance.coordination =
            defect == .mechanismWithoutEvidence ? templates.coordinationWithoutEvidence : templates.coordination
        governance.electronicLedger =
            defect == .mechanismWithoutEvidence
            ? templates.electronicLedgerWithoutEvidence : templates.electronicLedger
        governance.compounds = compounds(of: community, index: index, defect: defect)
        governance.residentUnits = residentUnits(of: community, index: index, defect: defect)
        governance.checklists = templates.checklists
        governance.checklistAssessments = templates.assessments
        if defect == .checklistShortOfItems {
            _ = governance.checklists[0].headings[5].items.popLast()
            governance.checklistAssessments[0].completedItems = governance.checklists[0].itemCount
        }
        if defect == .incompleteAssessment { governance.checklistAssessments[0].completedItems -= detail % 8 + 1 }
        addFundsAndWorkers(of: community, to: &governance, index: index, defect: defect)
        let respondents = draw(.surveyRespondents, index, 100...1_000)
        governance.satisfactionSurveys = [
            SatisfactionSurvey(
                date: CalendarDate(known: year, 11, 30), respondents: respondents,
                satisfied: respondents * draw(.satisfiedPercent, index, 90...100) / 100)
        ]
        let held = draw(.members, index, 0...400)
        governance.trainingCoverage = [
            TrainingCoverage(year: year, members: held, trained: held * draw(.trainedPercent, index, 85...100) / 100)
        ]
        governance.householdParticipation = [
            HouseholdParticipation(
                year: year, campaign: "平安家庭创建",
                households: (community.households ?? 0) * draw(.householdPercent, index, 20...80) / 100)
        ]
        community.governance = governance
    }

    /// What the disputes are about, in turn.
    private static let disputes = ["邻里纠纷", "物业纠纷", "家庭纠纷", "停车纠纷"]

    /// What the decisions are about, in turn.
    private static let decisionTitles = ["老旧小区加装电梯", "停车位规划调整", "小区环境整治", "公共收益使用", "养老服务点建设"]

    /// The tasks higher bodies delegate, in turn, with the body that delegates each.
    private static let tasks = [("人口信息采集", "区公安分局"), ("文明城市创建", "区文明办"), ("退役军人服务", "区退役军人事务局"), ("老年人补贴审核", "区民政局")]

    /// The district bodies that recruit workers, by the index of ``SyntheticCity/districts``.
    private static let recruiters = SyntheticCity.districts.map { $0 + "民政局" }

    /// The year's disputes (``CityStream/mediationCases``), each taken up on the 10th of
    /// ``CityStream/mediationMonth``, most settled (``CityStream/mediationOutcome``).
    private func mediationCases(index: Int) -> [MediationCase] {
        (0..<draw(.mediationCases, index, 0...12)).map { position in
            let element = CityStream.recordIndex(community: index, record: position)
            let outcome: MediationCase.Outcome =
                switch level(.mediationOutcome, element) {
                case ..<88: .settled
                case ..<96: .notSettled
                default: .pending
                }
            return MediationCase(
                date: CalendarDate(known: year, draw(.mediationMonth, element, 1...12), 10), outcome: outcome,
                subject: Self.disputes[position % Self.disputes.count])
        }
    }

    /// The year's decisions (``CityStream/decisions``), each with the five steps in TA's order five
    /// days apart in the month of ``CityStream/decisionMonth``; `defect` drops or misdates a step of the
    /// first.
    private func decisions(index: Int, defect: GovernanceDefect?) -> [Decision] {
        (0..<draw(.decisions, index, 2...5)).map { position in
            let month = draw(.decisionMonth, CityStream.recordIndex(community: index, record: position), 1...11)
            var steps = templates.decisionSteps[position][month - 1]
            if position == 0, defect == .decisionMissingStep { steps.remove(at: 2) }
            if position == 0, defect == .decisionStepsOutOfOrder {
                (steps[2].date, steps[3].date) = (steps[3].date, steps[2].date)
            }
            return Decision(
                id: DecisionID("D\(position + 1)"), title: Self.decisionTitles[position % Self.decisionTitles.count],
                steps: steps)
        }
    }

    /// The compounds (``CityStream/compounds``), compound `c` with the branch `c` of the community in
    /// turn and, on its first building when `c` is below the number of branches, that branch's Party
    /// group; `defect` leaves the first without its branch.
    private func compounds(of community: Community, index: Int, defect: GovernanceDefect?) -> [ResidentialCompound] {
        let branches = community.organisations.indices.filter { community.organisations[$0].form == .branch }
        return (0..<draw(.compounds, index, 1...6)).map { position in
            let element = CityStream.recordIndex(community: index, record: position)
            let branch = branches.isEmpty ? nil : branches[position % branches.count]
            let group = position < branches.count ? branch.map { PartyGroupID("G\($0)") } : nil
            return ResidentialCompound(
                id: CompoundID("Q\(position + 1)"), name: "第\(position + 1)小区",
                kind: ResidentialCompound.Kind.allCases[draw(.compoundKind, element, 0...3)],
                organisationID: position == 0 && defect == .compoundWithoutBranch
                    ? nil : branch.map { community.organisations[$0].id },
                buildings: buildings(draw(.buildings, element, 2...12), group: group))
        }
    }

    /// `count` buildings (2…12), the first with the Party group `group`.
    private func buildings(_ count: Int, group: PartyGroupID?) -> [ResidentialCompound.Building] {
        var buildings = templates.buildings[count]
        if let group { buildings[0].partyGroupID = group }
        return buildings
    }

    /// The resident units (``CityStream/residentUnits``): a unit with 3 or more formal members has an
    /// organisation of its own, one with fewer is covered by the last branch as a joint branch or by an
    /// instructor (``CityStream/unitCoverage``); `defect` leaves one unit that needs its own
    /// organisation without one.
    private func residentUnits(of community: Community, index: Int, defect: GovernanceDefect?) -> [ResidentUnit] {
        let joint = community.organisations.last { $0.form == .branch }?.id
        var units = (0..<draw(.residentUnits, index, 1...8)).map { position in
            let element = CityStream.recordIndex(community: index, record: position)
            let kind = ResidentUnit.Kind.allCases[draw(.unitKind, element, 0...2)]
            let formal = draw(.unitFormalMembers, element, 0...8)
            let name = Self.unitStem(kind) + String(position + 1)
            var unit = ResidentUnit(
                id: ResidentUnitID("U\(position + 1)"), name: name, kind: kind, members: formal + formal / 3,
                formalMembers: formal)
            if formal >= 3 {
                unit.ownOrganisation = name + "党支部"
            } else if draw(.unitCoverage, element, 0...1) == 0, let joint {
                unit.jointOrganisationID = joint
            } else {
                unit.instructor = "党建工作指导员"
            }
            return unit
        }
        guard defect == .unitWithoutOrganisation else { return units }
        if let first = units.firstIndex(where: { $0.kind.isTwoNew && ($0.formalMembers ?? 0) >= 3 }) {
            units[first].ownOrganisation = nil
        } else {
            units[0] = ResidentUnit(
                id: units[0].id, name: units[0].name, kind: .nonPublicEnterprise, members: 4, formalMembers: 3)
        }
        return units
    }

    /// The stem of a unit's name by its kind.
    private static func unitStem(_ kind: ResidentUnit.Kind) -> String {
        switch kind {
        case .nonPublicEnterprise: "驻区企业"
        case .socialOrganisation: "社会组织"
        case .publicUnit: "事业单位"
        }
    }

    /// Delegated tasks with their funding, the office share (the year's Party-office grants), the
    /// disclosure of the office and activity funds, each worker's recruitment by the district, the
    /// secretary's two reports and the secretary's one-stop post with a name badge; `defect` breaks one.
    private func addFundsAndWorkers(
        of community: Community, to governance: inout CommunityGovernance, index: Int, defect: GovernanceDefect?
    ) {
        governance.delegatedTasks = (0..<draw(.delegatedTasks, index, 1...4)).map { position in
            let (title, body) = Self.tasks[position % Self.tasks.count]
            let funding = Money(
                yuan: draw(.taskFunding, CityStream.recordIndex(community: index, record: position), 1_000...50_000))
            return DelegatedTask(
                title: title, delegatedBy: body, delegatedOn: CalendarDate(known: year, position * 3 + 2, 1),
                funding: position == 0 && defect == .unfundedTask ? .zero : funding)
        }
        let office = community.fundGrants.reduce(Money.zero) {
            $1.year == year && $1.purpose == .partyOffice ? $0 + $1.amount : $0
        }
        governance.officeFundShares = [OfficeFundShare(year: year, amount: defect == .noOfficeShare ? .zero : office)]
        governance.fundDisclosures =
            defect == .noDisclosure ? templates.activityDisclosureOnly : templates.disclosures
        let recruiter = Self.recruiters[draw(.district, index, 0...7)]
        let since2011 = CalendarDate(known: 2011, 1, 1)
        let byStreet =
            defect == .recruitedByStreet
            ? community.workers.lastIndex { ($0.startedOn ?? since2011) >= since2011 } ?? community.workers.count - 1
            : -1
        governance.recruitments = community.workers.enumerated().map { position, worker in
            let date = worker.startedOn ?? CalendarDate(known: year, 1, 1)
            return position == byStreet
                ? WorkerRecruitment(workerID: worker.id, date: date, organisedBy: .street, organiser: "街道办事处")
                : WorkerRecruitment(
                    workerID: worker.id, date: date, organisedBy: .countyOrDistrict, organiser: recruiter)
        }
        governance.secretaryReports = defect == .oneReportOnly ? [templates.reports[0]] : templates.reports
        if let secretary = community.workers.first {
            governance.oneStopPosts = [
                OneStopPost(
                    workerID: secretary.id, post: "党员服务窗口",
                    since: secretary.startedOn ?? CalendarDate(known: year, 1, 1),
                    wearsNameBadge: defect != .postWithoutBadge)
            ]
        }
    }
}
