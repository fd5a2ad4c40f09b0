/// How the funds of 平江区, 沧浪区 and 金阊区 are shared between the city and the district (SZ2011 art. 19).
///
/// The clause: ``SZ2011/Clauses/costSplit``.
///
/// The three districts merged into 姑苏区 on 2012-10-26, so the split's parameters are in force from
/// 2011-06-24 to 2012-10-25.
///
/// ```swift
/// CostSplit.suzhou2011.split(Money(yuan: 100_000))   // (city: 30,000.00, district: 70,000.00)
/// ```
public struct CostSplit: Sendable, Hashable {
    /// The city's share (30%).
    public var cityShare: Ratio
    /// The district's share (70%).
    public var districtShare: Ratio

    /// Creates the calculator from its shares.
    public init(cityShare: Ratio, districtShare: Ratio) {
        self.cityShare = cityShare
        self.districtShare = districtShare
    }

    /// The calculator with the parameter values in force for the period being bound.
    public init(_ parameters: ParameterReader) throws(ParameterError) {
        self.init(
            cityShare: try parameters[SZ2011.Parameters.citySplitShare],
            districtShare: try parameters[SZ2011.Parameters.districtSplitShare])
    }

    /// The opinion's own shares: 30% and 70%.
    public static let suzhou2011 = CostSplit(cityShare: Ratio(3, 10), districtShare: Ratio(7, 10))

    /// The city's and the district's parts of an amount: the city's part rounded to the nearest fen,
    /// the district paying the rest, so that the parts add up to the amount exactly.
    public func split(_ amount: Money) -> (city: Money, district: Money) {
        let city = amount.multiplied(by: cityShare, rounding: .halfUp)
        return (city, amount - city)
    }
}
