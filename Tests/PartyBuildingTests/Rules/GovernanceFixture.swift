import PartyBuilding
import Testing

/// A community whose governance records meet every governance rule in 2025, for the tests to break
/// one record at a time. Its people are invented.
enum GovernanceFixture {
    /// The two branches under the general branch ``Fixture/organisationID``.
    static let branches: [OrganisationID] = ["B-1", "B-2"]

    /// Evidence dated early in 2024.
    static func evidence(_ reference: String) -> [Evidence] {
        [Evidence(kind: .document, date: "2024-01-10", reference: reference)]
    }

    /// The community, audited on ``Fixture/auditDate`` (2025-12-31).
    static func compliant() -> Community {
        var community = Fixture.community()
        community.households = 2_145
        community.residents = 7_393
        community.residentsCommittees = [ResidentsCommittee(id: "RC-1", name: "第一居民委员会")]
        community.organisations = [
            PartyOrganisation(id: Fixture.organisationID, name: "社区党总支", form: .generalBranch),
            PartyOrganisation(id: branches[0], name: "第一党支部", form: .branch, parentID: Fixture.organisationID),
            PartyOrganisation(id: branches[1], name: "第二党支部", form: .branch, parentID: Fixture.organisationID),
        ]
        community.members =
            Fixture.members(3, in: branches[0], prefix: "A") + Fixture.members(3, in: branches[1], prefix: "B")
        let firstGroup = community.members.prefix(3).map(\.id)
        let secondGroup = community.members.suffix(3).map(\.id)
        community.partyGroups = [
            PartyGroup(id: "G-1", organisationID: branches[0], name: "1号楼党小组", memberIDs: firstGroup),
            PartyGroup(id: "G-2", organisationID: branches[1], name: "2号楼党小组", memberIDs: secondGroup),
        ]
        community.workers = [Fixture.worker("W-01", roles: [.secretary]), Fixture.worker("W-02")]
        community.fundGrants = [
            Fixture.grant(.work, fen: 15_000_000), Fixture.grant(.activity, fen: 1_500_000),
        ]
        community.governance = governance(firstGroup: firstGroup, secondGroup: secondGroup)
        return community
    }

    /// The governance records of ``compliant()``.
    private static func governance(firstGroup: [MemberID], secondGroup: [MemberID]) -> CommunityGovernance {
        var governance = CommunityGovernance()
        governance.grids = [
            Grid(id: "L1", level: 1, name: "一级网格", leaders: [GridLeader(name: "街道党工委书记")]),
            Grid(
                id: "L2", level: 2, name: "二级网格", parentID: "L1",
                leaders: [GridLeader(name: "总支委员", memberID: firstGroup[0])]),
            Grid(
                id: "L3-1", level: 3, name: "东片三级网格", parentID: "L2",
                leaders: [GridLeader(name: "支部书记", memberID: firstGroup[1])], organisationID: branches[0]),
            Grid(
                id: "L3-2", level: 3, name: "西片三级网格", parentID: "L2",
                leaders: [GridLeader(name: "支部书记", memberID: secondGroup[1])], organisationID: branches[1]),
            Grid(
                id: "L4-1", level: 4, name: "东片四级网格", parentID: "L3-1",
                leaders: [GridLeader(name: "格长", memberID: firstGroup[2])], memberIDs: firstGroup, partyGroupID: "G-1"),
            Grid(
                id: "L4-2", level: 4, name: "西片四级网格", parentID: "L3-2",
                leaders: [GridLeader(name: "格长", memberID: secondGroup[2])], memberIDs: secondGroup,
                partyGroupID: "G-2"),
        ]
        governance.decisions = [
            Decision(
                id: "D-1", title: "老旧小区加装电梯",
                steps: [
                    DecisionStep(kind: .partyLeadership, date: "2025-03-01"),
                    DecisionStep(kind: .membersCouncil, date: "2025-03-05"),
                    DecisionStep(kind: .residentsHearing, date: "2025-03-12"),
                    DecisionStep(kind: .residentsMeeting, date: "2025-03-20"),
                    DecisionStep(kind: .committeeExecution, date: "2025-04-01"),
                ])
        ]
        governance.mediationNetwork = (1...5).map { level in
            MediationLevel(level: level, name: "第\(level)级调解组织", evidence: evidence("调解网络〔2024〕\(level)号"))
        }
        governance.mediationCases =
            (0..<37).map { MediationCase(date: CalendarDate(known: 2025, $0 % 12 + 1, 3), outcome: .settled) }
            + [
                MediationCase(date: "2025-11-20", outcome: .notSettled),
                MediationCase(date: "2025-12-01", outcome: .pending),
            ]
        governance.ledgers = Ledger.Kind.required.map { kind in
            Ledger(kind: kind, updates: (1...12).map { CalendarDate(known: 2025, $0, 5) } + ["2025-12-20"])
        }
        governance.bodies = [
            GovernanceBody(id: "S-1", kind: .supervisionCommittee, name: "居务监督委员会", evidence: evidence("监督委员会成立决定")),
            GovernanceBody(id: "S-2", kind: .serviceStation, name: "综合服务站", evidence: evidence("服务站挂牌")),
            GovernanceBody(id: "S-3", kind: .socialOrganisation, name: "邻里互助协会", evidence: evidence("民政登记")),
            GovernanceBody(id: "S-4", kind: .ownersCommittee, name: "业主委员会", evidence: evidence("业委会备案")),
            GovernanceBody(id: "S-5", kind: .propertyServiceCompany, name: "物业公司", evidence: evidence("物业合同")),
        ]
        governance.coordination = [
            CoordinationMechanism(
                name: "红色物业联席会议",
                participants: [.partyOrganisation, .residentsCommittee, .ownersCommittee, .propertyServiceCompany],
                evidence: [Evidence(kind: .meeting, date: "2025-06-18", reference: "联席会议纪要第6期")])
        ]
        governance.electronicLedger = ElectronicLedger(
            system: "智慧党建平台", since: "2020-01-01", evidence: evidence("平台启用通知"))
        governance.compounds = [
            ResidentialCompound(
                id: "C-1", name: "东关大街12号院", kind: .oldCourtyard, organisationID: branches[0],
                buildings: [.init(name: "1号楼", partyGroupID: "G-1"), .init(name: "2号楼", partyGroupID: "G-2")])
        ]
        governance.residentUnits = [
            ResidentUnit(
                id: "U-1", name: "华兴公司", kind: .nonPublicEnterprise, members: 4, formalMembers: 3,
                ownOrganisation: "华兴公司党支部"),
            ResidentUnit(
                id: "U-2", name: "邻里协会", kind: .socialOrganisation, members: 2, formalMembers: 2,
                jointOrganisationID: branches[1]),
            ResidentUnit(id: "U-3", name: "区医院", kind: .publicUnit, members: 43),
        ]
        governance.checklists = [
            checklist(
                "S", .street, "“一核四强”规范化建设清单", headings: ["以党组织为核心", "队伍建设强", "服务能力强", "制度保障强", "文化引领强"], items: 44),
            checklist(
                "K", .community, "“六化体系”规范化建设清单",
                headings: ["组织建设区域化", "队伍建设多元化", "服务群众亲情化", "活动开展经常化", "阵地建设功能化", "文化建设内生化"], items: 48),
        ]
        governance.checklistAssessments = [
            ChecklistAssessment(checklistID: "S", year: 2025, assessedOn: "2025-12-15", completedItems: 44),
            ChecklistAssessment(checklistID: "K", year: 2025, assessedOn: "2025-12-15", completedItems: 48),
        ]
        governance.delegatedTasks = [
            DelegatedTask(title: "高龄津贴审核", delegatedBy: "区民政局", delegatedOn: "2025-04-01", funding: Money(yuan: 5_000))
        ]
        governance.officeFundShares = [OfficeFundShare(year: 2025, amount: Money(yuan: 10_000))]
        governance.fundDisclosures = [
            FundDisclosure(year: 2025, date: "2025-12-20", funds: [.office, .activity], means: "党务公开栏")
        ]
        governance.recruitments = [
            WorkerRecruitment(
                workerID: "W-01", date: "2025-03-01", organisedBy: .countyOrDistrict, organiser: "姑苏区民政局"),
            WorkerRecruitment(
                workerID: "W-02", date: "2025-03-01", organisedBy: .countyOrDistrict, organiser: "姑苏区民政局"),
        ]
        governance.secretaryReports = [
            SecretaryReport(year: 2025, date: "2025-12-10", audience: .streetWorkingCommittee),
            SecretaryReport(year: 2025, date: "2025-12-18", audience: .membersAndResidents),
        ]
        governance.oneStopPosts = [
            OneStopPost(workerID: "W-01", post: "党员服务窗口", since: "2024-01-01", wearsNameBadge: true)
        ]
        governance.satisfactionSurveys = [SatisfactionSurvey(date: "2025-11-30", respondents: 200, satisfied: 197)]
        governance.trainingCoverage = [TrainingCoverage(year: 2025, members: 80, trained: 77)]
        governance.householdParticipation = [HouseholdParticipation(year: 2025, campaign: "平安家庭创建", households: 1_273)]
        return governance
    }

    /// A checklist with `items` items spread over `headings`.
    static func checklist(
        _ id: ChecklistID, _ scope: Checklist.Scope, _ title: String, headings: [String], items: Int
    ) -> Checklist {
        Checklist(
            id: id, scope: scope, title: title,
            headings: headings.enumerated().map { index, heading in
                let count = items / headings.count + (index < items % headings.count ? 1 : 0)
                return Checklist.Heading(
                    title: heading, items: (1...max(count, 1)).prefix(count).map { "\(heading)第\($0)项" })
            })
    }

    /// The findings of one rule about `community` on `date` under `packs` (every shipped pack by default).
    static func findings(
        _ rule: RuleID, auditing community: Community, on date: CalendarDate = Fixture.auditDate,
        packs: [PolicyPack] = PolicyPack.catalog
    ) throws -> [Finding] {
        let report = try Auditor(packs: packs).auditSequentially([community], on: date)
        #expect(report.rulesApplied.contains(rule), "\(rule) did not run")
        return report.findings.filter { $0.ruleID == rule }
    }

    /// ``compliant()`` changed by `change`.
    static func with(_ change: (inout Community) -> Void) -> Community {
        var community = compliant()
        change(&community)
        return community
    }
}
