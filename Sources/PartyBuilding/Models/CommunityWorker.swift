/// A community worker (社区工作者): the secretary, the residents' committee director, the work-station
/// head and the other full-time staff of the Party organisation, residents' committee and work station.
public struct CommunityWorker: Sendable, Hashable, Codable, Identifiable {
    /// The worker's ID, unique within the community.
    public var id: WorkerID
    /// The worker's name.
    public var name: String
    /// The roles the worker holds; empty means an ordinary worker (其他社区工作者).
    public var roles: Set<Role>
    /// The worker's birth date.
    public var birthDate: CalendarDate
    /// The highest education completed.
    public var education: Education
    /// Whether the worker is studying for a bachelor's degree or higher (SZ2011 art. 7).
    public var isStudyingForDegree: Bool
    /// The national social-worker certificate (社会工作者职业水平证书), when held.
    public var certificate: Certificate?
    /// Whether the worker is full-time staff (专职人员), counted by the staff-pay floor.
    public var isFullTime: Bool
    /// When the worker started community work; `nil` when not recorded (taken as long-serving).
    public var startedOn: CalendarDate?
    /// The trainings the worker attended.
    public var trainings: [Training]
    /// The worker's total pay (待遇) by year.
    public var annualPay: [AnnualPay]

    /// Creates a community worker.
    public init(
        id: WorkerID, name: String, roles: Set<Role> = [], birthDate: CalendarDate,
        education: Education = .seniorSecondary, isStudyingForDegree: Bool = false,
        certificate: Certificate? = nil, isFullTime: Bool = true, startedOn: CalendarDate? = nil,
        trainings: [Training] = [], annualPay: [AnnualPay] = []
    ) {
        self.id = id
        self.name = name
        self.roles = roles
        self.birthDate = birthDate
        self.education = education
        self.isStudyingForDegree = isStudyingForDegree
        self.certificate = certificate
        self.isFullTime = isFullTime
        self.startedOn = startedOn
        self.trainings = trainings
        self.annualPay = annualPay
    }

    /// A key role named by SZ2011 art. 6–9.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// 社区党组织书记.
        case secretary
        /// 居民委员会主任.
        case residentsCommitteeDirector
        /// 工作站站长.
        case workStationHead
    }

    /// Whether the worker holds the secretary's, the director's or the work-station head's role
    /// (SZ2011 art. 7's key roles).
    public var holdsKeyRole: Bool { !roles.isEmpty }

    /// The worker's pay in a year, or `nil` when not recorded.
    public func pay(in year: Int) -> Money? { annualPay.first { $0.year == year }?.amount }

    /// The worker's age in full years (周岁) on a date.
    public func age(on date: CalendarDate) -> Int { birthDate.fullYears(until: date) }
}

/// A worker's total pay for a year.
public struct AnnualPay: Sendable, Hashable, Codable {
    /// The year.
    public var year: Int
    /// The total pay (待遇) for the year.
    public var amount: Money

    /// Creates a yearly pay record.
    public init(year: Int, amount: Money) {
        self.year = year
        self.amount = amount
    }
}

extension CommunityWorker {
    private enum CodingKeys: String, CodingKey {
        case id, name, roles, birthDate, education, isStudyingForDegree, certificate, isFullTime, startedOn, trainings,
            annualPay
    }

    /// Decodes a worker; lists, flags and fields with a default may be omitted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(WorkerID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        roles = try container.decode(Set<Role>.self, forKey: .roles, default: [])
        birthDate = try container.decode(CalendarDate.self, forKey: .birthDate)
        education = try container.decode(Education.self, forKey: .education, default: .seniorSecondary)
        isStudyingForDegree = try container.decode(Bool.self, forKey: .isStudyingForDegree, default: false)
        certificate = try container.decodeIfPresent(Certificate.self, forKey: .certificate)
        isFullTime = try container.decode(Bool.self, forKey: .isFullTime, default: true)
        startedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .startedOn)
        trainings = try container.decode([Training].self, forKey: .trainings, default: [])
        annualPay = try container.decode([AnnualPay].self, forKey: .annualPay, default: [])
    }

    /// The roles in the order the interchange format writes them: by their codes.
    var rolesInOrder: [Role] { roles.sorted { $0.rawValue < $1.rawValue } }

    /// Encodes every field (roles in a stable order), omitting optional fields that are not set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(rolesInOrder, forKey: .roles)
        try container.encode(birthDate, forKey: .birthDate)
        try container.encode(education, forKey: .education)
        try container.encode(isStudyingForDegree, forKey: .isStudyingForDegree)
        try container.encodeIfPresent(certificate, forKey: .certificate)
        try container.encode(isFullTime, forKey: .isFullTime)
        try container.encodeIfPresent(startedOn, forKey: .startedOn)
        try container.encode(trainings, forKey: .trainings)
        try container.encode(annualPay, forKey: .annualPay)
    }
}
