/// The ID of a ``ResidentUnit``.
public typealias ResidentUnitID = Identifier<ResidentUnit>

/// An enterprise, institution or social organisation in the community (驻区单位), with its members and
/// how it is covered by a Party organisation.
///
/// SZ2011 art. 3: "加强社区内非公有制经济组织、社会组织党组织组建工作"; DG: "辖区内有9家企事业单位，在册党员49人".
public struct ResidentUnit: Sendable, Hashable, Codable, Identifiable {
    /// The unit's ID, unique within its community.
    public var id: ResidentUnitID
    /// Its name.
    public var name: String
    /// What kind of unit it is.
    public var kind: Kind
    /// Its registered members (在册党员), when recorded.
    public var members: Int?
    /// Its formal members among them, when recorded: 3 or more need an organisation of their own.
    public var formalMembers: Int?
    /// The name of the unit's own Party organisation, when it has one (it need not be under the
    /// community's).
    public var ownOrganisation: String?
    /// The joint branch (联合党支部) of the community that covers it, when one does.
    public var jointOrganisationID: OrganisationID?
    /// The Party-building instructor (党建工作指导员) assigned to it, when one is.
    public var instructor: String?

    /// Creates a unit.
    public init(
        id: ResidentUnitID, name: String, kind: Kind, members: Int? = nil, formalMembers: Int? = nil,
        ownOrganisation: String? = nil, jointOrganisationID: OrganisationID? = nil, instructor: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.members = members
        self.formalMembers = formalMembers
        self.ownOrganisation = ownOrganisation
        self.jointOrganisationID = jointOrganisationID
        self.instructor = instructor
    }

    /// A kind of unit.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 非公有制经济组织: a non-public enterprise.
        case nonPublicEnterprise
        /// 社会组织: a social organisation.
        case socialOrganisation
        /// 企事业单位 of the public sector: an enterprise or institution, outside "two new" coverage.
        case publicUnit

        /// Whether SZ2011 art. 3's coverage of the "two new" organisations concerns it.
        public var isTwoNew: Bool { self != .publicUnit }
    }
}
