import PartyBuilding
import PartyBuildingStoreTesting
import Testing

/// The fixtures are valid where they must be, invalid where they must be, and cover every case.
@Suite struct ConformanceFixturesTests {
    static let valid: [Community] = [
        ConformanceFixtures.rich(), ConformanceFixtures.minimal(), ConformanceFixtures.extremes(),
        ConformanceFixtures.large(), ConformanceFixtures.variant(0, id: "V0"), ConformanceFixtures.variant(9, id: "V9"),
    ]

    @Test(arguments: valid)
    func validFixturesValidate(_ community: Community) throws {
        try community.validate(on: ConformanceFixtures.referenceDate)
        try StoreBatchCheck.validate(community)
    }

    @Test func invalidFixturesNameTheRecordAndField() {
        #expect(
            throws: ValidationError(community: "X", record: .community("X"), field: "households", problem: .negative)
        ) {
            try ConformanceFixtures.negativeHouseholds(id: "X").validate(on: ConformanceFixtures.referenceDate)
        }
        #expect(
            throws: ValidationError(
                community: "Y", record: .worker("W-0"), field: "trainings[0].days", problem: .mustBePositive)
        ) {
            try ConformanceFixtures.zeroDayTraining(id: "Y").validate(on: ConformanceFixtures.referenceDate)
        }
    }

    @Test func variantsDifferFromEachOther() {
        let variants = (0..<100).map { ConformanceFixtures.variant($0, id: "V") }
        #expect(Set(variants).count == 100)
    }

    @Test func richAndMinimalUseEveryEnumCase() {
        let communities = [ConformanceFixtures.rich(), ConformanceFixtures.minimal()]
        let members = communities.flatMap(\.members)
        let workers = communities.flatMap(\.workers)
        // Planned (rich), existing (extremes) and not recorded (minimal): each is stored and read back.
        let developments = Set((communities + [ConformanceFixtures.extremes()]).map(\.development))
        #expect(developments == Set(Community.Development.allCases.map(Optional.some) + [nil]))
        #expect(ConformanceFixtures.minimal().residentsCommittees == nil)
        #expect(ConformanceFixtures.extremes().residentsCommittees == [])
        #expect(Set(members.compactMap { $0.status(on: .latest) }) == Set(Member.Status.allCases))
        #expect(Set(members.map { $0.migration(on: CalendarDate("2022-01-01")) }) == Set(Member.Migration.allCases))
        #expect(Set(members.map(\.relationship)) == Set(Member.Relationship.allCases))
        #expect(Set(members.map(\.employment)) == Set(Member.Employment.allCases))
        #expect(Set(workers.flatMap(\.roles)) == Set(CommunityWorker.Role.allCases))
        #expect(Set(workers.map(\.education)) == Set(Education.allCases))
        #expect(Set(workers.compactMap(\.certificate?.level)) == Set(Certificate.Level.allCases))
        #expect(Set(workers.flatMap(\.trainings).map(\.level)) == Set(Training.Level.allCases))
        let grants = communities.flatMap(\.fundGrants)
        #expect(Set(grants.map(\.purpose)) == Set(FundGrant.Purpose.allCases))
        #expect(Set(grants.map(\.source)) == Set(FundGrant.Source.allCases))
        let organisations = communities.flatMap(\.organisations)
        #expect(Set(organisations.map(\.form)) == Set(PartyOrganisation.Form.allCases))
        #expect(Set(organisations.compactMap(\.founded)).count >= 1 && organisations.contains { $0.dissolved != nil })
        let meetings = communities.flatMap(\.meetings)
        #expect(Set(meetings.map(\.kind)) == Set(Meeting.Kind.national + [.dongguanWeeklyFullMeeting]))
        let presences = meetings.flatMap(\.attendance).map(\.presence)
        #expect(presences.contains(.present) && presences.contains(.absentWithoutLeave))
        #expect(presences.contains { if case .absentWithLeave = $0 { true } else { false } })
        #expect(Set(meetings.compactMap(\.lecturer?.role)) == Set(Meeting.Lecturer.Role.allCases))
        #expect(meetings.contains { $0.talk != nil } && meetings.contains { $0.partyGroupID != nil })
        let events = members.flatMap(\.events)
        let eventKinds = Set(events.map(\.kind.code))
        #expect(
            eventKinds == [
                "admitted", "madeFull", "probationExtended", "transferredIn", "transferredOut", "migratedOut",
                "migratedIn", "enrolled", "migrationEnded", "visited", "dualManagement", "died", "removed",
            ])
        #expect(events.contains { $0.date == nil } && events.contains { $0.date != nil })
        let bases = members.flatMap(\.duesPayments).map(\.base)
        #expect(bases.contains { if case .wage = $0 { true } else { false } })
        #expect(bases.contains { if case .pension = $0 { true } else { false } })
        #expect(
            Set(bases.compactMap { if case .flat(let category) = $0 { category } else { nil } })
                == Set(DuesBase.FlatCategory.allCases))
        #expect(!members.flatMap(\.voluntaryPayments).isEmpty)
        #expect(!communities.flatMap(\.elections).isEmpty && !communities.flatMap(\.partyGroups).isEmpty)
        #expect(!communities.flatMap(\.pointsAssessments).isEmpty && !communities.flatMap(\.taskClaims).isEmpty)
        #expect(communities.flatMap(\.receptionDays).contains { $0.visitors == nil })
        #expect(communities.flatMap(\.receptionDays).contains { $0.visitors != nil })
        let subjects = communities.flatMap(\.exceptions).map(\.subject)
        #expect(subjects.contains(nil))
        #expect(subjects.contains(.portfolio))
        #expect(subjects.contains { if case .community = $0 { true } else { false } })
        #expect(subjects.contains { if case .organisation = $0 { true } else { false } })
        #expect(subjects.contains { if case .worker = $0 { true } else { false } })
        #expect(subjects.contains { if case .member = $0 { true } else { false } })
        #expect(subjects.contains { if case .residentsCommittee = $0 { true } else { false } })
        #expect(subjects.contains { if case .applicant = $0 { true } else { false } })
    }

    @Test func richSetsEveryOptionalFieldSomewhereAndLeavesEachUnsetSomewhere() {
        let rich = ConformanceFixtures.rich()
        let minimal = ConformanceFixtures.minimal()
        #expect(rich.street != nil && minimal.street == nil)
        #expect(rich.registeredResidents != nil && minimal.registeredResidents == nil)
        #expect(rich.spaceRemediationPlan != nil && minimal.spaceRemediationPlan == nil)
        #expect(
            rich.organisations.contains { $0.parentID == nil } && rich.organisations.contains { $0.parentID != nil })
        #expect(
            rich.organisations.contains { $0.headcount == nil } && rich.organisations.contains { $0.headcount != nil })
        #expect(
            rich.organisations.contains { $0.founded == nil } && rich.organisations.contains { $0.founded != nil })
        #expect(
            rich.organisations.contains { $0.residentsCommitteeID == nil }
                && rich.organisations.contains { $0.residentsCommitteeID != nil })
        #expect(
            rich.organisations.contains(where: \.isJoint) && rich.organisations.contains { $0.coveredUnits.isEmpty })
        #expect(rich.members.contains { $0.birthDate == nil } && rich.members.contains { $0.birthDate != nil })
        #expect(rich.members.contains { $0.events.isEmpty } && rich.members.contains { !$0.events.isEmpty })
        #expect(rich.workers.contains { $0.certificate == nil } && rich.workers.contains { $0.certificate != nil })
        #expect(rich.workers.contains { $0.startedOn == nil } && rich.workers.contains { $0.startedOn != nil })
        #expect(rich.workers.contains { $0.trainings.isEmpty } && rich.workers.contains { !$0.trainings.isEmpty })
        #expect(rich.meetings.contains { $0.topic == nil } && rich.meetings.contains { $0.topic != nil })
        #expect(rich.meetings.contains { $0.attendance.isEmpty } && rich.meetings.contains { !$0.attendance.isEmpty })
        #expect(
            rich.meetings.contains { $0.lecturer?.memberID == nil }
                && rich.meetings.contains { $0.lecturer?.memberID != nil })
        #expect(rich.partyGroups.contains { $0.leaderID == nil } && rich.partyGroups.contains { $0.founded != nil })
        #expect(rich.exceptions.contains { $0.validUntil == nil } && rich.exceptions.contains { $0.validUntil != nil })
    }

    @Test func richHoldsEveryGovernanceRecordKindAndEnumCase() {
        let rich = ConformanceFixtures.rich()
        let governance = rich.governance
        #expect(rich.landArea != nil && ConformanceFixtures.minimal().landArea == nil)
        #expect(ConformanceFixtures.minimal().governance.isEmpty)
        #expect(Set(governance.grids.map(\.level)) == Set(1...Grid.memberLevel))
        #expect(Set(governance.decisions.flatMap(\.steps).map(\.kind)) == Set(DecisionStep.Kind.allCases))
        #expect(governance.mediationNetwork.map(\.level) == Array(1...5))
        #expect(Set(governance.mediationCases.map(\.outcome)) == Set(MediationCase.Outcome.allCases))
        #expect(Set(governance.ledgers.map(\.kind)) == Set(Ledger.Kind.allCases))
        let participants = governance.coordination.flatMap(\.participants)
        #expect(Set(governance.bodies.map(\.kind) + participants) == Set(GovernanceBodyKind.allCases))
        let evidence =
            governance.mediationNetwork.flatMap(\.evidence) + governance.bodies.flatMap(\.evidence)
            + governance.coordination.flatMap(\.evidence) + (governance.electronicLedger?.evidence ?? [])
        #expect(Set(evidence.map(\.kind)) == Set(Evidence.Kind.allCases))
        #expect(Set(governance.compounds.map(\.kind)) == Set(ResidentialCompound.Kind.allCases))
        #expect(Set(governance.residentUnits.map(\.kind)) == Set(ResidentUnit.Kind.allCases))
        #expect(Set(governance.checklists.map(\.scope)) == Set(Checklist.Scope.allCases))
        #expect(Set(governance.fundDisclosures.flatMap(\.funds)) == Set(FundDisclosure.Fund.allCases))
        #expect(Set(governance.recruitments.map(\.organisedBy)) == Set(WorkerRecruitment.Level.allCases))
        #expect(Set(governance.secretaryReports.map(\.audience)) == Set(SecretaryReport.Audience.allCases))
        #expect(governance.electronicLedger != nil && !governance.checklistAssessments.isEmpty)
        #expect(!governance.officeFundShares.isEmpty && !governance.satisfactionSurveys.isEmpty)
        #expect(!governance.trainingCoverage.isEmpty && !governance.householdParticipation.isEmpty)
    }

    @Test func richSetsEveryOptionalGovernanceFieldSomewhereAndLeavesEachUnsetSomewhere() {
        let governance = ConformanceFixtures.rich().governance
        func both<Record, Value>(_ records: [Record], _ field: (Record) -> Value?) -> Bool {
            records.contains { field($0) != nil } && records.contains { field($0) == nil }
        }
        func emptyAndNot<Record, Element>(_ records: [Record], _ list: (Record) -> [Element]) -> Bool {
            records.contains { list($0).isEmpty } && records.contains { list($0).count > 1 }
        }
        let grids = governance.grids
        #expect(both(grids, \.parentID) && both(grids, \.organisationID) && both(grids, \.partyGroupID))
        #expect(both(grids, \.established) && emptyAndNot(grids, \.leaders) && emptyAndNot(grids, \.memberIDs))
        #expect(both(grids.flatMap(\.leaders), \.memberID))
        // A decision has at least one step (validation refuses one without): one step, and several.
        #expect(
            governance.decisions.contains { $0.steps.count == 1 }
                && governance.decisions.contains { $0.steps.count > 1 })
        #expect(both(governance.decisions.flatMap(\.steps), \.reference))
        #expect(emptyAndNot(governance.mediationNetwork, \.evidence) && both(governance.mediationCases, \.subject))
        #expect(both(governance.ledgers, \.name) && emptyAndNot(governance.ledgers, \.updates))
        #expect(both(governance.bodies, \.established) && emptyAndNot(governance.bodies, \.evidence))
        #expect(emptyAndNot(governance.coordination, \.evidence))
        #expect(governance.coordination.allSatisfy { $0.participants.count > 1 })
        #expect((governance.electronicLedger?.evidence.count ?? 0) > 1)
        let evidence = governance.bodies.flatMap(\.evidence) + governance.coordination.flatMap(\.evidence)
        #expect(both(evidence, \.title))
        #expect(both(governance.compounds, \.organisationID) && emptyAndNot(governance.compounds, \.buildings))
        #expect(both(governance.compounds.flatMap(\.buildings), \.partyGroupID))
        let units = governance.residentUnits
        #expect(both(units, \.members) && both(units, \.formalMembers) && both(units, \.ownOrganisation))
        #expect(both(units, \.jointOrganisationID) && both(units, \.instructor))
        #expect(emptyAndNot(governance.checklists.flatMap(\.headings), \.items))
        #expect(governance.checklists.allSatisfy { $0.headings.count > 1 })
        #expect(both(governance.delegatedTasks, \.funding))
        #expect(governance.delegatedTasks.contains { $0.funding == .zero })
        #expect(both(governance.secretaryReports, \.reference) && both(governance.oneStopPosts, \.until))
        #expect(Set(governance.oneStopPosts.map(\.wearsNameBadge)) == [true, false])
    }

    @Test func richGovernanceKeepsWithinTheCommunity() throws {
        let rich = ConformanceFixtures.rich()
        let governance = rich.governance
        let members = Set(rich.members.map(\.id))
        let organisations = Set(rich.organisations.map(\.id))
        let groups = Set(rich.partyGroups.map(\.id))
        let workers = Set(rich.workers.map(\.id))
        let grids = Dictionary(uniqueKeysWithValues: governance.grids.map { ($0.id, $0) })
        for grid in governance.grids {
            #expect(Set(grid.memberIDs + grid.leaders.compactMap(\.memberID)).isSubset(of: members))
            #expect(grid.organisationID.map(organisations.contains) ?? true)
            #expect(grid.partyGroupID.map(groups.contains) ?? true)
            #expect(grid.parentID.map { grids[$0]?.level == grid.level - 1 } ?? (grid.level == 1))
        }
        for decision in governance.decisions {
            #expect(decision.steps.map(\.kind) == decision.steps.map(\.kind).sorted())
            #expect(decision.steps.map(\.date) == decision.steps.map(\.date).sorted())
        }
        let buildings = governance.compounds.flatMap(\.buildings)
        #expect(Set(buildings.compactMap(\.partyGroupID)).isSubset(of: groups))
        #expect(Set(governance.compounds.compactMap(\.organisationID)).isSubset(of: organisations))
        #expect(Set(governance.residentUnits.compactMap(\.jointOrganisationID)).isSubset(of: organisations))
        let posts = governance.oneStopPosts.map(\.workerID) + governance.recruitments.map(\.workerID)
        #expect(Set(posts).isSubset(of: workers))
        let checklists = Dictionary(uniqueKeysWithValues: governance.checklists.map { ($0.id, $0) })
        for assessment in governance.checklistAssessments {
            let checklist = try #require(checklists[assessment.checklistID])
            #expect(assessment.completedItems <= checklist.itemCount)
        }
        #expect(governance.satisfactionSurveys.allSatisfy { $0.satisfied <= $0.respondents })
        #expect(governance.trainingCoverage.allSatisfy { $0.trained <= $0.members })
        #expect(governance.householdParticipation.allSatisfy { $0.households <= rich.households ?? 0 })
        #expect(governance.residentUnits.allSatisfy { ($0.formalMembers ?? 0) <= ($0.members ?? Int.max) })
        let ids =
            governance.grids.map(\.id.rawValue) + governance.decisions.map(\.id.rawValue)
            + governance.bodies.map(\.id.rawValue) + governance.compounds.map(\.id.rawValue)
            + governance.residentUnits.map(\.id.rawValue) + governance.checklists.map(\.id.rawValue)
        #expect(Set(ids).count == ids.count)
    }

    @Test func richHoldsApplicantsAtEveryStageWithEveryStep() {
        let rich = ConformanceFixtures.rich()
        let applicants = rich.applicants
        #expect(ConformanceFixtures.minimal().applicants.isEmpty)
        let stages = Set(applicants.compactMap { $0.stage(on: ConformanceFixtures.referenceDate) })
        #expect(stages == Set(DevelopmentStage.allCases))
        #expect(Set(applicants.compactMap(\.approval?.level)) == Set(Approval.Level.allCases))
        #expect(Set(applicants.compactMap(\.approval?.approved)) == [true, false])
        #expect(Set(applicants.compactMap(\.politicalReview?.passed)) == [true, false])
        #expect(Set(applicants.compactMap(\.vote?.passes)) == [true, false])
        #expect(applicants.contains { $0.activist?.contacts.count == 2 })
        let trainings = applicants.compactMap(\.training)
        #expect(trainings.contains { $0.days != nil && $0.classHours == nil })
        #expect(trainings.contains { $0.days == nil && $0.classHours != nil })
        func both<Value>(_ field: (Applicant) -> Value?) -> Bool {
            applicants.contains { field($0) != nil } && applicants.contains { field($0) == nil }
        }
        #expect(both(\.birthDate) && both(\.memberID) && both(\.talk) && both(\.activist) && both(\.target))
        #expect(both(\.politicalReview) && both(\.training) && both(\.preReview) && both(\.leavingOn))
        #expect(both(\.vote) && both(\.approval) && both(\.oath) && both(\.target?.filedOn))
        #expect(both(\.probation.extended) && both(\.probation.fullMembership) && both(\.probation.disqualified))
        #expect(applicants.contains { $0.probation == ProbationDecisions() })
    }

    @Test func richApplicantsKeepWithinTheCommunityAndInOrder() {
        let rich = ConformanceFixtures.rich()
        let members = Dictionary(uniqueKeysWithValues: rich.members.map { ($0.id, $0) })
        let organisations = Set(rich.organisations.map(\.id))
        let ids = rich.applicants.map(\.id)
        #expect(Set(ids).count == ids.count)
        for applicant in rich.applicants {
            #expect(organisations.contains(applicant.organisationID), "\(applicant.id)")
            let contacts = Set(applicant.activist?.contacts ?? [])
            #expect(contacts.isSubset(of: Set(members.keys)), "\(applicant.id)")
            let reviewStage = [applicant.politicalReview?.date, applicant.training?.date, applicant.preReview]
            let steps: [CalendarDate?] =
                [applicant.applied, applicant.talk, applicant.activist?.date, applicant.target?.date]
                + [reviewStage.compactMap(\.self).max()]
                + [applicant.vote?.date, applicant.approval?.date, applicant.oath]
            let dated = steps.compactMap(\.self)
            #expect(dated == dated.sorted(), "\(applicant.id)")
            if let target = applicant.target?.date {
                #expect(reviewStage.compactMap(\.self).allSatisfy { $0 >= target }, "\(applicant.id)")
            }
            if let vote = applicant.vote {
                #expect(0 <= vote.yes && vote.yes <= vote.present && vote.present <= vote.entitled)
                let decisions = [
                    applicant.probation.extended?.date, applicant.probation.fullMembership,
                    applicant.probation.disqualified,
                ]
                #expect(decisions.compactMap(\.self).allSatisfy { $0 > vote.date }, "\(applicant.id)")
            }
            if let extended = applicant.probation.extended { #expect((6...12).contains(extended.months)) }
            if let training = applicant.training {
                #expect((training.days ?? .zero) > .zero || (training.classHours ?? 0) > 0)
            }
            if let memberID = applicant.memberID {
                #expect(members[memberID]?.events == applicant.membershipEvents, "\(applicant.id)")
            }
        }
    }

    @Test func everyValidFixtureCanBeAudited() async throws {
        // The limits of validation keep every audit sum in range: nothing traps at the extremes.
        let report = try await Auditor().audit(Self.valid, on: ConformanceFixtures.referenceDate)
        #expect(report.communityIDs.count == Self.valid.count)
    }

    @Test func extremesReachTheLimits() {
        let extremes = ConformanceFixtures.extremes()
        #expect(extremes.fundGrants.contains { $0.amount == ValidationLimits.maximumAmount })
        #expect(extremes.households == ValidationLimits.maximumCount)
        #expect(extremes.partyUseArea == ValidationLimits.maximumArea)
        #expect(extremes.workers[0].trainings.map(\.days) == [Days(tenths: 1), ValidationLimits.maximumTrainingDays])
        #expect(ConformanceFixtures.rich().partyUseArea == Area(hundredthsOfSquareMetre: 1))
    }
}
