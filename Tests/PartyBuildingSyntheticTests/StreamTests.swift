import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// The portable recipe gives the issue's figures and values computed by an independent implementation.
@Suite struct StreamTests {
    @Test func firstMemberCountsAreTheIssues() {
        let members = CityStream.members.stream(seed: SyntheticStream.defaultSeed)
        #expect((0..<3).map { members.value(at: $0, in: 0...400) } == [42, 96, 283])
    }

    @Test func formulaInputsFollowStreamsZeroToFour() {
        let inputs = FormulaInputs(count: 3)
        #expect(inputs.count == 3)
        #expect(inputs.members == [42, 96, 283])
        #expect(inputs.residents == [28539, 6896, 20059])
        #expect(inputs.residentialFloorArea == [210_469, 44887, 264_191])
        #expect(inputs.averageWage == [113_016, 64031, 116_791])
        #expect(inputs.staffAveragePay == [60450, 71540, 113_983])
    }

    @Test func streamsAndSeedsAreIndependent() {
        let first = SyntheticStream(seed: 1, number: 0)
        #expect(first.bits(at: 0) != SyntheticStream(seed: 1, number: 1).bits(at: 0))
        #expect(first.bits(at: 0) != SyntheticStream(seed: 2, number: 0).bits(at: 0))
        #expect(first.bits(at: 0) == SyntheticStream(seed: 1, number: 0).bits(at: 0))
    }

    @Test func valuesStayInTheirRange() {
        let stream = SyntheticStream(seed: 7, number: 3)
        for index in 0..<1000 { #expect((5...9).contains(stream.value(at: index, in: 5...9))) }
        #expect(stream.value(at: 0, in: 4...4) == 4)
    }
}
