/// The records of how a community is governed: its grids, decisions, mediation network and cases,
/// ledgers, bodies and their coordination, compounds, resident units, checklists, delegated tasks,
/// the office share and disclosure of its funds, recruitment, the secretary's reports, the one-stop
/// hall, surveys, training coverage and household participation.
///
/// Kept together as ``Community/governance``; in the interchange format the object `governance`,
/// each list omitted when empty.
public struct CommunityGovernance: Sendable, Hashable, Codable {
    /// The grids of grid-based Party-building management (GRID, `NAT.grid`).
    public var grids: [Grid]
    /// Major decisions with the steps of their decision chain (`TA.decision-chain`).
    public var decisions: [Decision]
    /// The levels of the mediation network (`TA.mediation-network`).
    public var mediationNetwork: [MediationLevel]
    /// The disputes mediated (`DG.indicators`).
    public var mediationCases: [MediationCase]
    /// The ledgers kept up to date monthly (`MY.monthly-ledgers`).
    public var ledgers: [Ledger]
    /// The bodies of governance other than the Party organisations and residents' committees
    /// (`MY.six-bodies`).
    public var bodies: [GovernanceBody]
    /// The coordination mechanisms among the bodies (`SZ2011.5.coordination`).
    public var coordination: [CoordinationMechanism]
    /// The electronic ledger of Party-building records (`SZ2011.21.e-ledger`), when recorded.
    public var electronicLedger: ElectronicLedger?
    /// The residential compounds and their buildings (`MY.compound-branch`).
    public var compounds: [ResidentialCompound]
    /// The enterprises, institutions and social organisations in the community
    /// (`SZ2011.3.two-new-coverage`, `DG.indicators`).
    public var residentUnits: [ResidentUnit]
    /// The checklists of standardised Party building (`MY.street-checklist`, `MY.community-checklist`).
    public var checklists: [Checklist]
    /// The assessments of the checklists, by year.
    public var checklistAssessments: [ChecklistAssessment]
    /// The tasks higher bodies delegated, with their funding (`SZ2011.18.funds-follow-tasks`).
    public var delegatedTasks: [DelegatedTask]
    /// The office share earmarked in each year's work funds (`SZ2011.19.office-share`).
    public var officeFundShares: [OfficeFundShare]
    /// The disclosures of the office and activity funds (`SZ2011.19.disclosure`).
    public var fundDisclosures: [FundDisclosure]
    /// How the community's workers were recruited (`SZ2011.8.recruitment`).
    public var recruitments: [WorkerRecruitment]
    /// The secretary's reports (`SZ2011.8.dual-report`).
    public var secretaryReports: [SecretaryReport]
    /// The posts of the one-stop service hall (`SZ2011.15.one-stop`).
    public var oneStopPosts: [OneStopPost]
    /// Satisfaction surveys (`DG.indicators`).
    public var satisfactionSurveys: [SatisfactionSurvey]
    /// The training coverage of members by year (`DG.indicators`).
    public var trainingCoverage: [TrainingCoverage]
    /// Households taking part in campaigns (`DG.indicators`).
    public var householdParticipation: [HouseholdParticipation]

    /// Creates governance records; every list starts empty.
    public init(
        grids: [Grid] = [], decisions: [Decision] = [], mediationNetwork: [MediationLevel] = [],
        mediationCases: [MediationCase] = [], ledgers: [Ledger] = [], bodies: [GovernanceBody] = [],
        coordination: [CoordinationMechanism] = [], electronicLedger: ElectronicLedger? = nil,
        compounds: [ResidentialCompound] = [], residentUnits: [ResidentUnit] = [], checklists: [Checklist] = [],
        checklistAssessments: [ChecklistAssessment] = [], delegatedTasks: [DelegatedTask] = [],
        officeFundShares: [OfficeFundShare] = [], fundDisclosures: [FundDisclosure] = [],
        recruitments: [WorkerRecruitment] = [], secretaryReports: [SecretaryReport] = [],
        oneStopPosts: [OneStopPost] = [], satisfactionSurveys: [SatisfactionSurvey] = [],
        trainingCoverage: [TrainingCoverage] = [], householdParticipation: [HouseholdParticipation] = []
    ) {
        self.grids = grids
        self.decisions = decisions
        self.mediationNetwork = mediationNetwork
        self.mediationCases = mediationCases
        self.ledgers = ledgers
        self.bodies = bodies
        self.coordination = coordination
        self.electronicLedger = electronicLedger
        self.compounds = compounds
        self.residentUnits = residentUnits
        self.checklists = checklists
        self.checklistAssessments = checklistAssessments
        self.delegatedTasks = delegatedTasks
        self.officeFundShares = officeFundShares
        self.fundDisclosures = fundDisclosures
        self.recruitments = recruitments
        self.secretaryReports = secretaryReports
        self.oneStopPosts = oneStopPosts
        self.satisfactionSurveys = satisfactionSurveys
        self.trainingCoverage = trainingCoverage
        self.householdParticipation = householdParticipation
    }

    /// Whether nothing is recorded.
    public var isEmpty: Bool { self == CommunityGovernance() }

    private enum CodingKeys: String, CodingKey {
        case grids, decisions, mediationNetwork, mediationCases, ledgers, bodies, coordination, electronicLedger,
            compounds, residentUnits, checklists, checklistAssessments, delegatedTasks, officeFundShares,
            fundDisclosures, recruitments, secretaryReports, oneStopPosts, satisfactionSurveys, trainingCoverage,
            householdParticipation
    }

    /// Decodes the records; an omitted list is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        grids = try container.decode([Grid].self, forKey: .grids, default: [])
        decisions = try container.decode([Decision].self, forKey: .decisions, default: [])
        mediationNetwork = try container.decode([MediationLevel].self, forKey: .mediationNetwork, default: [])
        mediationCases = try container.decode([MediationCase].self, forKey: .mediationCases, default: [])
        ledgers = try container.decode([Ledger].self, forKey: .ledgers, default: [])
        bodies = try container.decode([GovernanceBody].self, forKey: .bodies, default: [])
        coordination = try container.decode([CoordinationMechanism].self, forKey: .coordination, default: [])
        electronicLedger = try container.decodeIfPresent(ElectronicLedger.self, forKey: .electronicLedger)
        compounds = try container.decode([ResidentialCompound].self, forKey: .compounds, default: [])
        residentUnits = try container.decode([ResidentUnit].self, forKey: .residentUnits, default: [])
        checklists = try container.decode([Checklist].self, forKey: .checklists, default: [])
        checklistAssessments = try container.decode(
            [ChecklistAssessment].self, forKey: .checklistAssessments, default: [])
        delegatedTasks = try container.decode([DelegatedTask].self, forKey: .delegatedTasks, default: [])
        officeFundShares = try container.decode([OfficeFundShare].self, forKey: .officeFundShares, default: [])
        fundDisclosures = try container.decode([FundDisclosure].self, forKey: .fundDisclosures, default: [])
        recruitments = try container.decode([WorkerRecruitment].self, forKey: .recruitments, default: [])
        secretaryReports = try container.decode([SecretaryReport].self, forKey: .secretaryReports, default: [])
        oneStopPosts = try container.decode([OneStopPost].self, forKey: .oneStopPosts, default: [])
        satisfactionSurveys = try container.decode(
            [SatisfactionSurvey].self, forKey: .satisfactionSurveys, default: [])
        trainingCoverage = try container.decode([TrainingCoverage].self, forKey: .trainingCoverage, default: [])
        householdParticipation = try container.decode(
            [HouseholdParticipation].self, forKey: .householdParticipation, default: [])
    }

    /// Encodes the records, omitting empty lists.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func list<Record: Encodable>(_ records: [Record], _ key: CodingKeys) throws {
            if !records.isEmpty { try container.encode(records, forKey: key) }
        }
        try list(grids, .grids)
        try list(decisions, .decisions)
        try list(mediationNetwork, .mediationNetwork)
        try list(mediationCases, .mediationCases)
        try list(ledgers, .ledgers)
        try list(bodies, .bodies)
        try list(coordination, .coordination)
        try container.encodeIfPresent(electronicLedger, forKey: .electronicLedger)
        try list(compounds, .compounds)
        try list(residentUnits, .residentUnits)
        try list(checklists, .checklists)
        try list(checklistAssessments, .checklistAssessments)
        try list(delegatedTasks, .delegatedTasks)
        try list(officeFundShares, .officeFundShares)
        try list(fundDisclosures, .fundDisclosures)
        try list(recruitments, .recruitments)
        try list(secretaryReports, .secretaryReports)
        try list(oneStopPosts, .oneStopPosts)
        try list(satisfactionSurveys, .satisfactionSurveys)
        try list(trainingCoverage, .trainingCoverage)
        try list(householdParticipation, .householdParticipation)
    }
}
