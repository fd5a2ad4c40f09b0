/// The local average urban wage (当地城镇职工平均工资) of a year, the base of the pay floors of SZ2011 art. 9.
public struct AverageWage: Sendable, Hashable, Codable {
    /// The year the average is for.
    public var year: Int
    /// The yearly average wage.
    public var amount: Money

    /// Creates a yearly average wage.
    public init(year: Int, amount: Money) {
        self.year = year
        self.amount = amount
    }
}
