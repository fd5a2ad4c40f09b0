import Foundation
import PartyBuilding

/// Communities the store and interchange tests save, read and compare.
enum Fixture {
    /// A community with every field set, every optional present, Unicode text and extreme but valid values.
    static func full(_ id: CommunityID = "东关-DG") -> Community {
        let date = CalendarDate("2011-01-01")
        var community = Community(
            id: id, name: "东关社区 \u{1F3D8}", district: "平江区", street: "观前街道", development: .planned,
            households: 2145, residents: 7393, registeredResidents: ValidationLimits.maximumCount,
            residentialFloorArea: Area(hundredthsOfSquareMetre: 1_234_567_891), isConcentratedResettlement: true,
            hasManagementServiceCentre: true)
        community.residentsCommittees = [ResidentsCommittee(id: "RC-1", name: "东关居委会")]
        community.serviceSpace = Area(hundredthsOfSquareMetre: 60_001)
        community.workAndActivityRoomArea = Area(hundredthsOfSquareMetre: 30_050)
        community.partyUseArea = Area(hundredthsOfSquareMetre: 10_001)
        community.spaceRemediationPlan = RemediationPlan(
            summary: "扩建二楼", targetDate: CalendarDate("2026-06-30"), approver: "平江区民政局")
        community.fundGrants = [
            FundGrant(year: 2025, purpose: .work, source: .city, amount: Money(fen: 14_786_001)),
            FundGrant(year: 2025, purpose: .activity, source: .other, amount: ValidationLimits.maximumAmount),
            FundGrant(year: 2025, purpose: .partyOffice, source: .district, amount: .zero),
        ]
        community.localAverageWages = [AverageWage(year: 2024, amount: Money(fen: 9_012_345))]
        community.organisations = [
            PartyOrganisation(
                id: "P", name: "东关社区党委", form: .committee, residentsCommitteeID: "RC-1",
                headcount: .init(total: 120, probationary: 3), founded: CalendarDate("2024-02-29")),
            PartyOrganisation(id: "P-1", name: "第一党支部", form: .branch, parentID: "P"),
        ]
        community.members = [
            Member(
                id: "M-1", name: "王小明", organisationID: "P-1", relationship: .heldElsewhere,
                employment: .retired, hasLimitedMobility: true, birthDate: CalendarDate(known: 1, 1, 1),
                events: [
                    MembershipEvent(.admitted, on: CalendarDate("2025-07-01")),
                    MembershipEvent(.migratedOut(certificate: "LD-7", contact: "联系人"), on: CalendarDate("2025-08-01")),
                ]),
            Member(id: "M-2", name: "Zoë \"Q\" O'Brien\\\n", organisationID: "P-1"),
        ]
        community.workers = [
            CommunityWorker(
                id: "W-1", name: "李书记", roles: [.workStationHead, .secretary, .residentsCommitteeDirector],
                birthDate: CalendarDate("1980-12-31"), education: .doctorate, isStudyingForDegree: true,
                certificate: Certificate(level: .senior, obtainedOn: date), isFullTime: false, startedOn: date,
                trainings: [
                    Training(
                        title: "书记培训", level: .national, isCentralised: false, startDate: date, days: Days(tenths: 25))
                ],
                annualPay: [AnnualPay(year: 2025, amount: Money(fen: 12_345_678))])
        ]
        community.secretaryQualifications = [
            SecretaryQualificationRecord(year: 2025, hasAssociateDegreeOrHigher: true, hasCertificate: false)
        ]
        community.exceptions = [
            RuleException(
                ruleID: "SZ2011.9.secretary-pay", subject: .worker("W-1"), reason: "新任", approver: "街道党工委",
                approvedOn: date, validUntil: CalendarDate("9999-12-31")),
            RuleException(ruleID: "SZ2011.15.service-space", reason: "规划中", approver: "区委组织部", approvedOn: date),
        ]
        return community
    }

    /// A small valid community with `members` members, its content fixed by its ID.
    static func small(_ id: CommunityID, members: Int = 2) -> Community {
        var community = Community(id: id, name: "社区 \(id)", district: "区", households: members * 3)
        community.organisations = [PartyOrganisation(id: "P", name: "党支部", form: .branch)]
        community.members = (0..<members).map { Member(id: MemberID("M-\($0)"), name: "党员 \($0)", organisationID: "P") }
        return community
    }

    /// A community that fails validation: a member refers to an organisation it does not have.
    static func invalid(_ id: CommunityID) -> Community {
        var community = small(id)
        community.members[0].organisationID = "NOWHERE"
        return community
    }
}
