/// The part of a year's work funds earmarked for the Party organisation's office (党组织办公经费).
///
/// SZ2011 art. 19: "其中，要注意安排一定比例作为党组织办公经费".
public struct OfficeFundShare: Sendable, Hashable, Codable {
    /// The year of the work funds.
    public var year: Int
    /// The amount earmarked: part of that year's work funds.
    public var amount: Money

    /// Creates an earmarked share.
    public init(year: Int, amount: Money) {
        self.year = year
        self.amount = amount
    }
}
