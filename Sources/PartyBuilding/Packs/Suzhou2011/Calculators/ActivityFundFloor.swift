/// The least activity funds a community's Party organisation is granted a year (SZ2011 art. 19).
///
/// The clause: ``SZ2011/Clauses/activityFund``.
///
/// The floor is `perMember × members`, and at least `minimum` when a community has fewer (少于, exclusive)
/// than `smallCommunityMembers` members. The small-community minimum only ever raises the floor: with
/// the opinion's figures a 99-member community gets 15,000 CNY (150 × 99 = 14,850), and under a
/// scenario of 200 CNY per member it gets 19,800 CNY, never less than a larger rate gives.
///
/// ```swift
/// ActivityFundFloor.suzhou2011.floor(members: 80)    // 15,000.00 CNY (东关社区)
/// ActivityFundFloor.suzhou2011.floor(members: 101)   // 15,150.00 CNY
/// ```
public struct ActivityFundFloor: Sendable, Hashable {
    /// Funds per member a year (150 CNY).
    public var perMember: Money
    /// Communities with fewer members than this get at least ``minimum`` (100).
    public var smallCommunityMembers: Int
    /// The small communities' minimum (15,000 CNY).
    public var minimum: Money

    /// Creates the calculator from its figures.
    public init(perMember: Money, smallCommunityMembers: Int, minimum: Money) {
        self.perMember = perMember
        self.smallCommunityMembers = smallCommunityMembers
        self.minimum = minimum
    }

    /// The calculator with the parameter values in force for the period being bound.
    public init(_ parameters: ParameterReader) throws(ParameterError) {
        self.init(
            perMember: try parameters[SZ2011.Parameters.activityFundPerMember],
            smallCommunityMembers: try parameters[SZ2011.Parameters.activityFundSmallCommunity],
            minimum: try parameters[SZ2011.Parameters.activityFundMinimum])
    }

    /// The opinion's own figures: 150 CNY a member, at least 15,000 CNY below 100 members.
    public static let suzhou2011 = ActivityFundFloor(
        perMember: Money(yuan: 150), smallCommunityMembers: 100, minimum: Money(yuan: 15_000))

    /// The least yearly activity funds for a community whose organisation holds `members` members:
    /// exact for every rate and count that ``ValidationLimits`` admit.
    @inlinable
    public func floor(members: Int) -> Money {
        let proportional = Money(fen: perMember.fen * Int64(members))
        guard Bound.lessThan.admits(members, smallCommunityMembers) else { return proportional }
        return max(proportional, minimum)
    }
}
