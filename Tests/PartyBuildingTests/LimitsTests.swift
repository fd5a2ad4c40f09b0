import Foundation
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

/// Values at the edges of what the types hold: formatted, encoded and computed without a trap.
@Suite("Edges of the value types")
struct ValueEdgeTests {
    @Test("a ratio too large for decimals is shown as its fraction, and a scenario cannot admit one")
    func hugeRatios() throws {
        let huge = Ratio(Int64.max, 3)
        #expect(huge.percentage == "\(Int64.max)/3")
        #expect(Quantity.share(huge).formatted(.chinese) == "\(Int64.max)/3")
        #expect(Ratio(99_999_999_999_999_999, 1_000_000_000_000_000_000).percentage == "10%")
        #expect(throws: ParameterError.self) {
            try Scenario(
                parsing: ["SZ2011.15.service-space.share=99999999999999999/1000000000000000000"], packs: [.suzhou2011])
        }
    }

    @Test("a ratio of Int64.min parts or a sloppy decimal is rejected when decoded, not trapped")
    func decodingRejectsWhatCannotBeHeld() {
        for json in [
            #"{"numerator": -9223372036854775808, "denominator": 1}"#,
            #"{"numerator": 1, "denominator": -9223372036854775808}"#,
        ] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(Ratio.self, from: Data(json.utf8)) }
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Quantity.self, from: Data(#"{"unit": "money", "value": "12abc"}"#.utf8))
        }
    }

    @Test("dates moved past the calendar's ends stop at its first or last day")
    func datesClampAtTheCalendarsEnds() {
        #expect(CalendarDate("0100-06-30").adding(years: -200) == .earliest)
        #expect(CalendarDate("9990-06-30").adding(years: 20) == .latest)
        #expect(CalendarDate("0001-02-28").adding(months: -2) == .earliest)
        #expect(CalendarDate("9999-11-30").adding(months: 3) == .latest)
        #expect(CalendarDate("2025-06-30").adding(years: Int.max) == .latest)
    }

    @Test("a rotation cycle longer than the years since 0001 judges every training, without a trap")
    func rotationAtTheStartOfTheCalendar() throws {
        let scenario = Scenario(name: "x", overrides: [.init(SZ2011.Parameters.rotationYears, value: 200)])
        var community = Fixture.community()
        community.workers = [Fixture.worker("W-1", born: "0050-01-01")]
        let found = try findings(
            "SZ2011.7.rotation", auditing: community, on: "0150-12-31", scenario: scenario, inForce: false)
        #expect(found.isEmpty)  // SZ2011 is not in force in 150; the audit ran and did not trap
    }
}
