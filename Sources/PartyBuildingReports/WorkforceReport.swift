import PartyBuilding

/// The workforce view: each community worker's training days against the days their role needs
/// (SZ2011 art. 7: key roles at least 7 days of centralised training at county-level city or district
/// level a year, others at least 5 days), the three-year rotation, the social-worker certificate
/// (art. 8: required up to the age of 45), pay against its floor (art. 9: the local average wage of
/// the year before; 1.2 times for a secretary) and age; and each community's age structure.
///
/// Parameters are those in force for the year (training, pay) and on the date (certificate, rotation).
/// A figure not recorded (no pay for the year, no wage of the year before) is shown as not recorded.
///
/// ```swift
/// let workforce = try WorkforceReport(communities, year: 2025, on: CalendarDate("2025-12-31"))
/// ```
public struct WorkforceReport: Sendable {
    /// What a check of one worker found.
    public enum Status: String, Sendable, Hashable {
        /// The worker meets it.
        case meets
        /// The worker falls short of it.
        case short
        /// The rule does not ask it of the worker.
        case notRequired
        /// The records do not give what the check needs.
        case notRecorded

        /// The status in words: `达到` / `meets`.
        public func name(_ language: Language) -> String {
            switch self {
            case .meets: language.pick("达到", "meets")
            case .short: language.pick("不足", "short")
            case .notRequired: language.pick("不要求", "not required")
            case .notRecorded: language.pick("未记录", "not recorded")
            }
        }
    }

    /// One worker's figures and checks.
    public struct Line: Sendable, Hashable {
        /// The community's ID.
        public var communityID: CommunityID
        /// The community's name.
        public var communityName: String
        /// The worker's ID.
        public var workerID: WorkerID
        /// The worker's roles (empty for other staff).
        public var roles: Set<CommunityWorker.Role>
        /// The worker's age on the date.
        public var age: Int
        /// The days of centralised training that count for the worker's role in the year.
        public var trainingDays: Days
        /// The days their role needs.
        public var trainingDaysRequired: Days
        /// Whether the training days and count meet the requirement.
        public var training: Status
        /// The day of the latest training on or before the date, if any.
        public var lastTraining: CalendarDate?
        /// Whether the worker was trained within the rotation cycle.
        public var rotation: Status
        /// The certificate's level, if the worker holds one on the date.
        public var certificate: Certificate.Level?
        /// Whether the certificate is required and held.
        public var certificateStatus: Status
        /// The pay of the year, when recorded.
        public var pay: Money?
        /// The pay floor for the worker's role, when the wage of the year before is recorded.
        public var payFloor: Money?
        /// Whether the pay reaches the floor (for other staff, each worker's pay against the staff floor).
        public var payStatus: Status
    }

    /// The year of the trainings and pay.
    public let year: Int
    /// The date ages, certificates and rotation are judged on.
    public let date: CalendarDate
    /// One line a worker, community by community.
    public let lines: [Line]
    /// Each community's workers' ages on the date.
    public let ages: [(community: String, distribution: AgeDistribution)]
    /// Whether any community records workers (a CSV table does not).
    public var hasWorkers: Bool { !lines.isEmpty }

    /// Computes the view.
    /// - Throws: ``ParameterError`` when the workforce parameters are not in force.
    public init(
        _ communities: [Community], year: Int, on date: CalendarDate, packs: [PolicyPack] = PolicyPack.builtIn,
        scenario: Scenario? = nil
    ) throws(ParameterError) {
        let yearly = ParameterReader(try ParameterValues(packs: packs, scenario: scenario, for: .year(year)))
        let daily = ParameterReader(try ParameterValues(packs: packs, scenario: scenario, for: .day(date)))
        let keyRole = try SZ2011.KeyRoleTrainingRule().bind(yearly)
        let other = try SZ2011.OtherTrainingRule().bind(yearly)
        let floors = try PayFloors(yearly)
        let certificateAge = try SZ2011.CertificateRule().bind(daily)
        let rotationYears = try SZ2011.RotationRule().bind(daily)
        let windowStart = date.adding(years: -rotationYears)
        self.year = year
        self.date = date
        var lines: [Line] = []
        for community in communities {
            let wage = community.averageWage(in: year - 1)
            for worker in community.workers {
                let requirement = worker.holdsKeyRole ? keyRole : other
                let attended = requirement.attended(by: worker, in: .year(year))
                let trained = attended.count >= requirement.trainings && attended.days >= requirement.days
                let last = worker.trainings.map(\.startDate).filter { $0 <= date }.max()
                let rotation: Status =
                    if let started = worker.startedOn, started > windowStart {
                        .notRequired
                    } else {
                        (last.map { $0 >= windowStart } ?? false) ? .meets : .short
                    }
                let held = worker.certificate.flatMap { $0.obtainedOn <= date ? $0.level : nil }
                let age = worker.age(on: date)
                let certificateStatus: Status =
                    held != nil ? .meets : (Bound.orLess.admits(age, certificateAge) ? .short : .notRequired)
                let isSecretary = worker.roles.contains(.secretary)
                let floor = wage.map {
                    isSecretary
                        ? floors.secretaryFloor(lastYearAverageWage: $0) : floors.staffFloor(lastYearAverageWage: $0)
                }
                let pay = worker.pay(in: year)
                let payStatus: Status =
                    switch (pay, floor) {
                    case (let pay?, let floor?): pay >= floor ? .meets : .short
                    default: .notRecorded
                    }
                lines.append(
                    Line(
                        communityID: community.id, communityName: community.name, workerID: worker.id,
                        roles: worker.roles, age: age, trainingDays: attended.days,
                        trainingDaysRequired: requirement.days, training: trained ? .meets : .short, lastTraining: last,
                        rotation: rotation, certificate: held, certificateStatus: certificateStatus, pay: pay,
                        payFloor: floor, payStatus: payStatus))
            }
        }
        self.lines = lines
        ages = communities.filter { !$0.workers.isEmpty }.map { ($0.name, AgeDistribution($0.workers, on: date)) }
    }

    /// The view as a document: the workers' table, the age structure, and a chart of the training
    /// days each worker lacks.
    /// - Throws: ``ReportTableError`` (not expected: every row is built with the table's columns).
    public func document(_ language: Language) throws(ReportTableError) -> ReportDocument {
        let l = language
        let facts = [
            ReportFact(label: l.pick("培训和报酬年度", "Year of training and pay"), value: "\(year)"),
            ReportFact(label: l.pick("年龄、证书和轮训核查日", "Ages, certificates and rotation on"), value: date.iso8601),
            ReportFact(label: l.pick("社区工作者", "Workers"), value: "\(lines.count)"),
            ReportFact(
                label: l.pick("培训天数不足", "Short of training days"), value: "\(lines.count { $0.training == .short })"),
            ReportFact(
                label: l.pick("应持证而未持证", "Without a required certificate"),
                value: "\(lines.count { $0.certificateStatus == .short })"),
            ReportFact(
                label: l.pick("报酬低于下限", "Paid below the floor"), value: "\(lines.count { $0.payStatus == .short })"),
        ]
        guard hasWorkers else {
            return ReportDocument(
                title: l.pick("社区工作者队伍", "Community workforce"), facts: facts,
                sections: [
                    .note(
                        l.pick(
                            "数据中没有社区工作者的记录：CSV 表格只记社区的数字，工作者的培训、证书和报酬请用 JSON 交换格式（见 Documentation/InterchangeFormat.md）。",
                            "The data holds no community workers: a CSV table records community figures only; give workers' trainings, certificates and pay in the JSON interchange format (see Documentation/InterchangeFormat.md)."
                        ))
                ])
        }
        var workers = try ReportTable(
            title: l.pick("\(year)年社区工作者", "Community workers, \(year)"),
            columns: [
                ReportColumn(key: "community", header: l.pick("社区", "Community")),
                ReportColumn(key: "worker", header: l.pick("工作者编号", "Worker")),
                ReportColumn(key: "roles", header: l.pick("职务", "Roles")),
                ReportColumn(key: "age", header: l.pick("年龄（岁）", "Age")),
                ReportColumn(key: "trainingDays", header: l.pick("集中培训（天）", "Training (days)")),
                ReportColumn(key: "trainingDaysRequired", header: l.pick("应培训（天）", "Required (days)")),
                ReportColumn(key: "training", header: l.pick("培训", "Training")),
                ReportColumn(key: "lastTraining", header: l.pick("最近培训", "Last trained")),
                ReportColumn(key: "rotation", header: l.pick("三年轮训", "Three-year rotation")),
                ReportColumn(key: "certificate", header: l.pick("职业水平证书", "Certificate")),
                ReportColumn(key: "certificateStatus", header: l.pick("持证", "Certificate check")),
                ReportColumn(key: "pay", header: l.pick("年报酬（元）", "Pay (CNY)")),
                ReportColumn(key: "payFloor", header: l.pick("报酬下限（元）", "Pay floor (CNY)")),
                ReportColumn(key: "payStatus", header: l.pick("报酬", "Pay check")),
            ])
        for line in lines {
            try workers.append(
                ReportRow([
                    .text(line.communityName), .text(line.workerID.rawValue), .text(Self.roles(line.roles, language)),
                    .integer(line.age), .days(line.trainingDays), .days(line.trainingDaysRequired),
                    .text(line.training.name(language)), line.lastTraining.map { .text($0.iso8601) } ?? .notRecorded,
                    .text(line.rotation.name(language)),
                    line.certificate.map { .text(Self.level($0, language)) } ?? .text(l.pick("无", "none")),
                    .text(line.certificateStatus.name(language)), line.pay.map(ReportCell.money) ?? .notRecorded,
                    line.payFloor.map(ReportCell.money) ?? .notRecorded, .text(line.payStatus.name(language)),
                ]))
        }
        let bands = Array(Set(ages.flatMap { $0.distribution.bands().keys })).sorted()
        var structure = try ReportTable(
            title: l.pick("年龄结构", "Age structure"),
            columns: [ReportColumn(key: "community", header: l.pick("社区", "Community"))]
                + bands.map { ReportColumn(key: "age\($0)", header: l.pick("\($0)–\($0 + 9)岁", "\($0)–\($0 + 9)")) }
                + [
                    ReportColumn(key: "workers", header: l.pick("人数", "Workers")),
                    ReportColumn(key: "median", header: l.pick("年龄中位数（岁）", "Median age")),
                ])
        for (name, distribution) in ages {
            let counts = distribution.bands()
            let median: ReportCell =
                distribution.twiceMedianAge.map { .text(ExactHalf.text($0)) } ?? .notRecorded
            try structure.append(
                ReportRow(
                    [.text(name)] + bands.map { .integer(counts[$0] ?? 0) }
                        + [.integer(distribution.ages.count), median]))
        }
        let chart = BarChart(
            title: l.pick("培训天数差额", "Training days short or over"), unit: l.pick("天", "days"),
            bars: lines.map { line in
                BarChart.Bar(
                    label: "\(line.communityName) \(line.workerID)",
                    value: (line.trainingDays.tenths - line.trainingDaysRequired.tenths) * 10,
                    display: ReportCell.days(
                        Days(tenths: line.trainingDays.tenths - line.trainingDaysRequired.tenths)
                    ).display)
            })
        let note = l.pick(
            "依据：苏州市2011年意见第七条至第九条。书记、主任、站长每年参加县级市、区或以上集中培训累计不少于7天，其他社区工作者参加街道或以上集中培训不少于5天；每三年轮训一遍；45岁以下须取得社会工作者职业水平证书；报酬不低于上年度当地城镇职工平均工资，书记不低于其1.2倍（工作人员按平均报酬核查，此处逐人列出）。",
            "Sources: SZ2011 art. 7–9. Secretaries, committee directors and station heads need at least 7 days a year of centralised training at county-level city or district level or above, other workers 5 days at street level or above; every worker is trained once every three years; workers up to 45 hold the social-worker certificate; pay is at least last year's local average wage, 1.2 times for a secretary (the staff rule judges the average; each worker is listed here)."
        )
        return ReportDocument(
            title: l.pick("社区工作者队伍", "Community workforce"), facts: facts,
            sections: [.table(workers), .table(structure), .note(note), .chart(chart)])
    }

    /// The roles in words, or `其他工作人员` / `staff`.
    private static func roles(_ roles: Set<CommunityWorker.Role>, _ language: Language) -> String {
        let names = CommunityWorker.Role.allCases.filter(roles.contains).map { role -> String in
            switch role {
            case .secretary: language.pick("书记", "secretary")
            case .residentsCommitteeDirector: language.pick("居委会主任", "committee director")
            case .workStationHead: language.pick("工作站站长", "station head")
            }
        }
        return names.isEmpty ? language.pick("其他工作人员", "staff") : names.joined(separator: language.pick("、", ", "))
    }

    /// A certificate level in words.
    private static func level(_ level: Certificate.Level, _ language: Language) -> String {
        switch level {
        case .assistant: language.pick("助理社会工作师", "assistant social worker")
        case .intermediate: language.pick("社会工作师", "social worker")
        case .senior: language.pick("高级社会工作师", "senior social worker")
        }
    }
}

/// A number given as twice its value, written exactly: `41` for 82, `41.5` for 83.
enum ExactHalf {
    static func text(_ twice: Int) -> String { twice % 2 == 0 ? "\(twice / 2)" : "\(twice / 2).5" }
}
