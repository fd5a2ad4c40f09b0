import PartyBuilding
import Testing

/// ``PayFloors``: staff not below last year's local average wage, the secretary not below 1.2 × it
/// (SZ2011 art. 9). Floors round up to the fen; checks are exact.
@Suite("PayFloors")
struct PayFloorsTests {
    let floors = PayFloors.suzhou2011

    @Test("1.2 × 100,000 CNY is 120,000 CNY; the check is exact at the bound and one fen below")
    func secretary() {
        let wage = Money(yuan: 100_000)
        #expect(floors.secretaryFloor(lastYearAverageWage: wage) == Money(yuan: 120_000))
        #expect(floors.meetsSecretaryFloor(pay: Money(yuan: 120_000), lastYearAverageWage: wage))
        #expect(!floors.meetsSecretaryFloor(pay: Money(yuan: 119_999, fen: 99), lastYearAverageWage: wage))
    }

    @Test("1.2 × 100,000.01 CNY = 120,000.012 CNY: shown as 120,000.02, and 120,000.01 falls short")
    func secretaryRoundsUp() {
        let wage = Money(yuan: 100_000, fen: 1)
        #expect(floors.secretaryFloor(lastYearAverageWage: wage) == Money(yuan: 120_000, fen: 2))
        #expect(!floors.meetsSecretaryFloor(pay: Money(yuan: 120_000, fen: 1), lastYearAverageWage: wage))
        #expect(floors.meetsSecretaryFloor(pay: Money(yuan: 120_000, fen: 2), lastYearAverageWage: wage))
    }

    @Test("the staff's average is compared exactly: 3 staff need 3 × the wage in total")
    func staff() {
        let wage = Money(yuan: 100_000)
        #expect(floors.staffFloor(lastYearAverageWage: wage) == wage)
        #expect(floors.meetsStaffFloor(totalPay: Money(yuan: 300_000), staff: 3, lastYearAverageWage: wage))
        #expect(!floors.meetsStaffFloor(totalPay: Money(yuan: 299_999, fen: 99), staff: 3, lastYearAverageWage: wage))
    }

    @Test("a whole city's staff does not overflow: 20,000 staff at 150,000 CNY")
    func cityWide() {
        let wage = Money(yuan: 150_000)
        let total = Money(yuan: 150_000) * 20_000
        #expect(floors.meetsStaffFloor(totalPay: total, staff: 20_000, lastYearAverageWage: wage))
        #expect(!floors.meetsStaffFloor(totalPay: total - Money(fen: 1), staff: 20_000, lastYearAverageWage: wage))
    }

    @Test("the calculator reads the parameters in force")
    func fromParameters() throws {
        let values = try ParameterReader(
            ParameterValues(packs: [.suzhou2011], scenario: nil, for: .day(CalendarDate("2025-01-01"))))
        #expect(try PayFloors(values) == .suzhou2011)
    }
}
