import PartyBuilding

extension ConformanceFixtures {
    /// The governance records of ``rich(id:)``: at least one of every kind, every enum case, every
    /// optional field set in one record and unset in another, empty and long nested lists, and the
    /// community's land area.
    ///
    /// The records name only people, organisations, Party groups and workers that `community` holds
    /// (its members `M-0` to `M-3`, organisations `ORG-G`, `ORG-B` and `ORG-E`, Party groups `PG-1` and
    /// `PG-2`, workers `W-0` and `W-1`), and keep within its counts: no more households taking part
    /// than the community has, no more items completed than a checklist holds.
    static func addGovernance(to community: inout Community) {
        community.landArea = Area(hundredthsOfSquareMetre: 54_000_001)
        community.governance = CommunityGovernance(
            grids: grids(), decisions: decisions(), mediationNetwork: mediationNetwork(),
            mediationCases: [
                MediationCase(date: CalendarDate("2024-02-29"), outcome: .settled, subject: "邻里噪音\n\"楼上\""),
                MediationCase(date: CalendarDate("2024-05-06"), outcome: .notSettled),
                MediationCase(date: CalendarDate("2024-12-30"), outcome: .pending, subject: "车位纠纷 🚗"),
            ],
            ledgers: [
                Ledger(
                    kind: .householdsInDifficulty,
                    updates: (1...12).map { CalendarDate(known: 2024, $0, $0 == 2 ? 29 : 28) }),
                Ledger(kind: .residentsRequests, name: "民生诉求台账（2024）", updates: [CalendarDate("2024-03-01")]),
                Ledger(kind: .petitions, updates: [CalendarDate("2024-06-30"), CalendarDate("2024-01-31")]),
                Ledger(kind: .other, name: "Zoe\u{308} 🗂️"),
            ],
            bodies: bodies(), coordination: coordination(),
            electronicLedger: ElectronicLedger(
                system: "智慧党建平台 v2", since: CalendarDate("2020-02-29"),
                evidence: [
                    Evidence(kind: .record, date: CalendarDate("2024-12-31"), reference: "电子台账导出 2024", title: "年度导出"),
                    Evidence(kind: .document, date: CalendarDate("2020-02-29"), reference: "观前党工〔2020〕7号"),
                ]),
            compounds: compounds(), residentUnits: residentUnits(), checklists: checklists(),
            checklistAssessments: [
                ChecklistAssessment(
                    checklistID: "CL-S", year: 2023, assessedOn: CalendarDate("2023-12-20"), completedItems: 0),
                ChecklistAssessment(
                    checklistID: "CL-S", year: 2024, assessedOn: CalendarDate("2024-12-20"), completedItems: 3),
                ChecklistAssessment(
                    checklistID: "CL-C", year: 2024, assessedOn: CalendarDate("2025-01-01"), completedItems: 1),
            ],
            delegatedTasks: [
                DelegatedTask(
                    title: "老年人能力评估", delegatedBy: "平江区民政局", delegatedOn: CalendarDate("2024-02-29"),
                    funding: Money(fen: 1_200_001)),
                DelegatedTask(
                    title: "人口普查入户", delegatedBy: "平江区统计局", delegatedOn: CalendarDate("2024-04-01"), funding: .zero),
                DelegatedTask(title: "垃圾分类督导\n（试点）", delegatedBy: "观前街道办事处", delegatedOn: CalendarDate("2024-07-15")),
            ],
            officeFundShares: [OfficeFundShare(year: 2024, amount: Money(fen: 500_001))],
            fundDisclosures: [
                FundDisclosure(
                    year: 2023, date: CalendarDate("2024-01-20"), funds: [.office, .activity], means: "党务公开栏"),
                FundDisclosure(year: 2024, date: CalendarDate("2024-07-01"), funds: [.activity], means: "党员大会通报"),
            ],
            recruitments: [
                WorkerRecruitment(
                    workerID: "W-0", date: CalendarDate("2012-02-29"), organisedBy: .countyOrDistrict,
                    organiser: "平江区民政局"),
                WorkerRecruitment(
                    workerID: "W-1", date: CalendarDate("2010-08-01"), organisedBy: .street, organiser: "观前街道"),
                WorkerRecruitment(
                    workerID: "W-2", date: CalendarDate("2009-08-01"), organisedBy: .community, organiser: "东关社区居委会"),
            ],
            secretaryReports: [
                SecretaryReport(
                    year: 2024, date: CalendarDate("2025-01-01"), audience: .streetWorkingCommittee,
                    reference: "述职报告 2024-1"),
                SecretaryReport(year: 2024, date: CalendarDate("2024-12-30"), audience: .membersAndResidents),
            ],
            oneStopPosts: [
                OneStopPost(workerID: "W-0", post: "党员服务窗口", since: CalendarDate("2020-02-29"), wearsNameBadge: true),
                OneStopPost(
                    workerID: "W-1", post: "社会保障窗口 🪪", since: CalendarDate("2019-03-01"),
                    until: CalendarDate("2024-02-29"), wearsNameBadge: false),
            ],
            satisfactionSurveys: [
                SatisfactionSurvey(date: CalendarDate("2024-06-30"), respondents: 500, satisfied: 493),
                SatisfactionSurvey(date: CalendarDate("2024-12-31"), respondents: 1, satisfied: 0),
            ],
            trainingCoverage: [
                TrainingCoverage(year: 2023, members: 12, trained: 12),
                TrainingCoverage(year: 2024, members: 12, trained: 11),
            ],
            householdParticipation: [
                HouseholdParticipation(year: 2024, campaign: "平安家庭创建", households: 1_273),
                HouseholdParticipation(year: 2024, campaign: "绿色家庭", households: 1),
            ])
    }

    /// Grids of all four levels, each below a grid of the level above: with and without a parent,
    /// leaders (none, one from outside the community, two of whom one is a member), members, a branch,
    /// a Party group and a founding day.
    private static func grids() -> [Grid] {
        [
            Grid(
                id: "GR-1", level: 1, name: "观前片区一级网格",
                leaders: [GridLeader(name: "街道党工委书记 周明"), GridLeader(name: "挂钩领导 吴刚")]),
            Grid(
                id: "GR-2", level: 2, name: "东片二级网格", parentID: "GR-1",
                leaders: [GridLeader(name: "张伟", memberID: "M-0")],
                organisationID: "ORG-G", established: CalendarDate("2016-02-29")),
            Grid(
                id: "GR-3", level: 3, name: "离退休三级网格", parentID: "GR-2",
                leaders: [GridLeader(name: "Zoë", memberID: "M-1")], memberIDs: ["M-1", "M-3"], organisationID: "ORG-B"),
            Grid(
                id: "GR-4", level: Grid.memberLevel, name: "第三网格 🌿", parentID: "GR-3",
                leaders: [GridLeader(name: "Zoe\u{308}", memberID: "M-2")], memberIDs: ["M-0", "M-2"],
                partyGroupID: "PG-1", established: CalendarDate("2017-01-01")),
            Grid(id: "GR-5", level: Grid.memberLevel, name: "第四网格", parentID: "GR-3"),
        ]
    }

    /// A decision with all five steps in TA's order (some with a reference), one with a single step,
    /// and one with none.
    private static func decisions() -> [Decision] {
        let steps = DecisionStep.Kind.allCases.sorted().enumerated().map { index, kind in
            DecisionStep(
                kind: kind, date: CalendarDate(known: 2024, 3, 1 + index * 7),
                reference: index % 2 == 0 ? "会议纪要 №\(index)" : nil)
        }
        return [
            Decision(id: "DC-1", title: "老旧小区加装电梯", steps: steps),
            Decision(
                id: "DC-2", title: "停车收费调整\n\"试行\"",
                steps: [DecisionStep(kind: .partyLeadership, date: CalendarDate("2024-02-29"))]),
            Decision(
                id: "DC-3", title: "社区花园改造",
                steps: [DecisionStep(kind: .membersCouncil, date: CalendarDate("2024-06-01"), reference: "议事会纪要")]),
        ]
    }

    /// The five levels of the mediation network, with evidence of every kind, titled and untitled,
    /// and one level without evidence.
    private static func mediationNetwork() -> [MediationLevel] {
        let kinds = Evidence.Kind.allCases
        return (1...5).map { level in
            // Level 1 has one piece of evidence per kind, level 5 none, the others one each.
            let count = level == 1 ? kinds.count : (level == 5 ? 0 : 1)
            let evidence = (0..<count).map { number in
                Evidence(
                    kind: kinds[(level + number) % kinds.count],
                    date: CalendarDate(known: 2020 + level, 2, 28 - number),
                    reference: "调解网络〔\(2020 + level)〕\(level)-\(number)号",
                    title: (level + number) % 2 == 0 ? nil : "设立文件 #\(level)")
            }
            return MediationLevel(
                level: level, name: ["区调解中心", "街道调委会", "社区调委会", "小区调解小组", "楼栋调解员"][level - 1],
                evidence: evidence)
        }
    }

    /// A body of every kind not recorded elsewhere, with and without a founding day and evidence.
    private static func bodies() -> [GovernanceBody] {
        GovernanceBodyKind.allCases.filter { !$0.isRecordedElsewhere }.enumerated().map { index, kind in
            GovernanceBody(
                id: GovernanceBodyID("GB-\(index)"), kind: kind, name: "\(kind.label.chinese) #\(index)",
                established: index % 2 == 0 ? CalendarDate(known: 2010 + index, 2, 28) : nil,
                evidence: index == 1
                    ? []
                    : [
                        Evidence(
                            kind: .meeting, date: CalendarDate(known: 2024, 1 + index, 10), reference: "MT-\(index)",
                            title: "成立会议"),
                        Evidence(
                            kind: .document, date: CalendarDate(known: 2023, 1 + index, 1), reference: "章程 v\(index)"),
                    ])
        }
    }

    /// Coordination mechanisms whose participants are every kind of body, the ones recorded elsewhere
    /// included, with and without evidence.
    private static func coordination() -> [CoordinationMechanism] {
        [
            CoordinationMechanism(
                name: "红色物业联席会议",
                participants: [.partyOrganisation, .residentsCommittee, .ownersCommittee, .propertyServiceCompany],
                evidence: [
                    Evidence(
                        kind: .document, date: CalendarDate("2021-02-01"), reference: "东关党〔2021〕2号", title: "联席会议制度"),
                    Evidence(kind: .meeting, date: CalendarDate("2024-02-29"), reference: "MT-0"),
                    Evidence(kind: .record, date: CalendarDate("2024-09-30"), reference: "联席会议台账"),
                ]),
            CoordinationMechanism(
                name: "“六位一体”共治议事会",
                participants: [.partyOrganisation, .supervisionCommittee, .serviceStation, .socialOrganisation]),
        ]
    }

    /// A compound of every kind, with and without a branch, with buildings with and without a Party
    /// group, and one without buildings.
    private static func compounds() -> [ResidentialCompound] {
        [
            ResidentialCompound(
                id: "CP-1", name: "东关大街12号院", kind: .oldCourtyard, organisationID: "ORG-B",
                buildings: [
                    ResidentialCompound.Building(name: "1号楼", partyGroupID: "PG-1"),
                    ResidentialCompound.Building(name: "2号楼"),
                    ResidentialCompound.Building(name: "3号楼", partyGroupID: "PG-2"),
                ]),
            ResidentialCompound(
                id: "CP-2", name: "观前花园", kind: .commercial, buildings: [ResidentialCompound.Building(name: "A栋 🏢")]),
            ResidentialCompound(id: "CP-3", name: "无名院落", kind: .unmanaged),
            ResidentialCompound(id: "CP-4", name: "O'Brien Court", kind: .other, organisationID: "ORG-G"),
        ]
    }

    /// A unit of every kind: one with every figure and name recorded, one covered by the joint branch,
    /// one with nothing recorded beyond its name.
    private static func residentUnits() -> [ResidentUnit] {
        [
            ResidentUnit(
                id: "RU-1", name: "甲科技有限公司", kind: .nonPublicEnterprise, members: 5, formalMembers: 4,
                ownOrganisation: "甲科技有限公司党支部", instructor: "党建指导员 钱芳"),
            ResidentUnit(
                id: "RU-2", name: "乙物业服务有限公司", kind: .socialOrganisation, members: 2,
                jointOrganisationID: "ORG-E"),
            ResidentUnit(id: "RU-3", name: "区第一中学", kind: .publicUnit),
        ]
    }

    /// A street checklist of two headings with three items, and a community checklist with a heading
    /// that has no items yet.
    private static func checklists() -> [Checklist] {
        [
            Checklist(
                id: "CL-S", scope: .street, title: "“一核四强”规范化建设清单",
                headings: [
                    Checklist.Heading(title: "队伍建设强", items: ["书记工作室", "党员培训\n每季度一次"]),
                    Checklist.Heading(title: "服务功能强", items: ["一站式服务 🪪"]),
                ]),
            Checklist(
                id: "CL-C", scope: .community, title: "“六化体系”规范化建设清单",
                headings: [
                    Checklist.Heading(title: "组织建设区域化"),
                    Checklist.Heading(title: "阵地建设标准化", items: ["党群服务中心"]),
                ]),
        ]
    }
}
