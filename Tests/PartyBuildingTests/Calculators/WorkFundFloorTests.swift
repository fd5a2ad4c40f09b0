import PartyBuilding
import Testing

/// ``WorkFundFloor``: 社区工作经费按不低于20元/人·年的标准核拨 (SZ2011 art. 19).
@Suite("WorkFundFloor")
struct WorkFundFloorTests {
    @Test("20 CNY a person", arguments: [(0, 0), (1, 20), (7393, 147_860), (10_000, 200_000)])
    func suzhou2011(population: Int, yuan: Int) {
        #expect(WorkFundFloor.suzhou2011.floor(population: population) == Money(yuan: yuan))
    }

    @Test("the population base: residents, or registered residents falling back to residents")
    func populationBase() {
        var community = Fixture.community()
        community.residents = 7393
        #expect(WorkFundFloor.suzhou2011.population(of: community) == 7393)
        let registered = WorkFundFloor(perPerson: Money(yuan: 20), populationBase: .registered)
        #expect(registered.population(of: community) == 7393)
        community.registeredResidents = 6000
        #expect(registered.population(of: community) == 6000)
        #expect(WorkFundFloor.suzhou2011.population(of: community) == 7393)
    }

    @Test("the calculator reads the parameters in force; an unknown population base is a typed error")
    func fromParameters() throws {
        let date = CalendarDate("2025-06-30")
        #expect(
            try WorkFundFloor(ParameterReader(ParameterValues(packs: [.suzhou2011], scenario: nil, for: .day(date))))
                == .suzhou2011)
        let scenario = Scenario(
            name: "bad", overrides: [.init(SZ2011.Parameters.workFundPopulationBase, value: "everyone")])
        let values = try ParameterReader(ParameterValues(packs: [.suzhou2011], scenario: scenario, for: .day(date)))
        #expect(throws: ParameterError.self) { try WorkFundFloor(values) }
    }

    @Test("a whole city does not overflow: 13,000,000 residents → 260,000,000 CNY")
    func cityWide() {
        #expect(WorkFundFloor.suzhou2011.floor(population: 13_000_000) == Money(yuan: 260_000_000))
    }
}
