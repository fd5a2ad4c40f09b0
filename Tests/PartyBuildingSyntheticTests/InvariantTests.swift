import Foundation
import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// Invariants of the library checked over many generated inputs (issue 13, item 3): the floors'
/// monotonicity and the activity fund's continuity at 100 members, a scenario of the current values,
/// an audit run twice, the parallel and the serial audit, the re-audit, the interchange format and
/// the stores.
///
/// Every input comes from a seed: parameter values and counts from ``Seeded``, cities from
/// ``SyntheticCity``; nothing comes from the system's randomness. A failure names the seed and the
/// input, so that it can be reproduced alone.
@Suite("Invariants over generated inputs")
struct InvariantTests {
    // MARK: Floors

    /// The floors of one set of parameter values, bound through the readers the rules bind with.
    struct Floors {
        var activityFund: ActivityFundFloor
        var workFund: WorkFundFloor
        var space: SpaceFloors
        var households: NAT.HouseholdServiceSpaceRule.Floor
        var pay: PayFloors

        init(_ values: ParameterValues) throws(ParameterError) {
            let reader = ParameterReader(values)
            activityFund = try ActivityFundFloor(reader)
            workFund = try WorkFundFloor(reader)
            space = try SpaceFloors(reader)
            households = try NAT.HouseholdServiceSpaceRule().bind(reader)
            pay = try PayFloors(reader)
        }
    }

    /// A ratio from 0 to `most`, in parts of at most a thousand.
    static func ratio(_ random: inout Seeded, most: Int64 = 1) -> Ratio {
        let parts = random.value(in: 1...1_000)
        return Ratio(random.value(in: 0...(parts * most)), parts)
    }

    /// Values of the floors' parameters drawn from the values a scenario may give them, each parameter
    /// overridden or left at the packs' value with odds of two to one: amounts to the fen, shares to
    /// a thousandth, counts from 0 (a unit of no households included).
    static func floorScenario(_ random: inout Seeded) -> Scenario {
        let overrides: [Scenario.Override] = [
            .init(SZ2011.Parameters.activityFundPerMember, value: Money(fen: random.value(in: 0...100_000))),
            .init(SZ2011.Parameters.activityFundSmallCommunity, value: Int(random.value(in: 0...300))),
            .init(SZ2011.Parameters.activityFundMinimum, value: Money(fen: random.value(in: 0...5_000_000))),
            .init(SZ2011.Parameters.workFundPerResident, value: Money(fen: random.value(in: 0...10_000))),
            .init(SZ2011.Parameters.serviceSpaceShare, value: ratio(&random)),
            .init(SZ2011.Parameters.workSpaceShare, value: ratio(&random)),
            .init(SZ2011.Parameters.partyShare, value: ratio(&random)),
            .init(
                NAT.Parameters.serviceSpacePerUnit, value: Area(hundredthsOfSquareMetre: random.value(in: 0...20_000))),
            .init(NAT.Parameters.serviceSpaceHouseholds, value: Int(random.value(in: 0...1_000))),
            .init(SZ2011.Parameters.staffPayMultiple, value: ratio(&random, most: 3)),
            .init(SZ2011.Parameters.secretaryPayMultiple, value: ratio(&random, most: 3)),
        ]
        return Scenario(name: "floors", overrides: overrides.filter { _ in random.below(3) != 0 })
    }

    /// Pairs `(n, k)` of a count and a growth, `n + k` within ``ValidationLimits/maximumCount``: the
    /// counts on either side of every threshold (50, 100 and `thresholds`), small counts and counts up
    /// to the limit, each grown by one, by a little and by a lot.
    static func growths(_ random: inout Seeded, thresholds: [Int]) -> [(Int, Int)] {
        let most = ValidationLimits.maximumCount
        var bases = [0, 1, 49, 50, 51, 99, 100, 101]
        for threshold in thresholds where threshold > 0 { bases += [threshold - 1, threshold, threshold + 1] }
        bases += [Int(random.value(in: 0...1_000)), Int(random.value(in: 0...Int64(most - 1)))]
        return bases.filter { $0 < most }.flatMap { base in
            [1, Int(random.value(in: 1...100)), Int(random.value(in: 1...Int64(most - base)))].map { (base, $0) }
        }
    }

    /// Areas `(a, d)` in hundredths of a square metre, `a + d` within ``ValidationLimits/maximumArea``:
    /// areas whose shares fall on or just off a hundredth, small areas and areas up to the limit.
    static func areaGrowths(_ random: inout Seeded) -> [(Area, Area)] {
        let most = ValidationLimits.maximumArea.hundredthsOfSquareMetre
        let bases: [Int64] = [
            0, 1, 99, 100, 199, 200, 299, 300, random.value(in: 0...100_000), random.value(in: 0...(most - 1)),
        ]
        return bases.flatMap { base in
            [1, random.value(in: 1...300), random.value(in: 1...(most - base))].map {
                (Area(hundredthsOfSquareMetre: base), Area(hundredthsOfSquareMetre: base + $0))
            }
        }
    }

    /// Whether the activity-fund floor can only rise with the members: when no community is small
    /// (a threshold of 0), or when the rate reaches the minimum at the threshold (minimum ≤ rate ×
    /// threshold, as 15,000 = 150 × 100 does). Otherwise 少于 (exclusive) makes the floor fall from the
    /// minimum to the rate's figure at the threshold.
    static func isMonotone(_ floor: ActivityFundFloor) -> Bool {
        floor.smallCommunityMembers == 0 || floor.minimum <= floor.perMember * floor.smallCommunityMembers
    }

    /// Floors never decrease when their base grows: the activity fund with the members, the work fund
    /// with the population, the service space, the work-and-activity rooms and (through them) the Party
    /// use with the residential floor area, the Party use with the room area, the national service
    /// space with the households, and the pay floors with the wage. Over 400 seeds, each a scenario of
    /// the floors' parameters (some left at the packs' values) and 33 growths of counts through the
    /// thresholds, 30 of areas and 3 of wages.
    ///
    /// The activity fund is monotone exactly when ``isMonotone(_:)`` says: with the opinion's figures,
    /// and under any scenario whose minimum the rate reaches at the threshold; under one whose minimum
    /// it does not reach (100 CNY a member with 15,000 CNY below 100 members), the floor falls at the
    /// threshold, as the wording says, and the test holds it to that fall. A national unit of no
    /// households, or one whose floor would exceed the largest area, is refused when the rule binds.
    @Test func floorsNeverDecreaseWhenTheirBaseGrows() throws {
        var falling = 0
        for seed: UInt64 in 0..<400 {
            var random = Seeded(state: seed)
            let scenario = Self.floorScenario(&random)
            let period = Period.year(2025 + random.below(10))
            let values = try ParameterValues(packs: PolicyPack.builtIn, scenario: scenario, for: period)
            let unit = try values.value(NAT.Parameters.serviceSpacePerUnit)
            let households = try values.value(NAT.Parameters.serviceSpaceHouseholds)
            // The largest area (10⁹ m²) for the most households (10⁸) is 10 m², 1,000 hundredths, a household.
            if households == 0 || unit.hundredthsOfSquareMetre > 1_000 * Int64(households) {
                #expect(throws: ParameterError.self, "seed \(seed): \(unit) for \(households) households") {
                    try Floors(values)
                }
                continue
            }
            let floors = try Floors(values)
            let note = "seed \(seed), \(period), \(scenario.overrides.map { "\($0.parameterID)=\($0.value)" })"
            let fund = floors.activityFund
            let thresholds = [fund.smallCommunityMembers, households]
            for (n, k) in Self.growths(&random, thresholds: thresholds) {
                let (small, large) = (fund.floor(members: n), fund.floor(members: n + k))
                if Self.isMonotone(fund) {
                    #expect(small <= large, "\(note): activity fund \(n) → \(small), \(n + k) → \(large)")
                }
                let (few, more) = (floors.workFund.floor(population: n), floors.workFund.floor(population: n + k))
                #expect(few <= more, "\(note): work fund \(n) → \(few), \(n + k) → \(more)")
                let (space, larger) = (
                    floors.households.required(households: n), floors.households.required(households: n + k)
                )
                #expect(space <= larger, "\(note): national space \(n) → \(space), \(n + k) → \(larger)")
            }
            if !Self.isMonotone(fund) {
                falling += 1
                let threshold = fund.smallCommunityMembers
                #expect(
                    fund.floor(members: threshold) < fund.floor(members: threshold - 1),
                    "\(note): a minimum the rate does not reach at \(threshold) members should fall there")
            }
            let space = floors.space
            for (area, larger) in Self.areaGrowths(&random) {
                let pairs = [
                    ("service space", space.serviceSpace(forResidentialFloorArea:)),
                    ("work space", space.workSpace(forResidentialFloorArea:)),
                    ("Party use of the rooms", space.partyUse(forRoomArea:)),
                    (
                        "Party use of the floor area",
                        { space.partyUse(forRoomArea: space.workSpace(forResidentialFloorArea: $0)) }
                    ),
                ]
                for (name, floor) in pairs {
                    #expect(
                        floor(area) <= floor(larger),
                        "\(note): \(name) \(area) → \(floor(area)), \(larger) → \(floor(larger))")
                }
            }
            for _ in 0..<3 {
                let wage = Money(fen: random.value(in: 0...1_000_000_000))
                let higher = wage + Money(fen: random.value(in: 1...1_000_000))
                #expect(
                    floors.pay.staffFloor(lastYearAverageWage: wage)
                        <= floors.pay.staffFloor(lastYearAverageWage: higher),
                    "\(note): staff pay \(wage), \(higher)")
                #expect(
                    floors.pay.secretaryFloor(lastYearAverageWage: wage)
                        <= floors.pay.secretaryFloor(lastYearAverageWage: higher),
                    "\(note): secretary pay \(wage), \(higher)")
            }
        }
        // Both kinds of activity-fund parameters were drawn, so neither branch holds vacuously.
        #expect((20...380).contains(falling), "\(falling) of 400 scenarios had a minimum the rate does not reach")
    }

    /// The activity-fund floor is continuous at 100 members (SZ2011 art. 19, `SZ2011.19.activity-fund`:
    /// "按…每名党员每年不低于150元的标准划拨，少于100名党员的社区按不低于1.5万元划拨"). 少于 excludes its
    /// number, so 99 members get the minimum of 15,000 CNY and 100 members the rate: 150 × 100 = 15,000
    /// CNY, the same figure. No step between two consecutive counts is a fall or more than one
    /// member's rate: 99 → 15,000, 100 → 15,000, 101 → 15,150.
    ///
    /// Checked with the packs' values in force for every fund year from 2011 (自2011年起) to 2040, each
    /// over the counts 0…300, and over 300 seeded scenarios whose rate (0.01 CNY to 100,000 CNY) sets
    /// the minimum to 100 rates, as the opinion's figures do.
    @Test func activityFundFloorIsContinuousAtOneHundredMembers() throws {
        for year in 2011...2040 {
            let values = try ParameterValues(packs: PolicyPack.builtIn, scenario: nil, for: .year(year))
            let floor = try ActivityFundFloor(ParameterReader(values))
            #expect(floor.smallCommunityMembers == 100, "\(year)")
            #expect(floor.minimum == Money(yuan: 15_000) && floor.perMember == Money(yuan: 150), "\(year)")
            #expect(floor.floor(members: 99) == Money(yuan: 15_000), "\(year): 99 members")
            #expect(floor.floor(members: 100) == floor.perMember * 100, "\(year): 100 members")
            #expect(floor.floor(members: 100) == floor.minimum, "\(year): 100 members")
            #expect(floor.floor(members: 101) == Money(yuan: 15_150), "\(year): 101 members")
            Self.expectContinuous(floor, over: 0...300, "fund year \(year)")
        }
        for seed: UInt64 in 0..<300 {
            var random = Seeded(state: seed)
            let rate = Money(fen: random.value(in: 1...10_000_000))
            let scenario = Scenario(
                name: "rate",
                overrides: [
                    .init(SZ2011.Parameters.activityFundPerMember, value: rate),
                    .init(SZ2011.Parameters.activityFundMinimum, value: rate * 100),
                ])
            let values = try ParameterValues(packs: PolicyPack.builtIn, scenario: scenario, for: .year(2025))
            let floor = try ActivityFundFloor(ParameterReader(values))
            #expect(floor.floor(members: 100) == floor.minimum, "seed \(seed): \(rate) a member")
            let around = Int(random.value(in: 0...100_000))
            Self.expectContinuous(floor, over: 95...105, "seed \(seed): \(rate) a member")
            Self.expectContinuous(floor, over: around...(around + 3), "seed \(seed): \(rate) a member")
        }
    }

    /// Expects each step of `floor` between consecutive counts of `range` to rise by 0 to one rate.
    static func expectContinuous(
        _ floor: ActivityFundFloor, over range: ClosedRange<Int>, _ note: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for members in range.dropLast() {
            let step = floor.floor(members: members + 1) - floor.floor(members: members)
            if step < .zero || step > floor.perMember {
                Issue.record(
                    "\(note): \(members) → \(members + 1) members steps by \(step) (rate \(floor.perMember))",
                    sourceLocation: sourceLocation)
            }
        }
    }
}
