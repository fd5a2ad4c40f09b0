import Foundation
import PartyBuilding

/// Built-in sample data: three communities whose records exercise most SZ2011 rules, audited by
/// `swift run audit` and shown in the interchange article's report example.
///
/// 东关社区 follows the seed application (80 members, 2145 households, 7393 residents); the other two are
/// invented to show a general branch, a resettlement area, space shortfalls and an approved exception.
/// Every person's name is invented: none names anyone in the seeds.
public enum SampleCommunities {
    /// The year of the sample's grants, pay and trainings.
    public static let year = 2025

    /// The three communities, in order.
    public static var all: [Community] { [dongguan, shiquan, xinyuan] }

    /// 东关社区: the worked example of the seeds (`004_3f6f0cae3b1191d2.txt`).
    public static var dongguan: Community {
        var community = Community(
            id: "DG", name: "东关社区", district: "城中区", development: .existing, households: 2145, residents: 7393,
            residentialFloorArea: Area(squareMetres: 180_000), isConcentratedResettlement: false,
            serviceSpace: Area(squareMetres: 5_600),
            workAndActivityRoomArea: Area(squareMetres: 900), partyUseArea: Area(squareMetres: 320))
        community.organisations = [
            PartyOrganisation(
                id: "DG-P", name: "东关社区党支部", form: .branch, headcount: .init(total: 80, probationary: 2))
        ]
        community.fundGrants = [
            FundGrant(year: year, purpose: .work, source: .district, amount: Money(yuan: 130_000)),
            FundGrant(year: year, purpose: .partyOffice, source: .district, amount: Money(yuan: 17_860)),
            FundGrant(year: year, purpose: .activity, source: .district, amount: Money(yuan: 15_000)),
        ]
        community.localAverageWages = [AverageWage(year: year - 1, amount: Money(yuan: 98_000))]
        community.workers = [
            worker(
                "DG-W1", "郑嘉禾", roles: [.secretary, .residentsCommitteeDirector], born: (1972, 3, 8),
                education: .associate, certified: true, pay: 118_000, trainings: [(.district, 8)]),
            worker(
                "DG-W2", "许子安", roles: [], born: (1995, 9, 1), education: .bachelor, certified: false,
                pay: 92_000, trainings: [(.street, 5)]),
            worker(
                "DG-W3", "李静", roles: [.workStationHead], born: (1983, 12, 20), education: .seniorSecondary,
                certified: true, pay: 99_000, trainings: [(.district, 4), (.district, 2.5)]),
        ]
        return community
    }

    /// 石泉社区: a general branch of 64 formal members, short of service space, with a plan.
    public static var shiquan: Community {
        var community = Community(
            id: "SQ", name: "石泉社区", district: "姑苏区", development: .existing, households: 3200, residents: 9100,
            residentialFloorArea: Area(squareMetres: 260_000), isConcentratedResettlement: false,
            serviceSpace: Area(squareMetres: 6_500),
            workAndActivityRoomArea: Area(squareMetres: 1_300), partyUseArea: Area(squareMetres: 400))
        community.spaceRemediationPlan = RemediationPlan(
            summary: "新建邻里中心二层", targetDate: CalendarDate("2027-06-30"), approver: "姑苏区民政局")
        community.organisations = [
            PartyOrganisation(id: "SQ-Z", name: "石泉社区党总支", form: .generalBranch),
            PartyOrganisation(id: "SQ-1", name: "第一党支部", form: .branch, parentID: "SQ-Z"),
            PartyOrganisation(id: "SQ-2", name: "第二党支部", form: .branch, parentID: "SQ-Z"),
        ]
        community.members = (1...70).map { index in
            Member(
                id: MemberID("SQ-M\(index)"), name: "党员\(index)", organisationID: index <= 35 ? "SQ-1" : "SQ-2",
                relationship: index > 66 ? .heldElsewhere : .heldByCommunity,
                events: index <= 6 ? [MembershipEvent(.admitted, on: CalendarDate(known: year, 5, 1))] : [])
        }
        community.fundGrants = [
            FundGrant(year: year, purpose: .work, source: .district, amount: Money(yuan: 190_000)),
            FundGrant(year: year, purpose: .activity, source: .district, amount: Money(yuan: 9_600)),
        ]
        community.exceptions = [
            RuleException(
                ruleID: "SZ2011.19.activity-fund", reason: "年中合并社区，经费按半年度核拨",
                approver: "姑苏区委组织部", approvedOn: CalendarDate(known: year, 3, 1),
                validUntil: CalendarDate(known: year, 12, 31))
        ]
        community.localAverageWages = [AverageWage(year: year - 1, amount: Money(yuan: 112_000))]
        community.workers = [
            worker(
                "SQ-W1", "周建国", roles: [.secretary], born: (1968, 5, 2), education: .bachelor, certified: true,
                pay: 126_000, trainings: [(.city, 7)]),
            worker(
                "SQ-W2", "陈晓", roles: [.residentsCommitteeDirector], born: (1988, 2, 29), education: .associate,
                certified: true, pay: 105_000, trainings: [(.district, 7)]),
            worker(
                "SQ-W3", "王芳", roles: [], born: (1990, 7, 15), education: .associate, certified: false,
                pay: 88_000, trainings: []),
        ]
        return community
    }

    /// 新苑社区: a planned resettlement area of 3600 households.
    public static var xinyuan: Community {
        var community = Community(
            id: "XY", name: "新苑社区", district: "吴中区", development: .planned, households: 3600, residents: 10_400,
            residentialFloorArea: Area(squareMetres: 300_000), isConcentratedResettlement: true,
            hasManagementServiceCentre: false,
            residentsCommittees: [
                ResidentsCommittee(id: "XY-R1", name: "新苑一居"), ResidentsCommittee(id: "XY-R2", name: "新苑二居"),
            ],
            serviceSpace: Area(squareMetres: 9_000), workAndActivityRoomArea: Area(squareMetres: 1_500),
            partyUseArea: Area(squareMetres: 500))
        community.organisations = [
            PartyOrganisation(
                id: "XY-P", name: "新苑社区党支部", form: .branch, residentsCommitteeID: "XY-R1",
                headcount: .init(total: 45))
        ]
        community.localAverageWages = [AverageWage(year: year - 1, amount: Money(yuan: 105_000))]
        community.fundGrants = [
            FundGrant(year: year, purpose: .work, source: .district, amount: Money(yuan: 208_000)),
            FundGrant(year: year, purpose: .activity, source: .district, amount: Money(yuan: 15_000)),
        ]
        community.workers = [
            worker(
                "XY-W1", "张伟", roles: [.secretary, .residentsCommitteeDirector, .workStationHead], born: (1979, 1, 1),
                education: .master, certified: true, pay: 140_000, trainings: [(.province, 10)])
        ]
        return community
    }

    /// A full-time worker of the sample's kind: paid `pay` CNY for ``year``, with a centralised
    /// training of each given level and length in that year, and the certificate (obtained
    /// 2014-11-01) when `certified`.
    public static func worker(
        _ id: String, _ name: String, roles: Set<CommunityWorker.Role>, born: (Int, Int, Int), education: Education,
        certified: Bool, pay: Int, trainings: [(Training.Level, Decimal)]
    ) -> CommunityWorker {
        CommunityWorker(
            id: WorkerID(id), name: name, roles: roles, birthDate: CalendarDate(known: born.0, born.1, born.2),
            education: education,
            certificate: certified
                ? Certificate(level: .assistant, obtainedOn: CalendarDate("2014-11-01")) : nil,
            trainings: trainings.enumerated().map { index, training in
                Training(
                    title: "社区工作者集中培训", level: training.0,
                    startDate: CalendarDate(known: year, 3 + index * 4, 10),
                    days: (try? Days(training.1)) ?? .zero)
            },
            annualPay: [AnnualPay(year: year, amount: Money(yuan: pay))])
    }
}
