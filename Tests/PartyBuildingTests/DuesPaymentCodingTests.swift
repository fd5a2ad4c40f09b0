import Foundation
import PartyBuilding
import Testing

/// A dues payment keeps its base packed in one word; every base reads back as written, and JSON
/// round-trips.
@Suite("Dues payments in JSON")
struct DuesPaymentCodingTests {
    static let bases: [DuesBase] =
        [.wage(Money(fen: 650_000)), .wage(.zero), .wage(Money(fen: -1)), .pension(Money(fen: 420_001))]
        + [.wage(DuesPayment.baseLimit), .pension(Money(fen: -DuesPayment.baseLimit.fen))]
        + DuesBase.FlatCategory.allCases.map(DuesBase.flat)

    @Test(arguments: bases)
    func theBaseReadsBackAsWritten(base: DuesBase) throws {
        let month = try CalendarMonth(year: 2025, month: 3)
        var payment = DuesPayment(month: month, base: .flat(.student), amount: Money(fen: 20), paidOn: month.firstDay)
        payment.base = base
        #expect(payment.base == base)
        let json = try JSONEncoder().encode(payment)
        #expect(try JSONDecoder().decode(DuesPayment.self, from: json) == payment)
    }

    @Test func theJSONNamesEveryField() throws {
        let json = #"{"month":"2025-01","base":{"wage":6500},"amount":97.5,"paidOn":"2025-01-10"}"#
        let payment = try JSONDecoder().decode(DuesPayment.self, from: Data(json.utf8))
        #expect(payment.base == .wage(Money(yuan: 6_500)))
        #expect(payment.amount == Money(fen: 9_750))
        #expect(payment.paidOn == CalendarDate(known: 2025, 1, 10))
    }

    @Test func aBaseBeyondTheLimitIsRejected() {
        let json = #"{"month":"2025-01","base":{"pension":50000000000000000},"amount":1,"paidOn":"2025-01-10"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DuesPayment.self, from: Data(json.utf8)) }
    }
}
