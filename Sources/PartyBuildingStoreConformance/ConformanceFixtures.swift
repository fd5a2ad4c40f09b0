import PartyBuilding

/// Communities built to test stores: valid ones that exercise every field of every model, and
/// invalid ones that a store must refuse.
///
/// The conformance checks use these; an integrator can reuse them in their own tests.
///
/// ```swift
/// let community = ConformanceFixtures.rich()
/// try await store.save(community)
/// #expect(try await store.community(community.id) == community)
/// ```
///
/// Every valid fixture passes ``PartyBuilding/Community/validate(on:)`` on ``referenceDate`` and on
/// any later day. Together, ``rich(id:)`` and ``minimal(id:)`` use every case of every enum in the
/// models, set every optional field and leave every optional field unset.
public enum ConformanceFixtures {
    /// A day on or after which every valid fixture validates (no birth date lies after it).
    public static let referenceDate = CalendarDate("2025-01-01")

    /// A community that sets every field of every model, with every enum case, Unicode names (Chinese,
    /// emoji, combining marks, right-to-left text, quotes and line breaks) and 29 February dates: every
    /// record kind (meetings of every kind with every presence, reception days, elections, Party
    /// groups, points, task claims), every membership event, dues on every base and voluntary payments,
    /// a joint branch with the units it covers, the land area, and every kind of governance record
    /// (grids, decisions, the mediation network and cases, ledgers, bodies, coordination, the
    /// electronic ledger, compounds, resident units, checklists and their assessments, delegated
    /// tasks, the office share and disclosure of funds, recruitment, the secretary's reports, one-stop
    /// posts, surveys, training coverage and household participation), and applicants at every stage
    /// of admission (``applicantsAtEveryStage()``).
    public static func rich(id: CommunityID = "CF-rich") -> Community {
        var community = Community(
            id: id, name: "东关社区 · Dōngguān 👩‍👩‍👧‍👦", district: "平江区", street: "观前街道",
            development: .planned, households: 2145, residents: 7393, registeredResidents: 6120,
            residentialFloorArea: Area(hundredthsOfSquareMetre: 18_000_055), isConcentratedResettlement: true,
            hasManagementServiceCentre: true, serviceSpace: Area(hundredthsOfSquareMetre: 123_456),
            workAndActivityRoomArea: Area(hundredthsOfSquareMetre: 80_001),
            partyUseArea: Area(hundredthsOfSquareMetre: 1))
        community.residentsCommittees = [
            ResidentsCommittee(id: "RC-1", name: "东关第一居民委员会"),
            ResidentsCommittee(id: "RC-2", name: "Zoe\u{308} \u{0645}\u{062C}\u{062A}\u{0645}\u{0639} 🏘️"),
        ]
        community.spaceRemediationPlan = RemediationPlan(
            summary: "扩建二楼活动室\n\"phase 2\"\t\\ 50 m²", targetDate: CalendarDate("2028-02-29"),
            approver: "平江区民政局")
        community.fundGrants = fundGrantsOfEveryKind(year: 2024)
        community.localAverageWages = [
            AverageWage(year: 2023, amount: Money(fen: 11_762_400)),
            AverageWage(year: 2024, amount: Money(fen: 12_103_301)),
        ]
        community.organisations = [
            PartyOrganisation(
                id: "ORG-C", name: "东关社区党委", form: .committee, founded: CalendarDate("2004-02-29")),
            PartyOrganisation(
                id: "ORG-G", name: "东关社区第一党总支", form: .generalBranch, parentID: "ORG-C",
                residentsCommitteeID: "RC-1"),
            PartyOrganisation(
                id: "ORG-B", name: "离退休党支部 ✊", form: .branch, parentID: "ORG-G", residentsCommitteeID: "RC-2",
                headcount: PartyOrganisation.Headcount(total: 12, probationary: 3),
                founded: CalendarDate("2011-06-24"), dissolved: CalendarDate("2025-03-31")),
            PartyOrganisation(
                id: "ORG-E", name: "新建党支部", form: .branch, parentID: "ORG-C",
                headcount: PartyOrganisation.Headcount(total: 0), coveredUnits: ["甲科技有限公司", "乙物业服务有限公司"]),
        ]
        // ORG-B and ORG-E are counted by their headcounts, the others by member records: one source each.
        // ORG-E is a joint branch (联合党支部) of two units; the others cover none.
        community.members = membersOfEveryKind(organisations: ["ORG-G", "ORG-C"])
        community.workers = workersOfEveryKind()
        community.secretaryQualifications = [
            SecretaryQualificationRecord(year: 2021, hasAssociateDegreeOrHigher: false, hasCertificate: false),
            SecretaryQualificationRecord(year: 2022, hasAssociateDegreeOrHigher: true, hasCertificate: false),
            SecretaryQualificationRecord(year: 2023, hasAssociateDegreeOrHigher: false, hasCertificate: true),
            SecretaryQualificationRecord(year: 2024, hasAssociateDegreeOrHigher: true, hasCertificate: true),
        ]
        community.exceptions = exceptionsOfEverySubject(community: id)
        community.elections = [
            CommitteeElection(
                organisationID: "ORG-C", date: CalendarDate("2024-02-29"), committeeMemberIDs: ["M-0", "M-1"]),
            CommitteeElection(organisationID: "ORG-B", date: CalendarDate("2021-06-30"), termYears: 3),
        ]
        community.meetings = meetingsOfEveryKind()
        addOtherRecords(to: &community)
        addGovernance(to: &community)
        community.applicants = applicantsAtEveryStage()
        return community
    }

    /// A community with every optional field unset and every list empty.
    public static func minimal(id: CommunityID = "CF-minimal") -> Community {
        Community(id: id, name: "新社区", district: "")
    }

    /// A community with extreme but valid values: the largest counts, areas, amounts and training
    /// allowed (``ValidationLimits``), the first and last representable days and years, empty and very
    /// long names, a tenth of a day, text padded with invisible and ideographic spaces.
    public static func extremes(id: CommunityID = "CF-extremes") -> Community {
        let largest = ValidationLimits.maximumArea
        let most = ValidationLimits.maximumCount
        let richest = ValidationLimits.maximumAmount
        var community = Community(
            id: id, name: String(repeating: "长", count: 10_000), district: "e\u{301}\u{302}\u{303}",
            street: "", development: .existing, households: most, residents: 0, registeredResidents: most,
            residentialFloorArea: largest, isConcentratedResettlement: false, hasManagementServiceCentre: false,
            residentsCommittees: [], serviceSpace: largest, workAndActivityRoomArea: largest, partyUseArea: largest)
        let firstDay = CalendarDate(known: 1, 1, 1)
        let lastDay = CalendarDate("9999-12-31")
        community.spaceRemediationPlan = RemediationPlan(summary: "", targetDate: lastDay, approver: "")
        community.fundGrants = [
            FundGrant(year: 1, purpose: .activity, source: .other, amount: richest),
            FundGrant(year: 9999, purpose: .work, source: .city, amount: .zero),
        ]
        community.localAverageWages = [
            AverageWage(year: 1, amount: Money(fen: 1)), AverageWage(year: 9999, amount: richest),
        ]
        community.organisations = [
            PartyOrganisation(
                id: "O", name: "", form: .committee,
                // With the member record of O/1, the community holds the most members allowed.
                headcount: PartyOrganisation.Headcount(total: most - 1, probationary: most - 1),
                founded: firstDay, dissolved: lastDay),
            PartyOrganisation(id: "O/1", name: "", form: .branch, parentID: "O"),
        ]
        community.members = [
            Member(
                id: "M 1/东", name: "", organisationID: "O/1", birthDate: firstDay,
                events: [MembershipEvent(.admitted, on: lastDay)])
        ]
        community.workers = [
            CommunityWorker(
                id: "W", name: "🧑🏽‍💼", birthDate: firstDay, startedOn: lastDay,
                trainings: [
                    Training(title: "", level: .national, startDate: firstDay, days: Days(tenths: 1)),
                    Training(
                        title: "∞", level: .street, startDate: lastDay, days: ValidationLimits.maximumTrainingDays),
                ],
                annualPay: [AnnualPay(year: 9999, amount: richest), AnnualPay(year: 1, amount: .zero)])
        ]
        community.secretaryQualifications = [
            SecretaryQualificationRecord(year: 9999, hasAssociateDegreeOrHigher: true, hasCertificate: true)
        ]
        community.exceptions = [
            RuleException(
                ruleID: "SZ2011.9.secretary-pay", subject: .portfolio, reason: "\u{200B}例外\u{200B}",
                approver: "\u{3000}区委\u{3000}",
                approvedOn: firstDay, validUntil: lastDay)
        ]
        return community
    }

    /// A community with long lists: `members` members in 50 organisations, 100 workers with 20
    /// trainings and 20 yearly pays each, 300 fund grants and a 20,000-character plan.
    public static func large(id: CommunityID = "CF-large", members: Int = 5_000) -> Community {
        var community = Community(
            id: id, name: "大型社区", district: "工业园区", households: members * 2, residents: members * 5,
            serviceSpace: Area(squareMetres: 3_000), workAndActivityRoomArea: Area(squareMetres: 2_000),
            partyUseArea: Area(squareMetres: 500))
        community.spaceRemediationPlan = RemediationPlan(
            summary: String(repeating: "逐步建设到位。", count: 20_000 / 7), targetDate: referenceDate,
            approver: "苏州工业园区")
        community.fundGrants = (2000..<2025).flatMap { fundGrantsOfEveryKind(year: $0) }
        community.localAverageWages = (1925..<2025).map { AverageWage(year: $0, amount: Money(yuan: $0 * 10)) }
        community.organisations = (0..<50).map { index in
            PartyOrganisation(
                id: OrganisationID("ORG-\(index)"), name: "第\(index)党支部", form: index == 0 ? .committee : .branch,
                parentID: index == 0 ? nil : "ORG-0")
        }
        community.members = (0..<members).map { index in
            Member(
                id: MemberID("M-\(index)"), name: "党员\(index)", organisationID: OrganisationID("ORG-\(index % 50)"),
                birthDate: CalendarDate(known: 1930 + index % 70, 1 + index % 12, 1 + index % 28),
                events: index % 7 == 0 ? [MembershipEvent(.admitted, on: nil)] : [])
        }
        community.workers = (0..<100).map { index in
            CommunityWorker(
                id: WorkerID("W-\(index)"), name: "社工\(index)",
                birthDate: CalendarDate(known: 1960 + index % 40, 1 + index % 12, 1 + index % 28),
                trainings: (0..<20).map { number in
                    Training(
                        title: "培训\(number)", level: .city, startDate: CalendarDate(known: 2000 + number, 3, 1),
                        days: Days(tenths: Int64(5 + number)))
                },
                annualPay: (2005..<2025).map {
                    AnnualPay(year: $0, amount: Money(fen: Int64($0) * 3_000 + Int64(index)))
                })
        }
        community.secretaryQualifications = (1925..<2025).map {
            SecretaryQualificationRecord(year: $0, hasAssociateDegreeOrHigher: $0 % 2 == 0, hasCertificate: $0 % 3 == 0)
        }
        return community
    }

    /// A small valid community that differs from every other `index`: its name, counts, members
    /// and grants depend on `index`, so a store that returns the wrong version is caught.
    public static func variant(_ index: Int, id: CommunityID) -> Community {
        var community = Community(
            id: id, name: "社区 \(index) 🏠", district: "区\(index % 7)", households: index, residents: index * 3,
            serviceSpace: Area(hundredthsOfSquareMetre: Int64(index)))
        community.organisations = [PartyOrganisation(id: "ORG", name: "党支部 \(index)", form: .branch)]
        community.members = (0..<(index % 5)).map { number in
            Member(id: MemberID("M-\(number)"), name: "党员 \(index)-\(number)", organisationID: "ORG")
        }
        community.fundGrants = [
            FundGrant(year: 2024, purpose: .activity, source: .district, amount: Money(fen: Int64(index)))
        ]
        return community
    }

    /// A community that fails validation because its household count is negative.
    public static func negativeHouseholds(id: CommunityID) -> Community {
        var community = variant(1, id: id)
        community.households = -1
        return community
    }

    /// A community that fails validation deep inside: a worker's training lasts zero days.
    public static func zeroDayTraining(id: CommunityID) -> Community {
        var community = variant(2, id: id)
        community.workers = [
            CommunityWorker(
                id: "W-0", name: "王芳", birthDate: CalendarDate("1980-02-29"),
                trainings: [Training(title: "社区工作实务", level: .district, startDate: referenceDate, days: .zero)])
        ]
        return community
    }

    private static func fundGrantsOfEveryKind(year: Int) -> [FundGrant] {
        var grants: [FundGrant] = []
        for purpose in FundGrant.Purpose.allCases {
            for source in FundGrant.Source.allCases {
                let amount = Money(fen: Int64(year) * 1_000 + Int64(grants.count) * 101 + 1)
                grants.append(FundGrant(year: year, purpose: purpose, source: source, amount: amount))
            }
        }
        return grants
    }

    private static func membersOfEveryKind(organisations: [OrganisationID]) -> [Member] {
        let names = ["张伟", "Zoë", "Zoe\u{308}", "李\u{200D}娜", "أحمد", "김민준", "👨‍🔧 王强", "O'Brien \"Ned\"", "a\nb"]
        let count = 12
        return (0..<count).map { index in
            Member(
                id: MemberID("M-\(index)"), name: names[index % names.count],
                organisationID: organisations[index % organisations.count],
                relationship: Member.Relationship.allCases[index / 2 % Member.Relationship.allCases.count],
                employment: Member.Employment.allCases[index % Member.Employment.allCases.count],
                hasLimitedMobility: index % 2 == 1,
                birthDate: index % 4 == 0 ? nil : CalendarDate(known: 1940 + index * 4, 2, 29),
                events: events(ofMember: index), duesPayments: dues(ofMember: index).payments,
                voluntaryPayments: dues(ofMember: index).voluntary)
        }
    }

    private static func workersOfEveryKind() -> [CommunityWorker] {
        let roleSets: [Set<CommunityWorker.Role>] = [
            [.secretary], [.residentsCommitteeDirector, .workStationHead], Set(CommunityWorker.Role.allCases), [],
        ]
        let certificates: [Certificate?] =
            [nil]
            + Certificate.Level.allCases.map {
                Certificate(level: $0, obtainedOn: CalendarDate("2016-02-29"))
            }
        let count = max(Education.allCases.count, roleSets.count, certificates.count)
        return (0..<count).map { index in
            CommunityWorker(
                id: WorkerID("W-\(index)"), name: ["周敏", "陈静 🌸", "Ñuñez", "秦\u{20DD}", "刘洋", "赵磊"][index % 6],
                roles: roleSets[index % roleSets.count], birthDate: CalendarDate(known: 1972 + index * 4, 2, 29),
                education: Education.allCases[index % Education.allCases.count], isStudyingForDegree: index % 2 == 0,
                certificate: certificates[index % certificates.count], isFullTime: index % 3 != 2,
                startedOn: index % 2 == 0 ? nil : CalendarDate(known: 2010 + index, 9, 1),
                trainings: index == 3 ? [] : trainingsOfEveryLevel(offset: index),
                annualPay: [
                    AnnualPay(year: 2023, amount: Money(fen: 8_000_000 + Int64(index))),
                    AnnualPay(year: 2024, amount: Money(fen: 8_400_050 + Int64(index))),
                ])
        }
    }

    private static func trainingsOfEveryLevel(offset: Int) -> [Training] {
        Training.Level.allCases.enumerated().map { number, level in
            Training(
                title: "\(level.label.chinese)培训 №\(number)", level: level, isCentralised: (number + offset) % 2 == 0,
                startDate: CalendarDate("2020-02-29"), days: Days(tenths: Int64(5 + number * 10 + offset)))
        }
    }

    private static func exceptionsOfEverySubject(community: CommunityID) -> [RuleException] {
        let subjects: [Subject?] = [
            nil, .community(community), .organisation("ORG-B"), .worker("W-0"), .member("M-1"),
            .residentsCommittee("RC-1"), .portfolio, .applicant("A-5"),
        ]
        return subjects.enumerated().map { index, subject in
            RuleException(
                ruleID: "SZ2011.15.service-space", subject: subject, reason: "历史遗留用房，逐步到位 #\(index)",
                approver: "市委组织部", approvedOn: CalendarDate("2024-02-29"),
                validUntil: index % 2 == 0 ? nil : CalendarDate(known: 2030 + index, 12, 31))
        }
    }
}
