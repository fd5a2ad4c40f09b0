/// How many of the members the community's organisation trained in a year (培训面).
///
/// DG: "利用党员远程教育平台……开展了辖区党员的培训教育，培训面达95%以上".
public struct TrainingCoverage: Sendable, Hashable, Codable {
    /// The year.
    public var year: Int
    /// The members to be trained.
    public var members: Int
    /// How many of them were trained: at most ``members``.
    public var trained: Int

    /// Creates a coverage record.
    public init(year: Int, members: Int, trained: Int) {
        self.year = year
        self.members = members
        self.trained = trained
    }
}
