import PartyBuilding
import Testing

/// No trap on admitted input: for every value validation and the scenario limits admit, each
/// calculator and rule computes exactly or reports a typed error.
@Suite("Audits at the limits")
struct LimitsTests {
    static let most = ValidationLimits.maximumCount
    static let richest = ValidationLimits.maximumAmount
    static let highestRate = ValidationLimits.maximumParameterAmount

    /// A community at the limits: the most members (a headcount), residents and households, the
    /// largest grants and wages, full-time staff paid the most.
    static func community() -> Community {
        var community = Community(
            id: "MAX", name: "极限社区", district: "平江区", households: most, residents: most, registeredResidents: most,
            residentialFloorArea: ValidationLimits.maximumArea, serviceSpace: ValidationLimits.maximumArea,
            workAndActivityRoomArea: ValidationLimits.maximumArea, partyUseArea: ValidationLimits.maximumArea)
        community.organisations = [
            PartyOrganisation(id: "P", name: "党委", form: .committee, headcount: .init(total: most, probationary: 0))
        ]
        community.fundGrants = (0..<20).map { index in
            FundGrant(
                year: 2025, purpose: FundGrant.Purpose.allCases[index % FundGrant.Purpose.allCases.count],
                source: FundGrant.Source.allCases[index % FundGrant.Source.allCases.count], amount: richest)
        }
        community.localAverageWages = [AverageWage(year: 2024, amount: richest)]
        community.workers = (0..<50).map { index in
            CommunityWorker(
                id: WorkerID("W\(index)"), name: "工作者", roles: index == 0 ? [.secretary] : [],
                birthDate: "1985-01-01", education: .bachelor, isFullTime: true,
                annualPay: [AnnualPay(year: 2025, amount: richest)])
        }
        return community
    }

    @Test("the largest member count times the largest per-member rate is exact")
    func activityFundAtTheLimit() throws {
        let floor = ActivityFundFloor(
            perMember: Self.highestRate, smallCommunityMembers: 100, minimum: Self.highestRate)
        #expect(floor.floor(members: Self.most) == Money(fen: Self.highestRate.fen * Int64(Self.most)))
        let work = WorkFundFloor(perPerson: Self.highestRate)
        #expect(work.floor(population: Self.most).yuan == 1_000_000_000_000_000)
    }

    @Test("an audit at every limit, under the largest admitted rates, reports findings and does not trap")
    func auditAtTheLimits() throws {
        let scenario = Scenario(
            name: "limits",
            overrides: [
                .init(SZ2011.Parameters.activityFundPerMember, value: Self.highestRate),
                .init(SZ2011.Parameters.activityFundMinimum, value: Self.highestRate),
                .init(SZ2011.Parameters.workFundPerResident, value: Self.highestRate),
                .init(SZ2011.Parameters.secretaryPayMultiple, value: Ratio(100, 1)),
                .init(SZ2011.Parameters.staffPayMultiple, value: Ratio(100, 1)),
                .init(SZ2011.Parameters.serviceSpaceShare, value: Ratio(100, 1)),
            ])
        let report = try Auditor(scenario: scenario).auditSequentially([Self.community()], on: "2025-12-31")
        let activity = try #require(report.findings.first { $0.ruleID == "SZ2011.19.activity-fund" })
        #expect(
            activity.required == Requirement(.notLessThan, .money(Money(fen: Self.highestRate.fen * Int64(Self.most)))))
        #expect(report.findings.contains { $0.ruleID == "SZ2011.9.staff-pay" })
        #expect(report.findings.contains { $0.ruleID == "SZ2011.19.work-fund" })
    }

    @Test(
        "a rate above the scenario limit is a typed error, not an overflow (the issue's 1,000,000,000,000 CNY a member)"
    )
    func rateAboveTheLimit() throws {
        let scenario = try Scenario(
            parsing: ["SZ2011.19.activity-fund.per-member=9999999"], packs: [.suzhou2011])
        #expect(scenario.overrides.first?.value == .money(Money(yuan: 9_999_999)))
        #expect(
            throws: ParameterError.outOfRange(
                SZ2011.Parameters.activityFundPerMember.id, "an amount from 0 to 10,000,000.00 CNY")
        ) {
            try Scenario(parsing: ["SZ2011.19.activity-fund.per-member=1000000000000"], packs: [.suzhou2011])
        }
        let overLimit = Scenario(
            name: "x", overrides: [.init(SZ2011.Parameters.workFundPerResident, value: Money(yuan: 10_000_001))])
        #expect(throws: AuditError.self) {
            try Auditor(scenario: overLimit).auditSequentially([Self.community()], on: "2025-12-31")
        }
    }

    @Test("a community's members in all are limited: two headcounts at the limit are rejected, not overflowed")
    func membershipInAll() {
        var community = Self.community()
        community.organisations.append(
            PartyOrganisation(id: "P2", name: "支部", form: .branch, parentID: "P", headcount: .init(total: Self.most)))
        #expect(
            throws: ValidationError(
                community: "MAX", record: .organisation("P2"), field: "headcount.total",
                problem: .tooLarge("100000000 members in a community"))
        ) { try community.validate(on: "2025-12-31") }
    }

    @Test("a list longer than the limit is rejected naming the list")
    func tooManyRecords() {
        var community = Community(id: "LONG", name: "长", district: "")
        community.fundGrants = Array(
            repeating: FundGrant(year: 2025, purpose: .work, source: .city, amount: Money(yuan: 1)),
            count: ValidationLimits.maximumRecords + 1)
        #expect(
            throws: ValidationError(
                community: "LONG", record: .community("LONG"), field: "fundGrants",
                problem: .tooLarge("1000000 records"))
        ) { try community.validate(on: "2025-12-31") }
    }
}
