/// A member's score for a year under a community's points-based assessment (积分制考核).
///
/// SZ2011 art. 13: "积极探索对党员参加教育培训和党组织活动实行积分制考核工作".
public struct PointsAssessment: Sendable, Hashable, Codable {
    /// The member assessed.
    public var memberID: MemberID
    /// The year assessed.
    public var year: Int
    /// The points the member earned.
    public var points: Int

    /// Creates an assessment record.
    public init(memberID: MemberID, year: Int, points: Int) {
        self.memberID = memberID
        self.year = year
        self.points = points
    }
}
