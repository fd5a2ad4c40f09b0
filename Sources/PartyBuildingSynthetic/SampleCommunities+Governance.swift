import PartyBuilding

extension SampleCommunities {
    /// 青松社区, an invented community that keeps every kind of governance record and a pipeline of
    /// admission, for `swift run audit Examples/Data/governance.json --packs SZ2011,NAT,TA,GRID,MY,DG`.
    ///
    /// Its street supplied its own 一核四强 checklist, one task short of the 44 the document states; its
    /// general branch of 8 members has an approval on record; the rest meets the rules except where a
    /// record says otherwise: a decision heard before the members'
    /// council met, the petitions ledger last updated in October, a talk held five weeks after an
    /// application, and an admission not yet approved after four months. Its people are invented.
    public static var governed: Community {
        var community = Community(
            id: "QS", name: "青松社区", district: "示例区", street: "示例街道", development: .existing, households: 1_820,
            residents: 5_460, residentialFloorArea: Area(squareMetres: 150_000), isConcentratedResettlement: false,
            residentsCommittees: [ResidentsCommittee(id: "QS-RC1", name: "青松社区居民委员会")],
            serviceSpace: Area(squareMetres: 4_600), workAndActivityRoomArea: Area(squareMetres: 800),
            partyUseArea: Area(squareMetres: 300), landArea: Area(squareMetres: 420_000))
        let branches: [OrganisationID] = ["QS-B1", "QS-B2"]
        community.organisations = [
            PartyOrganisation(id: "QS-P", name: "青松社区党总支", form: .generalBranch, founded: "2015-03-01"),
            PartyOrganisation(id: branches[0], name: "第一党支部", form: .branch, parentID: "QS-P", founded: "2015-03-01"),
            PartyOrganisation(id: branches[1], name: "第二党支部", form: .branch, parentID: "QS-P", founded: "2015-03-01"),
        ]
        community.members = (1...8).map { index in
            var member = Member(
                id: MemberID("QS-M\(index)"), name: "党员\(index)", organisationID: branches[(index - 1) / 4],
                birthDate: CalendarDate(known: 1960 + index * 4, index, 10))
            // 6000 元 after tax a month: 1.5%, paid by the 20th.
            member.duesPayments = (1...12).compactMap { month in
                (try? CalendarMonth(year: year, month: month)).map {
                    DuesPayment(
                        month: $0, base: .wage(Money(yuan: 6_000)), amount: Money(yuan: 90),
                        paidOn: CalendarDate(known: year, month, 20))
                }
            }
            return member
        }
        // A general branch of 8 formal members is above what SZ2011 art. 3 permits (超过50人): approved.
        community.exceptions = [
            RuleException(
                ruleID: "SZ2011.3.general-branch", reason: "两个支部分布在相距较远的两个片区，设党总支便于统一领导",
                approver: "示例街道党工委", approvedOn: "2015-02-20")
        ]
        let first = community.members.prefix(4).map(\.id)
        let second = community.members.suffix(4).map(\.id)
        community.partyGroups = [
            PartyGroup(id: "QS-G1", organisationID: branches[0], name: "东区党小组", leaderID: first[0], memberIDs: first),
            PartyGroup(id: "QS-G2", organisationID: branches[1], name: "西区党小组", leaderID: second[0], memberIDs: second),
        ]
        community.workers = [
            worker(
                "QS-W1", "周书记", roles: [.secretary, .residentsCommitteeDirector], born: (1982, 4, 1),
                education: .bachelor,
                certified: true, pay: 132_000, trainings: [(.district, 4), (.district, 3.5)]),
            worker(
                "QS-W2", "吴站长", roles: [.workStationHead], born: (1988, 9, 12), education: .bachelor, certified: true,
                pay: 118_000, trainings: [(.district, 7)]),
        ]
        community.fundGrants = [
            FundGrant(year: year, purpose: .work, source: .district, amount: Money(yuan: 109_200)),
            FundGrant(year: year, purpose: .activity, source: .district, amount: Money(yuan: 15_000)),
        ]
        community.governance = governance(first: first, second: second, branches: branches)
        community.applicants = applicants(contacts: first)
        return community
    }

    /// The governance records of ``governed``.
    private static func governance(first: [MemberID], second: [MemberID], branches: [OrganisationID])
        -> CommunityGovernance
    {
        func evidence(_ reference: String, _ date: CalendarDate = "2024-02-20") -> [Evidence] {
            [Evidence(kind: .document, date: date, reference: reference)]
        }
        var records = CommunityGovernance()
        records.grids = [
            Grid(id: "QS-L1", level: 1, name: "青松一级网格", leaders: [GridLeader(name: "街道党工委书记")]),
            Grid(
                id: "QS-L2", level: 2, name: "青松二级网格", parentID: "QS-L1",
                leaders: [GridLeader(name: "总支委员", memberID: first[1])]),
            Grid(
                id: "QS-L3E", level: 3, name: "东区三级网格", parentID: "QS-L2",
                leaders: [GridLeader(name: "支部书记", memberID: first[0])], organisationID: branches[0]),
            Grid(
                id: "QS-L3W", level: 3, name: "西区三级网格", parentID: "QS-L2",
                leaders: [GridLeader(name: "支部书记", memberID: second[0])], organisationID: branches[1]),
            Grid(
                id: "QS-L4E", level: 4, name: "东区四级网格", parentID: "QS-L3E",
                leaders: [GridLeader(name: "格长", memberID: first[2])], memberIDs: first, partyGroupID: "QS-G1"),
            Grid(
                id: "QS-L4W", level: 4, name: "西区四级网格", parentID: "QS-L3W",
                leaders: [GridLeader(name: "格长", memberID: second[2])], memberIDs: second, partyGroupID: "QS-G2"),
        ]
        records.decisions = [
            Decision(
                id: "QS-D1", title: "老旧小区加装电梯",
                steps: [
                    DecisionStep(kind: .partyLeadership, date: "2025-03-03", reference: "党总支会议纪要"),
                    DecisionStep(kind: .membersCouncil, date: "2025-03-12", reference: "议事会纪要"),
                    DecisionStep(kind: .residentsHearing, date: "2025-03-10", reference: "听证会记录"),
                    DecisionStep(kind: .residentsMeeting, date: "2025-03-25", reference: "居民代表会议决议"),
                    DecisionStep(kind: .committeeExecution, date: "2025-04-08", reference: "居委会实施方案"),
                ])
        ]
        let mediators = ["街道调解委员会", "社区调解委员会", "片区调解小组", "小区调解员", "楼栋信息员"]
        records.mediationNetwork = mediators.enumerated().map { index, name in
            MediationLevel(level: index + 1, name: name, evidence: evidence("调解网络建设方案"))
        }
        records.mediationCases =
            (0..<11).map { MediationCase(date: CalendarDate(known: year, $0 + 1, 8), outcome: .settled) }
            + [MediationCase(date: "2025-12-02", outcome: .notSettled)]
        records.ledgers = [
            Ledger(kind: .householdsInDifficulty, updates: (1...12).map { CalendarDate(known: year, $0, 5) }),
            Ledger(kind: .residentsRequests, updates: (1...12).map { CalendarDate(known: year, $0, 5) }),
            Ledger(kind: .petitions, updates: (1...10).map { CalendarDate(known: year, $0, 5) }),
        ]
        records.bodies = [
            GovernanceBody(id: "QS-S1", kind: .supervisionCommittee, name: "居务监督委员会", evidence: evidence("选举结果公告")),
            GovernanceBody(id: "QS-S2", kind: .serviceStation, name: "社区综合服务站", evidence: evidence("挂牌通知")),
            GovernanceBody(id: "QS-S3", kind: .socialOrganisation, name: "青松志愿者协会", evidence: evidence("登记证书")),
            GovernanceBody(id: "QS-S4", kind: .ownersCommittee, name: "青松苑业主委员会", evidence: evidence("备案回执")),
            GovernanceBody(id: "QS-S5", kind: .propertyServiceCompany, name: "示例物业公司", evidence: evidence("物业服务合同")),
        ]
        records.coordination = [
            CoordinationMechanism(
                name: "红色物业联席会议",
                participants: [.partyOrganisation, .residentsCommittee, .ownersCommittee, .propertyServiceCompany],
                evidence: evidence("联席会议制度") + [Evidence(kind: .meeting, date: "2025-09-18", reference: "联席会议纪要")])
        ]
        records.electronicLedger = ElectronicLedger(
            system: "智慧党建平台", since: "2021-01-01", evidence: evidence("启用通知", "2021-01-04"))
        records.compounds = [
            ResidentialCompound(
                id: "QS-C1", name: "青松苑", kind: .commercial, organisationID: branches[0],
                buildings: [.init(name: "1号楼", partyGroupID: "QS-G1"), .init(name: "2号楼", partyGroupID: "QS-G2")])
        ]
        records.residentUnits = [
            ResidentUnit(
                id: "QS-U1", name: "示例科技公司", kind: .nonPublicEnterprise, members: 5, formalMembers: 4,
                ownOrganisation: "示例科技公司党支部"),
            ResidentUnit(
                id: "QS-U2", name: "青松书画社", kind: .socialOrganisation, members: 1, formalMembers: 1,
                instructor: "党建工作指导员"),
        ]
        records.checklists = [
            Checklist(
                id: "QS-K1", scope: .street, title: "“一核四强”规范化建设清单（示例街道）",
                headings: ["以党组织为核心", "队伍建设强", "服务能力强", "制度保障强", "文化引领强"].enumerated().map { index, title in
                    Checklist.Heading(title: title, items: (1...(index < 3 ? 9 : 8)).map { "\(title)任务\($0)" })
                })
        ]
        records.checklistAssessments = [
            ChecklistAssessment(checklistID: "QS-K1", year: year, assessedOn: "2025-12-15", completedItems: 41)
        ]
        records.delegatedTasks = [
            DelegatedTask(title: "高龄津贴审核", delegatedBy: "区民政局", delegatedOn: "2025-03-01", funding: Money(yuan: 8_000))
        ]
        records.officeFundShares = [OfficeFundShare(year: year, amount: Money(yuan: 12_000))]
        records.fundDisclosures = [
            FundDisclosure(year: year, date: "2025-12-20", funds: [.office, .activity], means: "党务公开栏")
        ]
        records.recruitments = [
            WorkerRecruitment(
                workerID: "QS-W1", date: "2016-07-01", organisedBy: .countyOrDistrict, organiser: "示例区民政局"),
            WorkerRecruitment(
                workerID: "QS-W2", date: "2019-07-01", organisedBy: .countyOrDistrict, organiser: "示例区民政局"),
        ]
        records.secretaryReports = [
            SecretaryReport(year: year, date: "2025-12-10", audience: .streetWorkingCommittee),
            SecretaryReport(year: year, date: "2025-12-18", audience: .membersAndResidents),
        ]
        records.oneStopPosts = [
            OneStopPost(workerID: "QS-W1", post: "党群服务窗口", since: "2020-01-01", wearsNameBadge: true)
        ]
        records.satisfactionSurveys = [SatisfactionSurvey(date: "2025-11-30", respondents: 300, satisfied: 292)]
        records.trainingCoverage = [TrainingCoverage(year: year, members: 8, trained: 8)]
        records.householdParticipation = [HouseholdParticipation(year: year, campaign: "平安家庭创建", households: 1_102)]
        return records
    }

    /// The pipeline of ``governed``: one applicant talked to five weeks after applying, one activist, and
    /// one admitted in August whose approval is still pending at the end of the year.
    private static func applicants(contacts: [MemberID]) -> [Applicant] {
        var late = Applicant(
            id: "QS-A1", name: "申请人甲", organisationID: "QS-B1", applied: "2025-09-02", birthDate: "1999-02-14")
        late.talk = "2025-10-09"
        var activist = Applicant(
            id: "QS-A2", name: "申请人乙", organisationID: "QS-B2", applied: "2024-10-08", birthDate: "1997-06-30")
        activist.talk = "2024-10-20"
        activist.activist = ActivistDesignation(date: "2024-12-01", contacts: [contacts[0], contacts[1]])
        var admitted = Applicant(
            id: "QS-A3", name: "申请人丙", organisationID: "QS-B1", applied: "2023-03-01", birthDate: "1994-11-03")
        admitted.talk = "2023-03-15"
        admitted.activist = ActivistDesignation(date: "2023-05-01", contacts: [contacts[2]])
        admitted.target = TargetDesignation(date: "2024-06-01", filedOn: "2024-06-10")
        admitted.politicalReview = PoliticalReview(date: "2025-06-20", passed: true)
        admitted.training = IntensiveTraining(date: "2025-07-04", days: Days(tenths: 30))
        admitted.preReview = "2025-07-20"
        admitted.vote = BranchVote(date: "2025-08-15", entitled: 4, present: 4, yes: 4)
        return [late, activist, admitted]
    }
}
