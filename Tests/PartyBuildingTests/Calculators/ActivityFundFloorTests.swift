import Foundation
import PartyBuilding
import Testing

/// ``ActivityFundFloor``: 每名党员每年不低于150元，少于100名党员的社区按不低于1.5万元 (SZ2011 art. 19).
@Suite("ActivityFundFloor")
struct ActivityFundFloorTests {
    @Test(
        "150 CNY a member, at least 15,000 CNY below 100 members",
        arguments: [
            (0, Money(yuan: 15_000)), (1, Money(yuan: 15_000)), (80, Money(yuan: 15_000)), (99, Money(yuan: 15_000)),
            (100, Money(yuan: 15_000)), (101, Money(yuan: 15_150)), (1_000, Money(yuan: 150_000)),
        ])
    func suzhou2011(members: Int, floor: Money) {
        #expect(ActivityFundFloor.suzhou2011.floor(members: members) == floor)
    }

    @Test(
        "under 200 CNY a member the minimum only ever raises the floor",
        arguments: [(74, 15_000), (75, 15_000), (76, 15_200), (99, 19_800), (100, 20_000)])
    func twoHundredPerMember(members: Int, yuan: Int) {
        let floor = ActivityFundFloor(
            perMember: Money(yuan: 200), smallCommunityMembers: 100, minimum: Money(yuan: 15_000))
        #expect(floor.floor(members: members) == Money(yuan: yuan))
    }

    @Test("the calculator reads the parameters in force, and a scenario's")
    func fromParameters() throws {
        let date = CalendarDate("2025-06-30")
        let values = try ParameterReader(ParameterValues(packs: [.suzhou2011], scenario: nil, for: .day(date)))
        #expect(try ActivityFundFloor(values) == .suzhou2011)
        let scenario = try ParameterReader(
            ParameterValues(packs: [.suzhou2011], scenario: Fixture.twoHundredPerMember, for: .day(date)))
        #expect(try ActivityFundFloor(scenario).floor(members: 120) == Money(yuan: 24_000))
    }

    @Test("a fractional rate stays exact: 150.01 CNY × 101 = 15,151.01 CNY")
    func fractionalRate() throws {
        let floor = ActivityFundFloor(
            perMember: try Money(yuan: Decimal(string: "150.01")!), smallCommunityMembers: 100,
            minimum: Money(yuan: 15_000))
        #expect(floor.floor(members: 101) == Money(yuan: 15_151, fen: 1))
    }

    @Test("a city-wide count of members does not overflow: 5,000,000 members → 750,000,000 CNY")
    func cityWide() {
        #expect(ActivityFundFloor.suzhou2011.floor(members: 5_000_000) == Money(yuan: 750_000_000))
    }
}
