import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// The synthetic city's year of governance records: deterministic, of the structure the rules
/// expect, compliant but for the one defect a fifth of the communities have, and valid.
@Suite struct GovernanceRecordsTests {
    static let city = SyntheticCity(communities: 200)

    /// The communities with their defects, in order.
    static let defects = city.communities.indices.map { GovernanceDefect.ofCommunity(at: $0) }

    @Test func recordsAreDeterministic() {
        let again = SyntheticCity(communities: 60)
        for (first, second) in zip(Self.city.communities, again.communities) {
            #expect(first.governance == second.governance)
            #expect(first.landArea == second.landArea)
        }
        let other = SyntheticCity(communities: 5, seed: 7)
        #expect(other.communities.map(\.governance) != Self.city.communities.prefix(5).map(\.governance))
        #expect(SyntheticCity.community(at: 37).governance == Self.city.communities[37].governance)
    }

    @Test func aFifthOfTheCommunitiesHaveOneDefectOfEveryKind() {
        let defects = (0..<10_000).compactMap { GovernanceDefect.ofCommunity(at: $0) }
        #expect((1_800...2_200).contains(defects.count), "\(defects.count) of 10,000")
        #expect(Set(defects) == Set(GovernanceDefect.allCases))
        let inCity = Self.defects.count { $0 != nil }
        #expect((25...55).contains(inCity), "\(inCity) of 200")
    }

    @Test func everyHeldMemberIsInExactlyOneMemberGrid() {
        for (community, defect) in zip(Self.city.communities, Self.defects) {
            let grids = community.governance.grids
            let held = community.members.filter { $0.relationship == .heldByCommunity }.map(\.id)
            let gridded = grids.filter { $0.level == Grid.memberLevel }.flatMap(\.memberIDs)
            #expect(Set(gridded).count == gridded.count, "\(community.id): a member in two grids")
            if defect == .memberOutsideGrids {
                #expect(gridded.count == held.count - 1 && Set(held).subtracting(gridded).count == 1)
            } else {
                #expect(gridded == held, "\(community.id)")
            }
        }
    }

    @Test func gridsHaveFourLevelsOneLeaderEachAndABranchOnEveryMemberGrid() {
        for (community, defect) in zip(Self.city.communities, Self.defects) {
            let grids = community.governance.grids
            let levels = Dictionary(grids.map { ($0.id, $0.level) }, uniquingKeysWith: { first, _ in first })
            #expect(grids.count { $0.level == 1 } == 1)
            #expect(
                grids.allSatisfy {
                    $0.level == 1 ? $0.parentID == nil : $0.parentID.flatMap { levels[$0] } == $0.level - 1
                })
            let badLeaders = grids.filter { $0.leaders.count != 1 }
            switch defect {
            case .gridWithoutLeader: #expect(badLeaders.map(\.leaders.count) == [0])
            case .gridWithTwoLeaders: #expect(badLeaders.map(\.leaders.count) == [2])
            default: #expect(badLeaders.isEmpty, "\(community.id)")
            }
            let groups = Set(community.partyGroups.map(\.id))
            for grid in grids where grid.level == Grid.memberLevel {
                #expect(grid.organisationID != nil)
                #expect(grid.partyGroupID.map(groups.contains) ?? true)
            }
            if community.members.count > 0 { #expect(grids.contains { $0.level == Grid.memberLevel }) }
        }
    }

    @Test func decisionsFollowTheFiveStepsInOrder() {
        for (community, defect) in zip(Self.city.communities, Self.defects) {
            let decisions = community.governance.decisions
            #expect((2...5).contains(decisions.count))
            for (position, decision) in decisions.enumerated() {
                let kinds = decision.steps.map(\.kind)
                let dates = decision.steps.map(\.date)
                let inOrder = zip(dates, dates.dropFirst()).allSatisfy { $0 < $1 }
                switch (position, defect) {
                case (0, .decisionMissingStep):
                    #expect(kinds == DecisionStep.Kind.allCases.filter { $0 != .residentsHearing } && inOrder)
                case (0, .decisionStepsOutOfOrder): #expect(kinds == DecisionStep.Kind.allCases && !inOrder)
                default: #expect(kinds == DecisionStep.Kind.allCases && inOrder)
                }
            }
        }
    }

    @Test func mediationLedgersBodiesAndCoordination() {
        var cases: [MediationCase] = []
        for (community, defect) in zip(Self.city.communities, Self.defects) {
            let governance = community.governance
            #expect(governance.mediationNetwork.map(\.level) == [1, 2, 3, 4, 5])
            #expect(governance.mediationNetwork.allSatisfy { !$0.evidence.isEmpty })
            cases += governance.mediationCases
            #expect(governance.ledgers.map(\.kind) == Ledger.Kind.required)
            let updates = governance.ledgers.map(\.updates.count)
            let gaps = defect == .ledgerNotUpdated ? 1 : 0
            #expect(updates.count { $0 == 10 } == gaps && updates.count { $0 == 12 } == 3 - gaps)
            let required: Set<GovernanceBodyKind> = [
                .supervisionCommittee, .serviceStation, .socialOrganisation, .ownersCommittee, .propertyServiceCompany,
            ]
            let bodies = Set(governance.bodies.map(\.kind))
            #expect(bodies.count == governance.bodies.count)
            #expect(required.subtracting(bodies).count == (defect == .missingBody ? 1 : 0))
            #expect(governance.bodies.allSatisfy { !$0.evidence.isEmpty })
            #expect(
                governance.coordination.map(\.participants) == [
                    [.partyOrganisation, .residentsCommittee, .ownersCommittee, .propertyServiceCompany]
                ])
            #expect(governance.coordination.allSatisfy { $0.evidence.isEmpty == (defect == .mechanismWithoutEvidence) })
            #expect(governance.electronicLedger?.evidence.isEmpty == (defect == .mechanismWithoutEvidence))
        }
        let settled = cases.count { $0.outcome == .settled }
        #expect(settled * 10 > cases.count * 8 && settled < cases.count)
    }

    @Test func compoundsAndUnitsAreCovered() {
        for (community, defect) in zip(Self.city.communities, Self.defects) {
            let compounds = community.governance.compounds
            #expect((1...6).contains(compounds.count))
            #expect(compounds.allSatisfy { (2...12).contains($0.buildings.count) })
            let withoutBranch = compounds.indices.filter { compounds[$0].organisationID == nil }
            #expect(withoutBranch == (defect == .compoundWithoutBranch ? [0] : []))
            let groups = compounds.flatMap(\.buildings).compactMap(\.partyGroupID)
            #expect(groups.count == min(compounds.count, community.partyGroups.count))
            var uncovered = 0
            for unit in community.governance.residentUnits {
                let formal = unit.formalMembers ?? 0
                if formal >= 3 {
                    if unit.ownOrganisation == nil { uncovered += 1 }
                } else {
                    #expect(unit.jointOrganisationID != nil || unit.instructor != nil)
                }
            }
            #expect(uncovered == (defect == .unitWithoutOrganisation ? 1 : 0), "\(community.id)")
        }
    }

    @Test func checklistsHave48And44ItemsAndAreAssessed() {
        var short = 0
        for (community, defect) in zip(Self.city.communities, Self.defects) {
            let checklists = community.governance.checklists
            #expect(checklists.map(\.scope) == [.community, .street])
            #expect(
                checklists.first?.headings.map(\.title) == [
                    "组织建设区域化", "队伍建设多元化", "服务群众亲情化", "活动开展经常化", "阵地建设功能化", "文化建设内生化",
                ])
            #expect(checklists.last?.headings.map(\.title) == ["以党组织为核心", "队伍建设强", "服务能力强", "制度保障强", "文化引领强"])
            let items = checklists.map(\.itemCount)
            #expect(items == [defect == .checklistShortOfItems ? 47 : 48, 44])
            if items.first == 47 { short += 1 }
            let assessments = community.governance.checklistAssessments
            #expect(assessments.map(\.checklistID) == checklists.map(\.id))
            let incomplete = zip(assessments, checklists).count { $0.completedItems != $1.itemCount }
            #expect(incomplete == (defect == .incompleteAssessment ? 1 : 0))
            #expect(zip(assessments, checklists).allSatisfy { $0.completedItems <= $1.itemCount })
        }
        #expect(short == Self.defects.count { $0 == .checklistShortOfItems })
    }

    @Test func fundsWorkersAndTheSecretary() {
        for (community, defect) in zip(Self.city.communities, Self.defects) {
            let governance = community.governance
            let unfunded = governance.delegatedTasks.count { $0.funding == .zero }
            #expect(unfunded == (defect == .unfundedTask ? 1 : 0))
            #expect(governance.officeFundShares.count == 1)
            #expect(governance.officeFundShares.allSatisfy { ($0.amount == .zero) == (defect == .noOfficeShare) })
            let disclosed = Set(governance.fundDisclosures.flatMap(\.funds))
            #expect(disclosed == (defect == .noDisclosure ? [.activity] : [.office, .activity]))
            #expect(governance.recruitments.map(\.workerID) == community.workers.map(\.id))
            let byStreet = governance.recruitments.count { $0.organisedBy != .countyOrDistrict }
            #expect(byStreet == (defect == .recruitedByStreet ? 1 : 0))
            let audiences = Set(governance.secretaryReports.map(\.audience))
            #expect(audiences.count == (defect == .oneReportOnly ? 1 : 2))
            #expect(governance.oneStopPosts.map(\.workerID) == [community.workers[0].id])
            #expect(governance.oneStopPosts.allSatisfy { $0.wearsNameBadge == (defect != .postWithoutBadge) })
        }
    }

    @Test func surveysTrainingAndHouseholdsStayWithinTheirBases() throws {
        for community in Self.city.communities {
            let governance = community.governance
            #expect(governance.satisfactionSurveys.allSatisfy { $0.satisfied <= $0.respondents })
            let held = community.members.count { $0.relationship == .heldByCommunity }
            #expect(governance.trainingCoverage.allSatisfy { $0.members == held && $0.trained <= held })
            let households = try #require(community.households)
            #expect(governance.householdParticipation.allSatisfy { $0.households <= households })
            #expect(community.landArea != nil)
        }
    }

    @Test func everyCommunityValidates() throws {
        for community in Self.city.communities { try community.validate(on: Self.city.auditDate) }
    }

    /// What the validation of governance records will reject, checked here until it does.
    @Test func recordsPassTheGovernanceChecks() {
        let date = Self.city.auditDate
        for community in Self.city.communities {
            let governance = community.governance
            let members = Set(community.members.map(\.id))
            let organisations = Set(community.organisations.map(\.id))
            let groups = Set(community.partyGroups.map(\.id))
            let workers = Set(community.workers.map(\.id))
            let gridLevels = Dictionary(
                governance.grids.map { ($0.id, $0.level) }, uniquingKeysWith: { first, _ in first })
            for grid in governance.grids {
                #expect((1...4).contains(grid.level) && !grid.name.isEmpty)
                if let parent = grid.parentID { #expect(gridLevels[parent] == grid.level - 1) }
                #expect(grid.memberIDs.allSatisfy(members.contains))
                #expect(grid.leaders.allSatisfy { !$0.name.isEmpty && ($0.memberID.map(members.contains) ?? true) })
                #expect(grid.organisationID.map(organisations.contains) ?? true)
                #expect(grid.partyGroupID.map(groups.contains) ?? true)
            }
            func unique(_ ids: [String]) -> Bool { Set(ids).count == ids.count && !ids.contains("") }
            #expect(unique(governance.grids.map(\.id.rawValue)))
            #expect(unique(governance.decisions.map(\.id.rawValue)))
            #expect(unique(governance.bodies.map(\.id.rawValue)))
            #expect(unique(governance.compounds.map(\.id.rawValue)))
            #expect(unique(governance.residentUnits.map(\.id.rawValue)))
            #expect(unique(governance.checklists.map(\.id.rawValue)))
            #expect(governance.decisions.allSatisfy { !$0.title.isEmpty && !$0.steps.isEmpty })
            #expect(governance.decisions.flatMap(\.steps).allSatisfy { $0.reference.map { !$0.isEmpty } ?? true })
            #expect(Set(governance.mediationNetwork.map(\.level)).count == governance.mediationNetwork.count)
            let items = Dictionary(
                governance.checklists.map { ($0.id, $0.itemCount) }, uniquingKeysWith: { first, _ in first })
            #expect(
                governance.checklistAssessments.allSatisfy { assessment in
                    items[assessment.checklistID].map { (0...$0).contains(assessment.completedItems) } ?? false
                })
            #expect(governance.recruitments.allSatisfy { workers.contains($0.workerID) && !$0.organiser.isEmpty })
            #expect(governance.oneStopPosts.allSatisfy { workers.contains($0.workerID) && !$0.post.isEmpty })
            let amounts =
                governance.delegatedTasks.compactMap(\.funding) + governance.officeFundShares.map(\.amount)
            #expect(amounts.allSatisfy { $0 >= .zero })
            #expect(governance.ledgers.flatMap(\.updates).allSatisfy { $0 <= date })
            let evidence =
                governance.mediationNetwork.flatMap(\.evidence) + governance.bodies.flatMap(\.evidence)
                + governance.coordination.flatMap(\.evidence) + (governance.electronicLedger?.evidence ?? [])
            #expect(evidence.allSatisfy { !$0.reference.isEmpty && $0.date <= date })
            #expect(
                governance.compounds.allSatisfy { compound in
                    !compound.name.isEmpty && (compound.organisationID.map(organisations.contains) ?? true)
                        && compound.buildings.allSatisfy { $0.partyGroupID.map(groups.contains) ?? true }
                })
            #expect(
                governance.residentUnits.allSatisfy { unit in
                    !unit.name.isEmpty && (unit.jointOrganisationID.map(organisations.contains) ?? true)
                        && (unit.formalMembers ?? 0) <= (unit.members ?? 0)
                })
        }
    }
}
