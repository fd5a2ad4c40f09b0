/// The ID of a ``ResidentialCompound``.
public typealias CompoundID = Identifier<ResidentialCompound>

/// A residential compound of the community (小区、院落) with its buildings, and the branch and Party
/// groups built in them.
///
/// MY: "在商住小区、'三无小区'及老旧院落建立健全小区党支部、楼栋党小组".
public struct ResidentialCompound: Sendable, Hashable, Codable, Identifiable {
    /// The compound's ID, unique within its community.
    public var id: CompoundID
    /// Its name, for example `东关大街12号院`.
    public var name: String
    /// What kind of compound it is.
    public var kind: Kind
    /// The compound's branch (小区党支部), when there is one.
    public var organisationID: OrganisationID?
    /// Its buildings.
    public var buildings: [Building]

    /// Creates a compound.
    public init(
        id: CompoundID, name: String, kind: Kind, organisationID: OrganisationID? = nil, buildings: [Building] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.organisationID = organisationID
        self.buildings = buildings
    }

    /// A kind of compound MY names.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 商住小区: a commercial residential compound.
        case commercial
        /// "三无小区": a compound without a management body, property service or owners' committee.
        case unmanaged
        /// 老旧院落: an old courtyard.
        case oldCourtyard
        /// Another compound.
        case other
    }

    /// A building (楼栋) of a compound.
    public struct Building: Sendable, Hashable, Codable {
        /// The building's name, for example `3号楼`.
        public var name: String
        /// The building's Party group (楼栋党小组), when there is one.
        public var partyGroupID: PartyGroupID?

        /// Creates a building.
        public init(name: String, partyGroupID: PartyGroupID? = nil) {
            self.name = name
            self.partyGroupID = partyGroupID
        }
    }
}
