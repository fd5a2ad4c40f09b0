/// The ID of a ``Grid``.
public typealias GridID = Identifier<Grid>

/// A grid of the community's grid-based Party-building management (网格化管理): one of four levels,
/// with its leader (格长、联络员), its people, and the branch or Party group built on it.
///
/// GRID: "社区基层党建分为四级网格：一级网格，XX党工委书记、XXX挂钩社区领导、社区党总支书记。二级网格，各社区
/// 总支委员。三级网格，各党支部书记、委员。四级网格，社区全体党员……每个网格确定格长（联络员）1名";
/// `NAT.grid`: "将党支部或党小组建在网格上".
public struct Grid: Sendable, Hashable, Codable, Identifiable {
    /// The grid's ID, unique within its community.
    public var id: GridID
    /// The level, 1 (the street working committee's secretary, the linked leader and the
    /// general-branch secretary) to 4 (all members).
    public var level: Int
    /// The grid's name, for example `东片第三网格`.
    public var name: String
    /// The grid of the level above it, for levels 2 to 4, when recorded.
    public var parentID: GridID?
    /// The grid's leaders (格长) as recorded: the rule wants exactly one.
    public var leaders: [GridLeader]
    /// The members of the community in the grid.
    public var memberIDs: [MemberID]
    /// The branch built on the grid, when there is one.
    public var organisationID: OrganisationID?
    /// The Party group built on the grid, when there is one.
    public var partyGroupID: PartyGroupID?
    /// The day the grid was set up, when recorded; nothing is due before it.
    public var established: CalendarDate?

    /// Creates a grid.
    public init(
        id: GridID, level: Int, name: String, parentID: GridID? = nil, leaders: [GridLeader] = [],
        memberIDs: [MemberID] = [], organisationID: OrganisationID? = nil, partyGroupID: PartyGroupID? = nil,
        established: CalendarDate? = nil
    ) {
        self.id = id
        self.level = level
        self.name = name
        self.parentID = parentID
        self.leaders = leaders
        self.memberIDs = memberIDs
        self.organisationID = organisationID
        self.partyGroupID = partyGroupID
        self.established = established
    }

    /// The lowest level, of all members.
    public static let memberLevel = 4

    private enum CodingKeys: String, CodingKey {
        case id, level, name, parentID, leaders, memberIDs, organisationID, partyGroupID, established
    }

    /// Decodes a grid; `leaders` and `memberIDs` may be omitted (empty).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(GridID.self, forKey: .id)
        level = try container.decode(Int.self, forKey: .level)
        name = try container.decode(String.self, forKey: .name)
        parentID = try container.decodeIfPresent(GridID.self, forKey: .parentID)
        leaders = try container.decode([GridLeader].self, forKey: .leaders, default: [])
        memberIDs = try container.decode([MemberID].self, forKey: .memberIDs, default: [])
        organisationID = try container.decodeIfPresent(OrganisationID.self, forKey: .organisationID)
        partyGroupID = try container.decodeIfPresent(PartyGroupID.self, forKey: .partyGroupID)
        established = try container.decodeIfPresent(CalendarDate.self, forKey: .established)
    }
}

/// The leader of a grid (格长、联络员): a member of the community, or someone from outside it (a first-level
/// grid is led by the street working committee's secretary or a linked leader).
public struct GridLeader: Sendable, Hashable, Codable {
    /// The leader's name, as the records give it.
    public var name: String
    /// The leader's member record in the community, when the leader has one.
    public var memberID: MemberID?

    /// Creates a grid leader.
    public init(name: String, memberID: MemberID? = nil) {
        self.name = name
        self.memberID = memberID
    }
}
