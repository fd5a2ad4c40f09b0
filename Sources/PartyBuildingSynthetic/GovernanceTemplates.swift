import PartyBuilding

/// The governance records that are the same in every compliant community of a year, built once per
/// generator: a community's lists share their storage (copy on write), so that a city of 10,000
/// communities does not hold 10,000 copies of the same ledgers, bodies and checklists. A defect copies
/// the list it changes.
struct GovernanceTemplates: Sendable {
    /// The five levels of the mediation network, each with its document of 10 January.
    let mediationNetwork: [MediationLevel]
    /// The three MY ledgers, each updated on the 25th of every month.
    let ledgers: [Ledger]
    /// The five bodies recorded as ``GovernanceBody``s (B1–B5), each set up with a document on 1 March
    /// three years before; the first three are those a defect may leave out (the others take part in
    /// the coordination mechanism).
    let bodies: [GovernanceBody]
    /// The coordination mechanism with its document of three years before and its quarterly meetings.
    let coordination: [CoordinationMechanism]
    /// The same mechanism without evidence.
    let coordinationWithoutEvidence: [CoordinationMechanism]
    /// The electronic ledger, in use since the year before.
    let electronicLedger: ElectronicLedger
    /// The same ledger without evidence.
    let electronicLedgerWithoutEvidence: ElectronicLedger
    /// The community checklist (K1, 48 items) and the street checklist (K2, 44 items).
    let checklists: [Checklist]
    /// Their assessments on 20 December, every item completed.
    let assessments: [ChecklistAssessment]
    /// The disclosure of the office and activity funds on 26 December.
    let disclosures: [FundDisclosure]
    /// The same disclosure of the activity funds alone.
    let activityDisclosureOnly: [FundDisclosure]
    /// The secretary's reports to the street working committee (15 December) and to members and
    /// residents (18 December).
    let reports: [SecretaryReport]
    /// The leader of the level-1 grid, from the street.
    let streetLeaders = [GridLeader(name: "街道党工委书记")]
    /// The steps of the decision at a position (0…4) in a month (1…11), `decisionSteps[position][month − 1]`:
    /// the five steps in TA's order on the 5th, 10th, 15th, 20th and 25th.
    let decisionSteps: [[[DecisionStep]]]
    /// The buildings of a compound by their number, `buildings[count]`, none with a Party group.
    let buildings: [[ResidentialCompound.Building]]

    /// Builds the templates of `year`.
    init(year: Int) {
        mediationNetwork = ["区矛调中心", "街道调解委员会", "社区调解委员会", "小区调解小组", "楼栋调解小组"].enumerated().map {
            MediationLevel(
                level: $0 + 1, name: $1,
                evidence: [Evidence(kind: .document, date: CalendarDate(known: year, 1, 10), reference: "调解网络文件")])
        }
        let updates = (1...12).map { CalendarDate(known: year, $0, 25) }
        ledgers = Ledger.Kind.required.map { Ledger(kind: $0, updates: updates) }
        let established = CalendarDate(known: year - 3, 3, 1)
        let kinds: [GovernanceBodyKind] = [
            .supervisionCommittee, .serviceStation, .socialOrganisation, .ownersCommittee, .propertyServiceCompany,
        ]
        bodies = kinds.enumerated().map { position, kind in
            GovernanceBody(
                id: GovernanceBodyID("B\(position + 1)"), kind: kind, name: kind.label.chinese,
                established: established,
                evidence: [Evidence(kind: .document, date: established, reference: "成立文件")])
        }
        let mechanism = CoordinationMechanism(
            name: "红色物业联席会议",
            participants: [.partyOrganisation, .residentsCommittee, .ownersCommittee, .propertyServiceCompany])
        var evidenced = mechanism
        evidenced.evidence =
            [Evidence(kind: .document, date: established, reference: "联席会议制度")]
            + (1...4).map { Evidence(kind: .meeting, date: CalendarDate(known: year, $0 * 3, 20), reference: "联席会议纪要") }
        coordination = [evidenced]
        coordinationWithoutEvidence = [mechanism]
        electronicLedger = ElectronicLedger(
            system: "智慧党建平台", since: CalendarDate(known: year - 1, 1, 1),
            evidence: [Evidence(kind: .record, date: CalendarDate(known: year, 12, 28), reference: "党建电子台账")])
        electronicLedgerWithoutEvidence = ElectronicLedger(
            system: electronicLedger.system, since: electronicLedger.since, evidence: [])
        checklists = [
            Checklist(
                id: "K1", scope: .community, title: "“六化体系”规范化建设清单",
                headings: Self.headings(
                    ["组织建设区域化", "队伍建设多元化", "服务群众亲情化", "活动开展经常化", "阵地建设功能化", "文化建设内生化"],
                    items: [8, 8, 8, 8, 8, 8])),
            Checklist(
                id: "K2", scope: .street, title: "“一核四强”规范化建设清单",
                headings: Self.headings(["以党组织为核心", "队伍建设强", "服务能力强", "制度保障强", "文化引领强"], items: [9, 9, 9, 9, 8])),
        ]
        assessments = checklists.map {
            ChecklistAssessment(
                checklistID: $0.id, year: year, assessedOn: CalendarDate(known: year, 12, 20),
                completedItems: $0.itemCount)
        }
        disclosures = [
            FundDisclosure(
                year: year, date: CalendarDate(known: year, 12, 26), funds: [.office, .activity], means: "党务公开栏")
        ]
        activityDisclosureOnly = disclosures.map { disclosure in
            FundDisclosure(year: disclosure.year, date: disclosure.date, funds: [.activity], means: disclosure.means)
        }
        reports = [
            SecretaryReport(
                year: year, date: CalendarDate(known: year, 12, 15), audience: .streetWorkingCommittee,
                reference: "述职报告1"),
            SecretaryReport(
                year: year, date: CalendarDate(known: year, 12, 18), audience: .membersAndResidents, reference: "述职报告2"),
        ]
        decisionSteps = (0..<5).map { position in
            (1...11).map { month in
                DecisionStep.Kind.allCases.enumerated().map { step, kind in
                    DecisionStep(
                        kind: kind, date: CalendarDate(known: year, month, step * 5 + 5),
                        reference: "纪要D\(position + 1)-\(step + 1)")
                }
            }
        }
        buildings = (0...12).map { count in (0..<count).map { ResidentialCompound.Building(name: "\($0 + 1)号楼") } }
    }

    /// Headings with the given numbers of items, numbered `第1项` on through all of them.
    private static func headings(_ titles: [String], items counts: [Int]) -> [Checklist.Heading] {
        var next = 0
        return zip(titles, counts).map { title, count in
            defer { next += count }
            return Checklist.Heading(title: title, items: (next..<next + count).map { "第\($0 + 1)项" })
        }
    }
}
