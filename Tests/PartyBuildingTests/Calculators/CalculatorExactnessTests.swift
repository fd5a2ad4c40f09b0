import Foundation
import PartyBuilding
import Testing

/// The calculators hold and compute only exact values: no `Double` or `Float` anywhere in them, and
/// decimal figures that binary floating point cannot hold stay exact.
@Suite("Calculator exactness")
struct CalculatorExactnessTests {
    /// Whether a value holds binary floating point, looking through its stored properties.
    func holdsFloatingPoint(_ value: Any) -> Bool {
        if value is Double || value is Float { return true }
        return Mirror(reflecting: value).children.contains { holdsFloatingPoint($0.value) }
    }

    @Test("no calculator stores binary floating point")
    func noFloatingPoint() {
        let calculators: [Any] = [
            ActivityFundFloor.suzhou2011, WorkFundFloor.suzhou2011, CostSplit.suzhou2011, SpaceFloors.suzhou2011,
            PayFloors.suzhou2011, OrganisationFormPermission.suzhou2011,
            AgeDistribution([Fixture.worker("W-1")], on: Fixture.auditDate),
        ]
        for calculator in calculators {
            #expect(!holdsFloatingPoint(calculator), "\(type(of: calculator))")
        }
    }

    @Test("0.10 CNY a member × 3 is 0.30 CNY exactly (0.1 × 3 ≠ 0.3 in Double)")
    func decimalRate() throws {
        let floor = ActivityFundFloor(
            perMember: try Money(yuan: Decimal(string: "0.1")!), smallCommunityMembers: 0, minimum: .zero)
        #expect(floor.floor(members: 3) == (try Money(yuan: Decimal(string: "0.3")!)))
    }

    @Test("money finer than a fen, and area finer than 0.01 m², are rejected rather than rounded")
    func subUnitRejected() {
        #expect(throws: ValueError.self) { try Money(yuan: Decimal(string: "14999.999")!) }
        #expect(throws: ValueError.self) { try Area(squareMetres: Decimal(string: "30.001")!) }
    }

    @Test("a required minimum shown is rounded up: 1/3 of 0.01 m² is shown as 0.01 m², 30% of 1 fen as 1 fen")
    func smallestUnits() {
        #expect(
            SpaceFloors.suzhou2011.partyUse(forRoomArea: Area(hundredthsOfSquareMetre: 1))
                == Area(hundredthsOfSquareMetre: 1))
        #expect(Money(fen: 1).multiplied(by: Ratio(3, 10), rounding: .up) == Money(fen: 1))
        #expect(PayFloors.suzhou2011.secretaryFloor(lastYearAverageWage: Money(fen: 1)) == Money(fen: 2))
    }
}
