import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// The seven formulas over the five streams are exact and do not depend on how the work is split.
@Suite struct FormulaTests {
    @Test func firstCommunityByHand() {
        let inputs = FormulaInputs(count: 1)
        var results = [FormulaResult](repeating: .zero, count: 1)
        _ = FormulaCalculators.suzhou2011.evaluate(inputs, into: &results, parts: 1)
        // 42 members, 28539 residents, 210469 m², wage 113016, staff pay 60450.
        #expect(results[0].activityFundFloor == Money(yuan: 15_000))
        #expect(results[0].workFundFloor == Money(yuan: 570_780))
        #expect(results[0].serviceSpaceFloor == Area(hundredthsOfSquareMetre: 631_407))  // 6314.07 m²
        #expect(results[0].workSpaceFloor == Area(hundredthsOfSquareMetre: 105_235))  // 1052.345 m² up
        #expect(results[0].partyUseFloor == Area(hundredthsOfSquareMetre: 35079))  // 1052.35 / 3 up
        #expect(results[0].secretaryPayFloor == Money(fen: 13_561_920))  // 113016 × 1.2
        #expect(results[0].staffPayComplies == false)
    }

    /// Sums of the first 1,000 communities, computed independently (Python, arbitrary-precision integers).
    @Test func sumsOfAThousandMatchAnIndependentImplementation() {
        let inputs = FormulaInputs(count: 1000)
        var results = [FormulaResult](repeating: .zero, count: 1000)
        let sums = FormulaCalculators.suzhou2011.evaluate(inputs, into: &results, parts: 2)
        #expect(sums.communities == 1000)
        #expect(sums.activityFundFloor == Money(fen: 3_210_195_000))
        #expect(sums.workFundFloor == Money(fen: 30_727_938_000))
        #expect(sums.serviceSpaceFloor == Area(hundredthsOfSquareMetre: 936_134_829))
        #expect(sums.workSpaceFloor == Area(hundredthsOfSquareMetre: 156_022_734))
        #expect(sums.partyUseFloor == Area(hundredthsOfSquareMetre: 52_007_917))
        #expect(sums.secretaryPayFloor == Money(fen: 10_833_000_000))
        #expect(sums.staffPayCompliant == 498)
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func splittingDoesNotChangeResults(parts: Int) {
        let inputs = FormulaInputs(count: 997)
        var single = [FormulaResult](repeating: .zero, count: inputs.count)
        var split = single
        let one = FormulaCalculators.suzhou2011.evaluate(inputs, into: &single, parts: 1)
        let many = FormulaCalculators.suzhou2011.evaluate(inputs, into: &split, parts: parts)
        #expect(one == many)
        #expect(single == split)
    }

    @Test func calculatorsFollowAScenario() throws {
        let year = Period.year(2025)
        let scenario = Scenario(
            name: "200", overrides: [.init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200))])
        let calculators = try FormulaCalculators(ParameterValues(packs: [.suzhou2011], scenario: scenario, for: year))
        #expect(calculators.activityFund.floor(members: 283) == Money(yuan: 56_600))
        let baseline = try FormulaCalculators(ParameterValues(packs: [.suzhou2011], scenario: nil, for: year))
        #expect(baseline == .suzhou2011)
    }
}
