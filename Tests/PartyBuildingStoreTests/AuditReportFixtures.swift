import Foundation
import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// The audits whose reports the schema tests encode: between them, findings of most SZ2011 rules,
/// every quantity unit, every kind of subject, severities from violation to information, a scenario
/// with and without baseline values, an exception, rules not in force, and more than one period.
enum AuditReportCase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// The communities of `swift run audit` on 2025-12-31: the report the interchange article shows.
    case sample
    /// The sample and three more communities: a planned one short of space, one whose secretary's
    /// low pay is excepted, one without last year's wage, and secretaries' qualifications that fell.
    case wider
    /// The wider audit under a scenario that raises the activity fund and lowers the staff pay floor.
    case scenario
    /// A community of 平江区 judged for 2011 and 2012, when the city–district cost split was in
    /// force, under a scenario that sets a parameter the packs have no value for in those years.
    case costSplitYears

    var testDescription: String { rawValue }

    /// The report of the audit.
    func report() async throws -> AuditReport {
        switch self {
        case .sample:
            return try await Auditor().audit(AuditReportFixture.sample, on: "2025-12-31")
        case .wider:
            return try await Auditor().audit(AuditReportFixture.sample + AuditReportFixture.more, on: "2025-12-31")
        case .scenario:
            let from2025 = Period.starting("2025-01-01")
            let scenario = Scenario(
                name: "活动经费 200 元/人",
                overrides: [
                    .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: from2025),
                    .init(SZ2011.Parameters.staffPayMultiple, value: Ratio(9, 10)),
                ])
            return try await Auditor(scenario: scenario).audit(
                AuditReportFixture.sample + AuditReportFixture.more, on: "2025-12-31")
        case .costSplitYears:
            let scenario = Scenario(
                name: "持证年龄 40 岁", overrides: [.init(SZ2011.Parameters.certificateMaxAge, value: 40)])
            return try await Auditor(scenario: scenario).audit(
                [AuditReportFixture.pingjiang], on: "2012-12-31",
                judging: try Period(from: "2011-01-01", through: "2012-12-31"))
        }
    }
}

/// The communities of the audits. Every person's name is invented.
enum AuditReportFixture {
    static let year = SampleCommunities.year

    /// The communities of `swift run audit --format json`.
    static var sample: [Community] { SampleCommunities.all }

    /// Communities whose findings the sample lacks: space shares, a missing wage, an excepted worker,
    /// the portfolio trend.
    static var more: [Community] { [planned, excepted, ledgerOnly] }

    /// 澄湖社区: planned, with less service space, rooms and Party-use area than the shares of its
    /// residential floor area, and no local wage recorded for the year before.
    static var planned: Community {
        var community = Community(
            id: "CH", name: "澄湖社区", district: "相城区", development: .planned, households: 1200, residents: 3500,
            residentialFloorArea: Area(squareMetres: 200_000),
            serviceSpace: Area(hundredthsOfSquareMetre: 500_050), workAndActivityRoomArea: Area(squareMetres: 900),
            partyUseArea: Area(squareMetres: 250))
        community.organisations = [
            // A general branch with 30 members: above what its count permits (a warning).
            PartyOrganisation(id: "CH-P", name: "澄湖社区党总支", form: .generalBranch, headcount: .init(total: 30))
        ]
        community.fundGrants = [
            FundGrant(year: year, purpose: .work, source: .district, amount: Money(yuan: 70_000)),
            FundGrant(year: year, purpose: .activity, source: .district, amount: Money(yuan: 15_000)),
        ]
        community.workers = [
            SampleCommunities.worker(
                "CH-W1", "林一舟", roles: [.secretary], born: (1980, 4, 12), education: .bachelor, certified: true,
                pay: 100_000, trainings: [(.district, 7)])
        ]
        community.secretaryQualifications = [
            SecretaryQualificationRecord(year: year - 1, hasAssociateDegreeOrHigher: true, hasCertificate: true),
            SecretaryQualificationRecord(year: year, hasAssociateDegreeOrHigher: true, hasCertificate: false),
        ]
        return community
    }

    /// 荷香社区: work funds below the floor, and a secretary paid below 1.2 times the wage under an
    /// open-ended exception for that worker.
    static var excepted: Community {
        var community = Community(
            id: "HX", name: "荷香社区", district: "相城区", households: 3000, residents: 10_000,
            residentialFloorArea: Area(squareMetres: 250_000), serviceSpace: Area(squareMetres: 8_000),
            workAndActivityRoomArea: Area(squareMetres: 1_300), partyUseArea: Area(squareMetres: 450))
        community.organisations = [
            PartyOrganisation(id: "HX-P", name: "荷香社区党支部", form: .branch, headcount: .init(total: 40))
        ]
        community.fundGrants = [
            FundGrant(year: year, purpose: .work, source: .district, amount: Money(yuan: 150_000)),
            FundGrant(year: year, purpose: .activity, source: .district, amount: Money(yuan: 15_000)),
        ]
        community.localAverageWages = [AverageWage(year: year - 1, amount: Money(yuan: 100_000))]
        community.workers = [
            SampleCommunities.worker(
                "HX-W1", "宋可言", roles: [.secretary], born: (1975, 10, 3), education: .associate, certified: true,
                pay: 110_000, trainings: [(.district, 7)])
        ]
        community.exceptions = [
            RuleException(
                ruleID: "SZ2011.9.secretary-pay", subject: .worker("HX-W1"), reason: "书记兼任街道职务，待遇由街道另行核定",
                approver: "相城区委组织部", approvedOn: CalendarDate(known: year, 1, 15))
        ]
        community.secretaryQualifications = [
            SecretaryQualificationRecord(year: year - 1, hasAssociateDegreeOrHigher: true, hasCertificate: true),
            SecretaryQualificationRecord(year: year, hasAssociateDegreeOrHigher: false, hasCertificate: true),
        ]
        return community
    }

    /// 望亭社区: little more than its secretary's qualifications, which held.
    static var ledgerOnly: Community {
        var community = Community(id: "WT", name: "望亭社区", district: "相城区")
        community.secretaryQualifications = [
            SecretaryQualificationRecord(year: year - 1, hasAssociateDegreeOrHigher: true, hasCertificate: true),
            SecretaryQualificationRecord(year: year, hasAssociateDegreeOrHigher: true, hasCertificate: true),
        ]
        return community
    }

    /// 观前社区 of 平江区 in 2011 and 2012: the city paid less than its 30% of the funds.
    static var pingjiang: Community {
        var community = Community(
            id: "GQ", name: "观前社区", district: "平江区", households: 1500, residents: 4000,
            residentialFloorArea: Area(squareMetres: 120_000), serviceSpace: Area(squareMetres: 3_600),
            workAndActivityRoomArea: Area(squareMetres: 600), partyUseArea: Area(squareMetres: 200))
        community.organisations = [
            PartyOrganisation(id: "GQ-P", name: "观前社区党支部", form: .branch, headcount: .init(total: 60))
        ]
        community.fundGrants = [2011, 2012].flatMap { year in
            [
                FundGrant(year: year, purpose: .work, source: .city, amount: Money(yuan: 20_000)),
                FundGrant(year: year, purpose: .work, source: .district, amount: Money(yuan: 60_000)),
                FundGrant(year: year, purpose: .activity, source: .district, amount: Money(yuan: 15_000)),
            ]
        }
        community.localAverageWages = [2010, 2011].map { AverageWage(year: $0, amount: Money(yuan: 40_000)) }
        community.workers = [
            CommunityWorker(
                id: "GQ-W1", name: "顾以宁", roles: [.secretary], birthDate: CalendarDate("1966-08-18"),
                education: .associate, annualPay: [2011, 2012].map { AnnualPay(year: $0, amount: Money(yuan: 45_000)) })
        ]
        return community
    }
}
