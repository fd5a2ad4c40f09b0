/// The election of an organisation's committee (换届选举): when, whom, and for how long.
///
/// 中办《关于党的基层组织任期的意见》(2018) 一: "村和社区党的委员会、总支部委员会、支部委员会每届任期为5年".
/// An organisation's last election is derived from these records (``Community/lastElection(of:)``).
public struct CommitteeElection: Sendable, Hashable, Codable {
    /// The organisation whose committee was elected.
    public var organisationID: OrganisationID
    /// The day of the election.
    public var date: CalendarDate
    /// The members elected to the committee (a branch without a committee elects its secretary alone).
    public var committeeMemberIDs: [MemberID]
    /// The term in years the committee was elected for.
    public var termYears: Int

    /// Creates an election record; the term is five years unless stated.
    public init(
        organisationID: OrganisationID, date: CalendarDate, committeeMemberIDs: [MemberID] = [], termYears: Int = 5
    ) {
        self.organisationID = organisationID
        self.date = date
        self.committeeMemberIDs = committeeMemberIDs
        self.termYears = termYears
    }

    /// The last day of the term: the day before the anniversary `termYears` years after the election.
    public var termEnds: CalendarDate {
        date.adding(years: termYears).adding(days: -1) ?? .earliest
    }

    private enum CodingKeys: String, CodingKey { case organisationID, date, committeeMemberIDs, termYears }

    /// Decodes an election; `committeeMemberIDs` may be omitted (empty) and `termYears` (5).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        organisationID = try container.decode(OrganisationID.self, forKey: .organisationID)
        date = try container.decode(CalendarDate.self, forKey: .date)
        committeeMemberIDs = try container.decode([MemberID].self, forKey: .committeeMemberIDs, default: [])
        termYears = try container.decode(Int.self, forKey: .termYears, default: 5)
    }
}
