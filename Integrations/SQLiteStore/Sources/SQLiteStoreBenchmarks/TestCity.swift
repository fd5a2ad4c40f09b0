import PartyBuilding

/// A deterministic city for the benchmarks: `communities` communities of `membersEach` members,
/// each with three organisations, two residents' committees, eight workers (with trainings and
/// pay), grants, wages, a ledger and an exception. The same arguments always build the same city.
enum TestCity {
    static func build(communities: Int, membersEach: Int) -> [Community] {
        (0..<communities).map { community(index: $0, members: membersEach) }
    }

    private static func community(index: Int, members memberCount: Int) -> Community {
        var community = Community(
            id: CommunityID("C\(100_000 + index)"), name: "社区\(index)", district: "区\(index % 9)",
            street: index % 3 == 0 ? nil : "街道\(index % 40)", development: .existing,
            households: 1_500 + index % 900, residents: 4_000 + index % 3_000,
            registeredResidents: index % 2 == 0 ? 3_500 + index % 1_000 : nil,
            residentialFloorArea: Area(hundredthsOfSquareMetre: 15_000_000 + Int64(index) * 101),
            isConcentratedResettlement: false, hasManagementServiceCentre: false,
            serviceSpace: Area(squareMetres: 450 + index % 300), workAndActivityRoomArea: Area(squareMetres: 300),
            partyUseArea: Area(hundredthsOfSquareMetre: 10_050))
        community.residentsCommittees = [
            ResidentsCommittee(id: "RC-1", name: "第一居委会"), ResidentsCommittee(id: "RC-2", name: "第二居委会"),
        ]
        community.organisations = [
            PartyOrganisation(id: "ORG-0", name: "社区党委", form: .committee),
            PartyOrganisation(
                id: "ORG-1", name: "第一党支部", form: .branch, parentID: "ORG-0", residentsCommitteeID: "RC-1"),
            PartyOrganisation(
                id: "ORG-2", name: "离退休党支部", form: .branch, parentID: "ORG-0", residentsCommitteeID: "RC-2",
                headcount: PartyOrganisation.Headcount(total: 40, probationary: 2)),
        ]
        community.elections = [CommitteeElection(organisationID: "ORG-1", date: CalendarDate("2021-06-30"))]
        community.members = (0..<memberCount).map { number in
            let seed = index &* 7_919 &+ number &* 104_729
            let admitted = CalendarDate(known: 1960 + seed % 60, 1 + seed % 12, 1 + seed % 28)
            var events = [MembershipEvent(.admitted, on: admitted)]
            if seed % 11 != 0 { events.append(MembershipEvent(.madeFull, on: nil)) }
            if seed % 3 == 1 { events.append(MembershipEvent(.migratedOut(certificate: nil, contact: nil), on: nil)) }
            let birthDate: CalendarDate? =
                seed % 17 == 0 ? nil : CalendarDate(known: 1935 + seed % 70, 1 + seed % 12, 1 + seed % 28)
            return Member(
                id: MemberID("M\(number)"), name: "党员\(index)-\(number)",
                organisationID: OrganisationID("ORG-\(number % 3)"),
                relationship: seed % 5 == 0 ? .heldElsewhere : .heldByCommunity,
                employment: Member.Employment.allCases[seed % Member.Employment.allCases.count],
                hasLimitedMobility: seed % 13 == 0, birthDate: birthDate, events: events)
        }
        community.workers = (0..<8).map { number in
            CommunityWorker(
                id: WorkerID("W\(number)"), name: "社工\(index)-\(number)",
                roles: number == 0 ? [.secretary] : number == 1 ? [.residentsCommitteeDirector, .workStationHead] : [],
                birthDate: CalendarDate(known: 1965 + number * 3, 1 + number, 10), education: .bachelor,
                certificate: number % 2 == 0
                    ? Certificate(level: .assistant, obtainedOn: CalendarDate("2015-05-01")) : nil,
                startedOn: CalendarDate(known: 2005 + number, 9, 1),
                trainings: (0..<3).map { course in
                    Training(
                        title: "培训\(course)", level: .district, startDate: CalendarDate(known: 2020 + course, 3, 1),
                        days: Days(tenths: 25))
                },
                annualPay: (2020..<2025).map { AnnualPay(year: $0, amount: Money(yuan: 60_000 + $0 + number)) })
        }
        community.fundGrants = (2022..<2025).flatMap { year in
            [
                FundGrant(year: year, purpose: .work, source: .district, amount: Money(yuan: 200_000 + index)),
                FundGrant(year: year, purpose: .activity, source: .city, amount: Money(fen: 1_234_567 + Int64(index))),
            ]
        }
        community.localAverageWages = (2020..<2025).map { AverageWage(year: $0, amount: Money(yuan: $0 * 30)) }
        community.secretaryQualifications = (2020..<2025).map {
            SecretaryQualificationRecord(year: $0, hasAssociateDegreeOrHigher: true, hasCertificate: $0 > 2022)
        }
        community.exceptions = [
            RuleException(
                ruleID: "SZ2011.9.secretary-pay", subject: .worker("W0"), reason: "过渡期", approver: "区委组织部",
                approvedOn: CalendarDate("2024-01-01"), validUntil: CalendarDate("2025-12-31"))
        ]
        return community
    }
}
