/// The least pay of a community's full-time staff and of its Party secretary (SZ2011 art. 9).
///
/// The clauses: ``SZ2011/Clauses/staffPay`` and ``SZ2011/Clauses/secretaryPay``.
///
/// Floors are rounded up to the fen; the `meets…` checks compare exactly.
///
/// ```swift
/// PayFloors.suzhou2011.secretaryFloor(lastYearAverageWage: Money(yuan: 100_000))   // 120,000.00 CNY
/// ```
public struct PayFloors: Sendable, Hashable {
    /// The staff's floor as a multiple of last year's local average urban wage (1.0×).
    public var staffMultiple: Ratio
    /// The secretary's floor as a multiple of last year's local average urban wage (1.2×).
    public var secretaryMultiple: Ratio

    /// Creates the calculator from its multiples.
    public init(staffMultiple: Ratio, secretaryMultiple: Ratio) {
        self.staffMultiple = staffMultiple
        self.secretaryMultiple = secretaryMultiple
    }

    /// The calculator with the parameter values in force for the period being bound.
    public init(_ parameters: ParameterReader) throws(ParameterError) {
        self.init(
            staffMultiple: try parameters[SZ2011.Parameters.staffPayMultiple],
            secretaryMultiple: try parameters[SZ2011.Parameters.secretaryPayMultiple])
    }

    /// The opinion's own multiples: 1.0× and 1.2×.
    public static let suzhou2011 = PayFloors(staffMultiple: .one, secretaryMultiple: Ratio(6, 5))

    /// The least average pay of the full-time staff, rounded up to the fen.
    @inlinable
    public func staffFloor(lastYearAverageWage wage: Money) -> Money {
        wage.multiplied(by: staffMultiple, rounding: .up)
    }

    /// The least pay of the secretary, rounded up to the fen.
    @inlinable
    public func secretaryFloor(lastYearAverageWage wage: Money) -> Money {
        wage.multiplied(by: secretaryMultiple, rounding: .up)
    }

    /// Whether the staff's average pay, `totalPay / staff`, is not below (不低于) the floor, exactly.
    @inlinable
    public func meetsStaffFloor(totalPay: Money, staff: Int, lastYearAverageWage wage: Money) -> Bool {
        staffMultiple.compare(totalPay.fen, timesBase: wage.fen * Int64(staff)) >= 0
    }

    /// Whether the secretary's pay is not below (不低于) the floor, exactly.
    @inlinable
    public func meetsSecretaryFloor(pay: Money, lastYearAverageWage wage: Money) -> Bool {
        secretaryMultiple.compare(pay.fen, timesBase: wage.fen) >= 0
    }
}
