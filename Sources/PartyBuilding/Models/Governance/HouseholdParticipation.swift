/// How many households took part in a campaign of a year, such as 平安家庭创建.
///
/// DG: "我社区创建家庭达到1273户".
public struct HouseholdParticipation: Sendable, Hashable, Codable {
    /// The year.
    public var year: Int
    /// The campaign, for example `平安家庭创建`.
    public var campaign: String
    /// The households that took part: at most the community's households.
    public var households: Int

    /// Creates a participation record.
    public init(year: Int, campaign: String, households: Int) {
        self.year = year
        self.campaign = campaign
        self.households = households
    }
}
