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
