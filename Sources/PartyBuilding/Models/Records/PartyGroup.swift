/// A Party group (党小组) of a branch, with its leader and members.
///
/// `NAT.meetings.group`: "党小组会一般每月召开1次", per group.
public struct PartyGroup: Sendable, Hashable, Codable, Identifiable {
    /// The group's ID, unique within its community.
    public var id: PartyGroupID
    /// The branch the group belongs to.
    public var organisationID: OrganisationID
    /// The group's name, for example `3号楼党小组`.
    public var name: String
    /// The group leader (党小组长), when recorded.
    public var leaderID: MemberID?
    /// The group's members.
    public var memberIDs: [MemberID]
    /// The day the group was set up, when recorded; no meeting is due before it.
    public var founded: CalendarDate?

    /// Creates a Party group.
    public init(
        id: PartyGroupID, organisationID: OrganisationID, name: String, leaderID: MemberID? = nil,
        memberIDs: [MemberID] = [], founded: CalendarDate? = nil
    ) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.leaderID = leaderID
        self.memberIDs = memberIDs
        self.founded = founded
    }

    private enum CodingKeys: String, CodingKey { case id, organisationID, name, leaderID, memberIDs, founded }

    /// Decodes a group; `memberIDs` may be omitted (empty).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(PartyGroupID.self, forKey: .id)
        organisationID = try container.decode(OrganisationID.self, forKey: .organisationID)
        name = try container.decode(String.self, forKey: .name)
        leaderID = try container.decodeIfPresent(MemberID.self, forKey: .leaderID)
        memberIDs = try container.decode([MemberID].self, forKey: .memberIDs, default: [])
        founded = try container.decodeIfPresent(CalendarDate.self, forKey: .founded)
    }
}
