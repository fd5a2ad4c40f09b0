import Foundation
import PartyBuildingSynthetic
import Testing

@testable import PartyBuilding

/// The interchange reader and writer against Foundation on a community's governance records: every
/// record written byte for byte as `JSONEncoder` writes it, and read as `JSONDecoder` reads it, with
/// the same refusals at the same fields.
@Suite struct InterchangeGovernanceCodingTests {
    /// Governance with every list filled and every optional of every record set.
    static let full: CommunityGovernance = {
        let evidence = [
            Evidence(kind: .document, date: "2024-02-20", reference: "城中党发〔2024〕3号", title: "关于建立联席会议的通知"),
            Evidence(kind: .meeting, date: "2025-09-18", reference: "MT-7", title: "联席会议 \"九月\" \\ 纪要/一"),
            Evidence(kind: .record, date: "2025-12-31", reference: "台账", title: "é😀\n\t"),
        ]
        return CommunityGovernance(
            grids: [
                Grid(
                    id: "G-2", level: 2, name: "东片第三网格", parentID: "G-1",
                    leaders: [GridLeader(name: "格长", memberID: "M-1"), GridLeader(name: "联络员", memberID: "M-2")],
                    memberIDs: ["M-1", "M-2"], organisationID: "P-1", partyGroupID: "PG-1", established: "2023-03-01")
            ],
            decisions: [
                Decision(
                    id: "D-1", title: "老旧小区加装电梯",
                    steps: DecisionStep.Kind.allCases.map {
                        DecisionStep(kind: $0, date: "2025-03-03", reference: "纪要")
                    })
            ],
            mediationNetwork: [MediationLevel(level: 5, name: "楼栋调解小组", evidence: evidence)],
            mediationCases: MediationCase.Outcome.allCases.map {
                MediationCase(date: "2025-06-30", outcome: $0, subject: "邻里噪音")
            },
            ledgers: Ledger.Kind.allCases.map { Ledger(kind: $0, name: "台账", updates: ["2025-01-05", "2024-12-05"]) },
            bodies: GovernanceBodyKind.allCases.map {
                GovernanceBody(
                    id: .init(rawValue: "B-\($0)"), kind: $0, name: "机构", established: "2020-02-29", evidence: evidence)
            },
            coordination: [
                CoordinationMechanism(
                    name: "红色物业联席会议", participants: GovernanceBodyKind.allCases, evidence: evidence)
            ],
            electronicLedger: ElectronicLedger(system: "智慧党建平台", since: "2021-01-01", evidence: evidence),
            compounds: ResidentialCompound.Kind.allCases.map {
                ResidentialCompound(
                    id: .init(rawValue: "C-\($0)"), name: "东关大街12号院", kind: $0, organisationID: "P-2",
                    buildings: [.init(name: "3号楼", partyGroupID: "PG-3")])
            },
            residentUnits: ResidentUnit.Kind.allCases.map {
                ResidentUnit(
                    id: .init(rawValue: "U-\($0)"), name: "示例科技公司", kind: $0, members: 9_223_372_036_854_775_807,
                    formalMembers: 0,
                    ownOrganisation: "示例科技公司党支部", jointOrganisationID: "P-3", instructor: "指导员")
            },
            checklists: Checklist.Scope.allCases.map {
                Checklist(
                    id: .init(rawValue: "K-\($0)"), scope: $0, title: "“一核四强”规范化建设清单",
                    headings: [Checklist.Heading(title: "队伍建设强", items: ["任务1", "任务2"])])
            },
            checklistAssessments: [
                ChecklistAssessment(checklistID: "K-street", year: 2025, assessedOn: "2025-12-15", completedItems: 41)
            ],
            delegatedTasks: [
                DelegatedTask(
                    title: "高龄津贴审核", delegatedBy: "区民政局", delegatedOn: "2025-03-01", funding: Money(fen: 800_005))
            ],
            officeFundShares: [OfficeFundShare(year: 2025, amount: Money(fen: -5))],
            fundDisclosures: [
                FundDisclosure(year: 2025, date: "2025-12-20", funds: FundDisclosure.Fund.allCases, means: "党务公开栏")
            ],
            recruitments: WorkerRecruitment.Level.allCases.map {
                WorkerRecruitment(workerID: "W-1", date: "2016-07-01", organisedBy: $0, organiser: "姑苏区民政局")
            },
            secretaryReports: SecretaryReport.Audience.allCases.map {
                SecretaryReport(year: 2025, date: "2025-12-10", audience: $0, reference: "述职报告")
            },
            oneStopPosts: [
                OneStopPost(
                    workerID: "W-1", post: "党员服务窗口", since: "2020-01-01", until: "2025-06-30", wearsNameBadge: true)
            ],
            satisfactionSurveys: [SatisfactionSurvey(date: "2025-11-30", respondents: 300, satisfied: 292)],
            trainingCoverage: [TrainingCoverage(year: 2025, members: 8, trained: 8)],
            householdParticipation: [HouseholdParticipation(year: 2025, campaign: "平安家庭创建", households: 1_273)])
    }()

    /// Governance with one record in each list, every optional of every record nil and every list
    /// of a record empty.
    static let minimal = CommunityGovernance(
        grids: [Grid(id: "G-1", level: 1, name: "一级网格")],
        decisions: [Decision(id: "D-1", title: "决定")],
        mediationNetwork: [MediationLevel(level: 1, name: "街道调解委员会")],
        mediationCases: [MediationCase(date: "2025-01-01", outcome: .pending)],
        ledgers: [Ledger(kind: .other)],
        bodies: [GovernanceBody(id: "B-1", kind: .serviceStation, name: "服务站")],
        coordination: [CoordinationMechanism(name: "联席会议", participants: [])],
        electronicLedger: ElectronicLedger(system: "平台", since: "2021-01-01"),
        compounds: [ResidentialCompound(id: "C-1", name: "小区", kind: .other)],
        residentUnits: [ResidentUnit(id: "U-1", name: "单位", kind: .publicUnit)],
        checklists: [Checklist(id: "K-1", scope: .community, title: "清单")],
        checklistAssessments: [
            ChecklistAssessment(checklistID: "K-1", year: 0, assessedOn: "0001-01-01", completedItems: 0)
        ],
        delegatedTasks: [DelegatedTask(title: "任务", delegatedBy: "区", delegatedOn: "2025-03-01")],
        officeFundShares: [OfficeFundShare(year: 2025, amount: .zero)],
        fundDisclosures: [FundDisclosure(year: 2025, date: "2025-12-20", funds: [], means: "")],
        recruitments: [WorkerRecruitment(workerID: "", date: "2016-07-01", organisedBy: .street, organiser: "街道")],
        secretaryReports: [SecretaryReport(year: 2025, date: "2025-12-10", audience: .membersAndResidents)],
        oneStopPosts: [OneStopPost(workerID: "W-1", post: "窗口", since: "2020-01-01", wearsNameBadge: false)],
        satisfactionSurveys: [SatisfactionSurvey(date: "2025-11-30", respondents: 0, satisfied: 0)],
        trainingCoverage: [TrainingCoverage(year: 2025, members: 0, trained: 0)],
        householdParticipation: [HouseholdParticipation(year: 2025, campaign: "", households: 0)])

    // MARK: Writing

    /// Full, minimal and empty governance, and each record in it, are written as `JSONEncoder` writes them.
    @Test func governanceWritesAsJSONEncoder() {
        for governance in [
            Self.full, Self.minimal, CommunityGovernance(), CommunityGovernance(grids: Self.minimal.grids),
        ] {
            expectSameWriting(governance)
            expectSameWritingOfEachRecord(governance)
        }
    }

    /// The governance of the governed sample and of a synthetic city's communities is written as
    /// `JSONEncoder` writes it, record by record, and read as `JSONDecoder` reads it.
    @Test func sampleAndSyntheticGovernanceWriteAsJSONEncoder() {
        let communities = [SampleCommunities.governed] + SyntheticCity(communities: 20).communities
        for community in communities {
            expectSameWriting(community.governance)
            expectSameWritingOfEachRecord(community.governance)
            expectSameReading(CommunityGovernance.self, Self.encoded(community.governance))
        }
    }

    // MARK: Reading

    /// Each type of record, full and minimal, and the documents one change away from it, read as
    /// `JSONDecoder` reads them: missing keys, `null`, wrong kinds, codes that are not codes, unknown
    /// and duplicate keys.
    @Test func eachRecordReadsAsJSONDecoder() {
        for governance in [Self.full, Self.minimal] {
            for records in Self.recordLists(of: governance) { records.expectSameReadingOfVariants(nullFirst: false) }
        }
    }

    /// `JSONDecoder` keeps the first value of a key given twice even when it is `null`, and so does
    /// the reader.
    @Test func keyGivenFirstAsNull() {
        for records in Self.recordLists(of: Self.full) { records.expectSameReadingOfVariants(nullFirst: true) }
        for document in Self.variants(of: Self.full, nullFirst: true) {
            Self.expectSameOutcome(CommunityGovernance.self, document)
        }
    }

    /// The object `governance`, with its lists absent, `null`, empty or of the wrong kind, reads as
    /// `JSONDecoder` reads it.
    @Test func governanceReadsAsJSONDecoder() {
        let governance = [Self.full, CommunityGovernance(electronicLedger: Self.minimal.electronicLedger)]
        for document in governance.flatMap({ Self.variants(of: $0, nullFirst: false) }) {
            Self.expectSameOutcome(CommunityGovernance.self, document)
        }
        for json in [
            "{}", #"{"grids":null,"electronicLedger":null}"#, #"{"grids":[]}"#, #"{"grids":{}}"#, "[]", "null",
            #"{"grids":[],}"#, #"{"grids":[{"id":"G","level":1,"name":"n","leaders":null,"memberIDs":null}]}"#,
        ] {
            Self.expectSameOutcome(CommunityGovernance.self, Data(json.utf8))
        }
    }

    /// A value wrong deep inside the records is refused with the path to it.
    @Test(
        arguments: [
            ["grids", 0, "leaders", 1, "memberID"], ["grids", 0, "memberIDs", 1], ["decisions", 0, "steps", 4, "kind"],
            ["bodies", 6, "evidence", 2, "date"], ["coordination", 0, "participants", 6],
            ["compounds", 3, "buildings", 0],
            ["checklists", 1, "headings", 0, "items", 1], ["electronicLedger", "evidence", 0, "kind"],
            ["delegatedTasks", 0, "funding"], ["fundDisclosures", 0, "funds", 0],
            ["oneStopPosts", 0, "wearsNameBadge"],
        ] as [[any Sendable]])
    func deepRefusalsNameTheField(_ path: [any Sendable]) throws {
        let tree = try JSONSerialization.jsonObject(with: Self.encoded(Self.full))
        for replacement in [true, "2025-02-30", 1.005, "nope"] as [Any] {
            let changed = Self.replacing(at: path[...], in: tree, with: replacement)
            Self.expectSameOutcome(CommunityGovernance.self, try JSONSerialization.data(withJSONObject: changed))
        }
    }

    // MARK: Helpers

    /// Each list of records of `governance`, type-erased.
    static func recordLists(of governance: CommunityGovernance) -> [any GovernanceRecordList] {
        let lists: [any GovernanceRecordList] = [
            governance.grids, governance.grids.flatMap(\.leaders), governance.decisions,
            governance.decisions.flatMap(\.steps), governance.mediationNetwork, governance.mediationCases,
            governance.ledgers, governance.bodies, governance.coordination, governance.compounds,
            governance.compounds.flatMap(\.buildings), governance.residentUnits, governance.checklists,
            governance.checklists.flatMap(\.headings), governance.checklistAssessments, governance.delegatedTasks,
            governance.officeFundShares, governance.fundDisclosures, governance.recruitments,
            governance.secretaryReports, governance.oneStopPosts, governance.satisfactionSurveys,
            governance.trainingCoverage, governance.householdParticipation,
            governance.bodies.flatMap(\.evidence) + governance.coordination.flatMap(\.evidence),
        ]
        return lists + [governance.electronicLedger.map { [$0] } ?? []]
    }

    /// `value` as `JSONEncoder` writes it with sorted keys.
    static func encoded(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(value)) ?? Data()
    }

    /// `tree` (as `JSONSerialization` reads it) with the value at `path` replaced.
    static func replacing(at path: ArraySlice<any Sendable>, in tree: Any, with replacement: Any) -> Any {
        guard let step = path.first else { return replacement }
        if let key = step as? String, var object = tree as? [String: Any], let inner = object[key] {
            object[key] = replacing(at: path.dropFirst(), in: inner, with: replacement)
            return object
        }
        if let index = step as? Int, var array = tree as? [Any], array.indices.contains(index) {
            array[index] = replacing(at: path.dropFirst(), in: array[index], with: replacement)
            return array
        }
        Issue.record("no value at \(path) in \(tree)")
        return tree
    }

    /// Writes each record of `governance` on its own, and each list of them.
    private func expectSameWritingOfEachRecord(
        _ governance: CommunityGovernance, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for records in Self.recordLists(of: governance) { records.expectSameWriting(sourceLocation: sourceLocation) }
    }
}

/// A list of governance records of one type, to check each type of a heterogeneous set.
protocol GovernanceRecordList {
    /// Checks the writer against `JSONEncoder` on the list and on each record.
    func expectSameWriting(sourceLocation: SourceLocation)
    /// Checks the reader against `JSONDecoder` on each record and on the documents one change away
    /// from it (see ``InterchangeGovernanceCodingTests/variants(of:nullFirst:)``).
    func expectSameReadingOfVariants(nullFirst: Bool)
}

extension Array: GovernanceRecordList where Element: InterchangeReadable & InterchangeWritable & Codable & Equatable {
    func expectSameWriting(sourceLocation: SourceLocation) {
        PartyBuildingStoreTests.expectSameWriting(self, sourceLocation: sourceLocation)
        for record in self { PartyBuildingStoreTests.expectSameWriting(record, sourceLocation: sourceLocation) }
    }

    func expectSameReadingOfVariants(nullFirst: Bool) {
        for record in self {
            for document in InterchangeGovernanceCodingTests.variants(of: record, nullFirst: nullFirst) {
                InterchangeGovernanceCodingTests.expectSameOutcome(Element.self, document)
            }
        }
    }
}

extension InterchangeGovernanceCodingTests {
    /// `value` as written and the documents one change away from it: each key removed, set to `null`
    /// or to a value of each kind (a code that is not one, a date that is not a day, a fraction),
    /// given twice with the first value counting, and unknown keys added; or, with `nullFirst`,
    /// each key given first as `null` and then with its value.
    static func variants<Value: Encodable>(of value: Value, nullFirst: Bool) -> [Data] {
        let data = encoded(value)
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any], !object.isEmpty else {
            Issue.record("\(value) is not written as an object with fields")
            return []
        }
        let members = String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
        if nullFirst { return object.keys.sorted().map { Data(#"{"\#($0)":null,\#(members)}"#.utf8) } }
        var documents = [data, Data(#"{"unknown":{"a":[1,null]},\#(members),"zz":null}"#.utf8)]
        let replacements: [Any] = [NSNull(), true, "not-a-code", "2025-02-30", 1.5, 7, -1, [Any](), [String: Any]()]
        for key in object.keys.sorted() {
            var without = object
            without[key] = nil
            documents.append((try? JSONSerialization.data(withJSONObject: without, options: .sortedKeys)) ?? Data())
            for replacement in replacements {
                var changed = object
                changed[key] = replacement
                documents.append((try? JSONSerialization.data(withJSONObject: changed, options: .sortedKeys)) ?? Data())
            }
            documents.append(Data(#"{\#(members),"\#(key)":true}"#.utf8))
            documents.append(Data(#"{"\#(key)":true,\#(members)}"#.utf8))
        }
        return documents
    }

    /// Checks that the reader and `JSONDecoder` agree on `data` and, when both refuse it, that the
    /// reader names the field and the problem the decoder's error does.
    static func expectSameOutcome<Value: InterchangeReadable & Decodable & Equatable>(
        _ type: Value.Type, _ data: Data, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectSameReading(type, data, sourceLocation: sourceLocation)
        guard case .failure(let failure) = interchangeRead(type, from: data),
            let error = Result(catching: { try JSONDecoder().decode(type, from: data) }).failure
        else { return }
        let explained = InterchangeError(reading: error, in: data, file: nil)
        let text = String(decoding: data.prefix(300), as: UTF8.self)
        // Foundation refuses a whole number written with a fraction (`1.5`) as data that is not JSON,
        // at the root, where the reader names the field; and a document that is not an object is
        // explained as not a dataset.
        if explained.field == nil, case .notJSON = explained.problem { return }
        if case .notADataset = explained.problem { return }
        #expect(failure.field == explained.field, "\(text)", sourceLocation: sourceLocation)
        #expect(comparable(failure.problem) == comparable(explained.problem), "\(text)", sourceLocation: sourceLocation)
    }

    /// A problem without the difference of wording that is not the schema's: Foundation calls a
    /// `null` where `true` or `false` must be a mismatch, not a missing value.
    private static func comparable(_ problem: InterchangeError.Problem) -> InterchangeError.Problem {
        guard case .wrongType(let expected) = problem else { return problem }
        return .wrongType(expected: expected == "true or false, not null" ? "true or false" : expected)
    }
}

extension Result {
    /// The error, if this is a failure.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
