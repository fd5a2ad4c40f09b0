/// An urban community (社区) with everything the rules look at: its size, floor areas and rooms,
/// funds, Party organisations, members, workers and the exceptions approved for it.
///
/// A `Community` is the unit that stores save and load, and that an ``Auditor`` checks.
///
/// A figure the records do not give is `nil`, not zero: a rule that needs it reports that it cannot
/// be checked (an information finding) instead of judging a zero. A list of records (members,
/// meetings …) is the records kept; an empty list means none were kept.
/// Build one in code or decode it from the interchange format (`Documentation/InterchangeFormat.md`).
///
/// ```swift
/// var community = Community(id: "DG", name: "东关社区", district: "城中区")
/// community.households = 2145
/// community.residents = 7393
/// ```
public struct Community: Sendable, Hashable, Codable, Identifiable {
    /// The community's stable ID.
    public var id: CommunityID
    /// The community's name, for example `东关社区`.
    public var name: String
    /// The district or county-level city (区, 县级市) the community belongs to, as named in rules
    /// such as `SZ2011.19.cost-split` (for example `平江区`).
    public var district: String
    /// The street (街道) the community belongs to, if recorded.
    public var street: String?
    /// Whether the community is built and in use, or still being planned (SZ2011 art. 15 treats a
    /// planned community below the space ratios differently from an existing one).
    public var development: Development?
    /// The number of households (户).
    public var households: Int?
    /// The number of residents (常住人口), the default population base of the work fund.
    public var residents: Int?
    /// The number of registered residents (户籍人口), when recorded; used as the work fund's population
    /// base when the parameter `SZ2011.19.work-fund.population-base` says so.
    public var registeredResidents: Int?
    /// The above-ground residential floor area (住宅地面建筑面积), the base of the space ratios.
    public var residentialFloorArea: Area?
    /// Whether this is a concentrated resettlement area (集中安置居住区), SZ2011 art. 3.
    public var isConcentratedResettlement: Bool?
    /// Whether the community has its own management service centre (社区管理服务中心), SZ2011 art. 3.
    public var hasManagementServiceCentre: Bool?
    /// The residents' committees (居民委员会) under the community, or `nil` when the records do not
    /// list them (an empty list records that there are none).
    public var residentsCommittees: [ResidentsCommittee]?
    /// The community service space (社区服务用房), SZ2011 art. 15.
    public var serviceSpace: Area?
    /// The work-and-activity rooms (工作活动用房), part of the service space.
    public var workAndActivityRoomArea: Area?
    /// The part of the work-and-activity rooms used by the Party organisation and members.
    public var partyUseArea: Area?
    /// A plan that brings an existing community's space up to the ratios (已建而未达到要求的逐步建设到位).
    public var spaceRemediationPlan: RemediationPlan?
    /// Funds granted to the community, by year, purpose and source.
    public var fundGrants: [FundGrant]
    /// The local average urban wage (当地城镇职工平均工资) where the community lies, by year.
    public var localAverageWages: [AverageWage]
    /// The community's Party organisations: the community organisation and those under it.
    public var organisations: [PartyOrganisation]
    /// The Party members living or working in the community, or whose membership it holds.
    public var members: [Member]
    /// The community workers (社区工作者).
    public var workers: [CommunityWorker]
    /// Yearly records of the secretary's qualifications, for `SZ2011.7.secretary-quals-trend`.
    public var secretaryQualifications: [SecretaryQualificationRecord]
    /// Exceptions approved for "in principle" rules (and approvals for forms a "may" rule does not permit).
    public var exceptions: [RuleException]
    /// The meetings the community's organisations held (三会一课 and the rest), SZ2011 art. 11, 13 and 17.
    public var meetings: [Meeting]
    /// The days the secretary received residents, SZ2011 art. 11.
    public var receptionDays: [ReceptionDay]
    /// The elections of the organisations' committees.
    public var elections: [CommitteeElection]
    /// The Party groups (党小组) of the community's branches.
    public var partyGroups: [PartyGroup]
    /// The points-based assessment of members (积分制), where the community keeps one.
    public var pointsAssessments: [PointsAssessment]
    /// The tasks member units claimed at the start of each year (MY).
    public var taskClaims: [TaskClaim]
    /// The area the community covers (辖区占地面积), when recorded: 东关社区's is 0.54 km²
    /// (540,000 m²).
    public var landArea: Area?
    /// How the community is governed: grids, decisions, ledgers, bodies, checklists and the rest.
    public var governance: CommunityGovernance
    /// The people in the pipeline of admission (发展党员), from their application on.
    public var applicants: [Applicant]

    /// Creates a community; every figure starts not recorded (`nil`) and every list empty.
    public init(
        id: CommunityID, name: String, district: String, street: String? = nil,
        development: Development? = nil, households: Int? = nil, residents: Int? = nil,
        registeredResidents: Int? = nil, residentialFloorArea: Area? = nil,
        isConcentratedResettlement: Bool? = nil, hasManagementServiceCentre: Bool? = nil,
        residentsCommittees: [ResidentsCommittee]? = nil, serviceSpace: Area? = nil,
        workAndActivityRoomArea: Area? = nil, partyUseArea: Area? = nil,
        spaceRemediationPlan: RemediationPlan? = nil, fundGrants: [FundGrant] = [],
        localAverageWages: [AverageWage] = [], organisations: [PartyOrganisation] = [],
        members: [Member] = [], workers: [CommunityWorker] = [],
        secretaryQualifications: [SecretaryQualificationRecord] = [], exceptions: [RuleException] = [],
        meetings: [Meeting] = [], receptionDays: [ReceptionDay] = [], elections: [CommitteeElection] = [],
        partyGroups: [PartyGroup] = [], pointsAssessments: [PointsAssessment] = [], taskClaims: [TaskClaim] = [],
        landArea: Area? = nil, governance: CommunityGovernance = CommunityGovernance(), applicants: [Applicant] = []
    ) {
        self.id = id
        self.name = name
        self.district = district
        self.street = street
        self.development = development
        self.households = households
        self.residents = residents
        self.registeredResidents = registeredResidents
        self.residentialFloorArea = residentialFloorArea
        self.isConcentratedResettlement = isConcentratedResettlement
        self.hasManagementServiceCentre = hasManagementServiceCentre
        self.residentsCommittees = residentsCommittees
        self.serviceSpace = serviceSpace
        self.workAndActivityRoomArea = workAndActivityRoomArea
        self.partyUseArea = partyUseArea
        self.spaceRemediationPlan = spaceRemediationPlan
        self.fundGrants = fundGrants
        self.localAverageWages = localAverageWages
        self.organisations = organisations
        self.members = members
        self.workers = workers
        self.secretaryQualifications = secretaryQualifications
        self.exceptions = exceptions
        self.meetings = meetings
        self.receptionDays = receptionDays
        self.elections = elections
        self.partyGroups = partyGroups
        self.pointsAssessments = pointsAssessments
        self.taskClaims = taskClaims
        self.landArea = landArea
        self.governance = governance
        self.applicants = applicants
    }

    /// Whether a community is built or planned.
    public enum Development: String, Sendable, Hashable, Codable, CaseIterable {
        /// Built and in use (已建).
        case existing
        /// Being planned or built (规划建设).
        case planned
    }

    /// The local average urban wage of a year, or `nil` when not recorded.
    public func averageWage(in year: Int) -> Money? {
        localAverageWages.first { $0.year == year }?.amount
    }

    /// The latest election of an organisation's committee, or `nil` when none is recorded.
    public func lastElection(of organisation: OrganisationID) -> CommitteeElection? {
        var latest: CommitteeElection?
        for election in elections where election.organisationID == organisation {
            if latest.map({ election.date >= $0.date }) ?? true { latest = election }
        }
        return latest
    }

    /// The sum of the funds granted in a year for the given purposes.
    public func fundsGranted(in year: Int, for purposes: [FundGrant.Purpose]) -> Money {
        var total = Money.zero
        for grant in fundGrants where grant.year == year && purposes.contains(grant.purpose) {
            total += grant.amount
        }
        return total
    }
}

extension Community {
    private enum CodingKeys: String, CodingKey {
        case id, name, district, street, development, households, residents, registeredResidents, residentialFloorArea,
            isConcentratedResettlement, hasManagementServiceCentre, residentsCommittees, serviceSpace,
            workAndActivityRoomArea, partyUseArea, spaceRemediationPlan, fundGrants, localAverageWages, organisations,
            members, workers, secretaryQualifications, exceptions, meetings, receptionDays, elections, partyGroups,
            pointsAssessments, taskClaims, landArea, governance, applicants
    }

    /// Decodes a community; an omitted figure is not recorded (`nil`), an omitted list is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(CommunityID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        district = try container.decode(String.self, forKey: .district)
        street = try container.decodeIfPresent(String.self, forKey: .street)
        development = try container.decodeIfPresent(Development.self, forKey: .development)
        households = try container.decodeIfPresent(Int.self, forKey: .households)
        residents = try container.decodeIfPresent(Int.self, forKey: .residents)
        registeredResidents = try container.decodeIfPresent(Int.self, forKey: .registeredResidents)
        residentialFloorArea = try container.decodeIfPresent(Area.self, forKey: .residentialFloorArea)
        isConcentratedResettlement = try container.decodeIfPresent(Bool.self, forKey: .isConcentratedResettlement)
        hasManagementServiceCentre = try container.decodeIfPresent(Bool.self, forKey: .hasManagementServiceCentre)
        residentsCommittees = try container.decodeIfPresent([ResidentsCommittee].self, forKey: .residentsCommittees)
        serviceSpace = try container.decodeIfPresent(Area.self, forKey: .serviceSpace)
        workAndActivityRoomArea = try container.decodeIfPresent(Area.self, forKey: .workAndActivityRoomArea)
        partyUseArea = try container.decodeIfPresent(Area.self, forKey: .partyUseArea)
        spaceRemediationPlan = try container.decodeIfPresent(RemediationPlan.self, forKey: .spaceRemediationPlan)
        fundGrants = try container.decode([FundGrant].self, forKey: .fundGrants, default: [])
        localAverageWages = try container.decode([AverageWage].self, forKey: .localAverageWages, default: [])
        organisations = try container.decode([PartyOrganisation].self, forKey: .organisations, default: [])
        members = try container.decode([Member].self, forKey: .members, default: [])
        workers = try container.decode([CommunityWorker].self, forKey: .workers, default: [])
        secretaryQualifications = try container.decode(
            [SecretaryQualificationRecord].self, forKey: .secretaryQualifications, default: [])
        exceptions = try container.decode([RuleException].self, forKey: .exceptions, default: [])
        meetings = try container.decode([Meeting].self, forKey: .meetings, default: [])
        receptionDays = try container.decode([ReceptionDay].self, forKey: .receptionDays, default: [])
        elections = try container.decode([CommitteeElection].self, forKey: .elections, default: [])
        partyGroups = try container.decode([PartyGroup].self, forKey: .partyGroups, default: [])
        pointsAssessments = try container.decode([PointsAssessment].self, forKey: .pointsAssessments, default: [])
        taskClaims = try container.decode([TaskClaim].self, forKey: .taskClaims, default: [])
        landArea = try container.decodeIfPresent(Area.self, forKey: .landArea)
        governance = try container.decode(CommunityGovernance.self, forKey: .governance, default: CommunityGovernance())
        applicants = try container.decode([Applicant].self, forKey: .applicants, default: [])
    }

    /// Encodes every field, omitting optional fields that are not set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(district, forKey: .district)
        try container.encodeIfPresent(street, forKey: .street)
        try container.encodeIfPresent(development, forKey: .development)
        try container.encodeIfPresent(households, forKey: .households)
        try container.encodeIfPresent(residents, forKey: .residents)
        try container.encodeIfPresent(registeredResidents, forKey: .registeredResidents)
        try container.encodeIfPresent(residentialFloorArea, forKey: .residentialFloorArea)
        try container.encodeIfPresent(isConcentratedResettlement, forKey: .isConcentratedResettlement)
        try container.encodeIfPresent(hasManagementServiceCentre, forKey: .hasManagementServiceCentre)
        try container.encodeIfPresent(residentsCommittees, forKey: .residentsCommittees)
        try container.encodeIfPresent(serviceSpace, forKey: .serviceSpace)
        try container.encodeIfPresent(workAndActivityRoomArea, forKey: .workAndActivityRoomArea)
        try container.encodeIfPresent(partyUseArea, forKey: .partyUseArea)
        try container.encodeIfPresent(spaceRemediationPlan, forKey: .spaceRemediationPlan)
        try container.encode(fundGrants, forKey: .fundGrants)
        try container.encode(localAverageWages, forKey: .localAverageWages)
        try container.encode(organisations, forKey: .organisations)
        try container.encode(members, forKey: .members)
        try container.encode(workers, forKey: .workers)
        try container.encode(secretaryQualifications, forKey: .secretaryQualifications)
        try container.encode(exceptions, forKey: .exceptions)
        try container.encode(meetings, forKey: .meetings)
        try container.encode(receptionDays, forKey: .receptionDays)
        try container.encode(elections, forKey: .elections)
        try container.encode(partyGroups, forKey: .partyGroups)
        try container.encode(pointsAssessments, forKey: .pointsAssessments)
        try container.encode(taskClaims, forKey: .taskClaims)
        try container.encodeIfPresent(landArea, forKey: .landArea)
        if !governance.isEmpty { try container.encode(governance, forKey: .governance) }
        if !applicants.isEmpty { try container.encode(applicants, forKey: .applicants) }
    }
}
