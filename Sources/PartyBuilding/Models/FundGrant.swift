/// Money granted to a community for a year, by purpose and by who pays (SZ2011 art. 18–19).
public struct FundGrant: Sendable, Hashable, Codable {
    /// The budget year the grant is for.
    public var year: Int
    /// What the money is for.
    public var purpose: Purpose
    /// Which level of government or other party pays it.
    public var source: Source
    /// The amount.
    public var amount: Money

    /// Creates a fund grant.
    public init(year: Int, purpose: Purpose, source: Source, amount: Money) {
        self.year = year
        self.purpose = purpose
        self.source = source
        self.amount = amount
    }

    /// What a grant is for.
    public enum Purpose: String, Sendable, Hashable, Codable, CaseIterable {
        /// Community work funds (社区工作经费), SZ2011 art. 19.
        case work
        /// The part of the work funds earmarked for the Party organisation's office (党组织办公经费);
        /// counts towards the work funds.
        case partyOffice
        /// The Party organisation's activity funds (社区党组织活动经费), SZ2011 art. 19.
        case activity
    }

    /// Who pays a grant.
    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// The city's own budget (市本级财政).
        case city
        /// The district's or county-level city's budget (区、县级市财政).
        case district
        /// The street (街道).
        case street
        /// Donations, sponsorship or units' help (社会赞助、捐助).
        case other
        /// A grant whose paying level the records do not give (来源未记录), such as a spreadsheet's
        /// total: it counts towards the fund's amount, and a rule about who pays cannot be checked.
        case unspecified
    }
}
