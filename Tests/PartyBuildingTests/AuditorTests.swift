import Foundation
import Testing

@testable import PartyBuilding

@Suite("Auditor, reports, scenarios and the registry")
struct AuditorTests {
    let date = CalendarDate("2025-12-31")

    /// Communities of varied size whose records fail several rules each.
    func city(_ count: Int) -> [Community] {
        (0..<count).map { index in
            var community = Community(
                id: CommunityID("C\(index)"), name: "社区\(index)", district: index % 2 == 0 ? "姑苏区" : "吴中区",
                development: index % 3 == 0 ? .planned : .existing, households: 1000 + index * 37,
                residents: 3000 + index * 101, residentialFloorArea: Area(squareMetres: 50_000 + index * 1_000),
                serviceSpace: Area(squareMetres: 1_400 + index * 7), workAndActivityRoomArea: Area(squareMetres: 250),
                partyUseArea: Area(squareMetres: 80 + index % 10))
            community.organisations = [
                PartyOrganisation(id: "P", name: "党组织", form: index % 4 == 0 ? .generalBranch : .branch)
            ]
            community.members = (0..<(index * 7 % 130)).map {
                Member(id: MemberID("M\($0)"), name: "党员", organisationID: "P")
            }
            community.fundGrants = [
                FundGrant(year: 2025, purpose: .activity, source: .district, amount: Money(yuan: 14_000 + index * 300))
            ]
            community.workers = [
                CommunityWorker(
                    id: "W", name: "书记", roles: [.secretary],
                    birthDate: CalendarDate(known: 1975 + index % 20, 6, 1),
                    annualPay: [AnnualPay(year: 2025, amount: Money(yuan: 100_000 + index * 50))])
            ]
            community.localAverageWages = [AverageWage(year: 2024, amount: Money(yuan: 90_000))]
            return community
        }
    }

    @Test func parallelAuditEqualsSequentialAudit() async throws {
        let communities = city(157)
        let parallel = try await Auditor().audit(communities, on: date)
        let sequential = try Auditor().auditSequentially(communities, on: date)
        #expect(parallel.findings.count > 157)
        #expect(parallel.findings == sequential.findings)
        #expect(parallel.communityIDs == communities.map(\.id))
        for community in communities.prefix(20) {
            #expect(parallel.findings(about: community.id).allSatisfy { $0.communityID == community.id })
        }
        #expect(parallel.countsBySeverity.values.reduce(0, +) == parallel.findings.count)
        #expect(parallel.countsByRule.values.reduce(0, +) == parallel.findings.count)
    }

    @Test func findingsComeInCommunityThenRuleOrder() async throws {
        let report = try await Auditor().audit(city(40), on: date)
        let order = Dictionary(uniqueKeysWithValues: report.rulesApplied.enumerated().map { ($1, $0) })
        for range in report.communityRanges {
            let ranks = report.findings[range].map { order[$0.ruleID]! }
            #expect(ranks == ranks.sorted())
        }
    }

    @Test func reauditEqualsAFullAuditUnderTheScenario() async throws {
        let communities = city(120)
        let baseline = try await Auditor().audit(communities, on: date)
        let scenario = Scenario(
            name: "200 元/人",
            overrides: [
                .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2025-01-01"))
            ])
        let whatIf = try await Auditor(scenario: scenario).reaudit(baseline, of: communities)
        let full = try await Auditor(scenario: scenario).audit(communities, on: date)
        #expect(whatIf.findings == full.findings)
        #expect(whatIf.countsByRule == full.countsByRule)
        #expect(whatIf.scenarioName == "200 元/人")
        #expect(
            whatIf.parameterChanges == [
                ParameterChange(
                    parameterID: SZ2011.Parameters.activityFundPerMember.id, period: .year(2025),
                    baseline: .money(Money(yuan: 150)), scenario: .money(Money(yuan: 200)))
            ])
        #expect(
            whatIf.countsByRule["SZ2011.19.activity-fund", default: 0]
                > baseline.countsByRule["SZ2011.19.activity-fund", default: 0])

        let back = try await Auditor().reaudit(whatIf, of: communities)
        #expect(back.findings == baseline.findings)
        #expect(back.parameterChanges.isEmpty)
    }

    @Test func reauditUnderOtherPacksIsAFullAudit() async throws {
        let communities = city(12)
        let empty = PolicyPack(
            id: "NONE", title: LocalizedText(chinese: "空", english: "Empty"), parameters: [], rules: [])
        let baseline = try await Auditor(packs: [empty]).audit(communities, on: date)
        #expect(baseline.findings.isEmpty)
        let reaudit = try await Auditor(packs: [.suzhou2011]).reaudit(baseline, of: communities)
        let full = try await Auditor(packs: [.suzhou2011]).audit(communities, on: date)
        #expect(reaudit.findings == full.findings)
        #expect(reaudit.packIDs == ["SZ2011"])
    }

    @Test func reauditOfOtherCommunitiesIsAFullAudit() async throws {
        let communities = city(5)
        let baseline = try await Auditor().audit(communities, on: date)
        let reversed = Array(communities.reversed())
        let reaudit = try await Auditor().reaudit(baseline, of: reversed)
        #expect(reaudit.findings == (try await Auditor().audit(reversed, on: date)).findings)
        #expect(reaudit.communityIDs == reversed.map(\.id))
    }

    @Test func scenarioOutsideItsPeriodChangesNothing() async throws {
        let scenario = Scenario(
            name: "from 2026",
            overrides: [
                .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2026-01-01"))
            ])
        let report = try await Auditor(scenario: scenario).audit(city(10), on: date)
        #expect(report.parameterChanges.isEmpty)
        #expect(report.findings == (try await Auditor().audit(city(10), on: date)).findings)
    }

    @Test func badScenariosAndDuplicatesAreTypedErrors() async {
        let unknown = Scenario(name: "x", overrides: [.init("SZ2011.99.nothing", value: .count(1))])
        await #expect(throws: AuditError.parameter(.unknown("SZ2011.99.nothing"))) {
            try await Auditor(scenario: unknown).audit(city(1), on: date)
        }
        let wrongUnit = Scenario(
            name: "x", overrides: [.init(SZ2011.Parameters.activityFundPerMember.id, value: .count(200))])
        await #expect(
            throws: AuditError.parameter(
                .kindMismatch(SZ2011.Parameters.activityFundPerMember.id, expected: .money, found: .count))
        ) {
            try await Auditor(scenario: wrongUnit).audit(city(1), on: date)
        }
        await #expect(throws: AuditError.duplicateCommunity("C0")) {
            try await Auditor().audit(city(1) + city(1), on: date)
        }
        await #expect(throws: AuditError.parameter(.duplicate(SZ2011.Parameters.all[0].id))) {
            try await Auditor(packs: [.suzhou2011, .suzhou2011]).audit(city(1), on: date)
        }
    }

    @Test func overridesThatCannotBeMeantAreRejected() async {
        let negative = Scenario(
            name: "x", overrides: [.init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: -150))])
        await #expect(throws: AuditError.self) { try await Auditor(scenario: negative).audit(city(1), on: date) }
        let reversed = Scenario(name: "x", overrides: [.init(SZ2011.Parameters.ageBandLow, value: 50)])
        do {
            _ = try await Auditor(scenario: reversed).audit(city(1), on: date)
            Issue.record("a band whose low end is above its high end was accepted")
        } catch {
            guard case AuditError.parameter(.outOfRange(let id, _)) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(id == SZ2011.Parameters.ageBandLow.id)
        }
    }

    @Test func aParameterWithoutAValueOnTheDateIsNotInForceNotUnknown() throws {
        let values = try ParameterValues(packs: [.suzhou2011], scenario: nil, for: .day("2014-06-01"))
        #expect(throws: ParameterError.notInForce(SZ2011.Parameters.certificateMaxAge.id, for: .day("2014-06-01"))) {
            try values.value(SZ2011.Parameters.certificateMaxAge)
        }
        #expect(throws: ParameterError.unknown("SZ2011.0.none")) { try values.value("SZ2011.0.none") }
    }

    @Test func parametersDecodeOnlyWhenTheirValuesAreInOrder() throws {
        let citation = Citation(document: "X", article: "1", wording: "x")
        let parameter = Parameter(
            CountKey("X.1.figure"), title: LocalizedText(chinese: "x", english: "x"), citation: citation,
            values: [
                .init(
                    from: CalendarDate("2020-01-01"), until: CalendarDate("2020-12-31"),
                    value: .count(1)),
                .init(from: CalendarDate("2021-01-01"), value: .count(2)),
            ])
        let data = try JSONEncoder().encode(parameter)
        #expect(try JSONDecoder().decode(Parameter.self, from: data) == parameter)

        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var values = try #require(object["values"] as? [[String: Any]])
        values[0].removeValue(forKey: "validUntil")  // now the first value never ends: the periods overlap
        object["values"] = values
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Parameter.self, from: JSONSerialization.data(withJSONObject: object))
        }
        object["values"] = [[String: Any]]()
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Parameter.self, from: JSONSerialization.data(withJSONObject: object))
        }
    }

    @Test func rulesOutOfForceAreListed() async throws {
        // Only the dues regulation (2008-02-28) is in force at the end of 2010; the rest of NAT and all
        // of SZ2011 (2011-06-24) are not yet.
        let before = try await Auditor().audit(city(3), on: CalendarDate("2010-12-31"))
        let dues: [RuleID] = [
            "NAT.dues.employed", "NAT.dues.retired", "NAT.dues.flat", "NAT.dues.large-gift", "NAT.dues.probationary",
        ]
        #expect(before.rulesApplied == dues)
        #expect(before.rulesNotInForce.count == PolicyPack.builtIn.flatMap(\.rules).count - dues.count)
        // The fund year 2012 starts under the cost split (in force until 2012-10-25); the certificate
        // rule starts in 2015.
        let in2012 = try await Auditor().audit(city(3), on: CalendarDate("2012-12-31"))
        #expect(in2012.applied("SZ2011.19.cost-split", for: .year(2012)))
        // The other national rules start with the branch regulations of 2018-10-28 or later documents.
        let national = NAT.rules.map(\.descriptor.id).filter { !dues.contains($0) }
        #expect(in2012.rulesNotInForce == ["SZ2011.8.certificate"] + national)
        let in2013 = try await Auditor().audit(city(3), on: CalendarDate("2013-12-31"))
        #expect(in2013.rulesNotInForce == ["SZ2011.8.certificate", "SZ2011.19.cost-split"] + national)
    }

    @Test func registryListsEveryRuleOfTheIssueWithItsParameters() throws {
        let registry = try RuleRegistry(packs: [.suzhou2011])
        let expected: [RuleID] = [
            "SZ2011.3.general-branch", "SZ2011.3.branch-sizing", "SZ2011.3.resettlement",
            "SZ2011.3.two-new-coverage", "SZ2011.5.coordination", "SZ2011.6.one-shoulder", "SZ2011.6.graduate",
            "SZ2011.6.age-structure", "SZ2011.7.rotation", "SZ2011.7.key-role-training", "SZ2011.7.other-training",
            "SZ2011.7.degree", "SZ2011.7.secretary-quals-trend", "SZ2011.8.certificate", "SZ2011.8.recruitment",
            "SZ2011.8.dual-report", "SZ2011.9.staff-pay", "SZ2011.9.secretary-pay", "SZ2011.12.dual-management",
            "SZ2011.12.migrant-enrolment", "SZ2011.13.outgoing-migrant", "SZ2011.13.immobile", "SZ2011.13.points",
            "SZ2011.13.dues", "SZ2011.15.service-space", "SZ2011.15.work-space", "SZ2011.15.existing-shortfall",
            "SZ2011.15.party-share", "SZ2011.15.one-stop", "SZ2011.18.funds-follow-tasks", "SZ2011.19.work-fund",
            "SZ2011.19.office-share", "SZ2011.19.activity-fund", "SZ2011.19.cost-split", "SZ2011.19.disclosure",
            "SZ2011.21.e-ledger", "SZ2011.11.consultations", "SZ2011.11.reception-day", "SZ2011.13.three-meetings",
            "SZ2011.13.leave", "SZ2011.17.joint-meeting",
        ]
        #expect(registry.entries.map(\.descriptor.id) == expected)
        for entry in registry.entries {
            #expect(entry.packID == "SZ2011")
            #expect(entry.descriptor.citation.document == "SZ2011")
            #expect(!entry.descriptor.citation.wording.isEmpty)
            #expect(!entry.descriptor.title.chinese.isEmpty && !entry.descriptor.title.english.isEmpty)
            #expect(entry.parameters.map(\.id) == entry.parameterIDs, "\(entry.descriptor.id)")
            for parameter in entry.parameters {
                #expect(parameter.id.rawValue.hasPrefix("SZ2011."))
            }
        }
        #expect(registry.entry("SZ2011.19.activity-fund")?.descriptor.strength == .inPrinciple)
        #expect(registry.entry("SZ2011.8.certificate")?.descriptor.strength == .must)
    }

    /// The rule catalog, `../shared/RULES.md` beside the repository (as on the developers' machines and in CI).
    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../../shared/RULES.md")

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: catalog.path),
            "needs the rule catalog ../shared/RULES.md beside the repository"))
    func everyRuleCatalogIDInCodeExistsInTheCatalog() throws {
        let text = try String(contentsOf: Self.catalog, encoding: .utf8)
        for entry in try RuleRegistry(packs: PolicyPack.catalog).entries {
            #expect(text.contains("`\(entry.descriptor.id)`"), "\(entry.descriptor.id) is not in RULES.md")
        }
    }

    @Test func findingsEncodeWithBothMessagesFilledIn() async throws {
        let report = try await Auditor().audit(city(2), on: date)
        let finding = try #require(report.findings.first)
        let data = try JSONEncoder().encode(finding)
        let decoded = try JSONDecoder().decode(Finding.self, from: data)
        #expect(decoded.message(.chinese) == finding.message(.chinese))
        #expect(decoded.message(.english) == finding.message(.english))
        #expect(decoded.measured == finding.measured && decoded.required == finding.required)
        #expect(!finding.message(.english).contains("{"))
        let reportJSON = try JSONEncoder().encode(report)
        #expect(reportJSON.count > 100)
    }
}
