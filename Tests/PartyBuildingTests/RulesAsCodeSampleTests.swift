import PartyBuilding
import Testing

/// The client pack of the Rules as Code article (`RulesAsCode.md`), as written there.
enum XA2020 {
    /// 接待室不少于20平方米 (XA2020 art. 4).
    static let clause = Citation(document: "XA2020", article: "4", wording: "社区接待室面积不少于20平方米")
    static let receptionMinimum: AreaKey = "XA2020.4.reception.minimum"

    static let parameters = [
        Parameter(
            receptionMinimum, title: LocalizedText(chinese: "接待室面积下限", english: "Least reception room"),
            citation: clause, values: [.init(from: "2020-01-01", value: .area(Area(squareMetres: 20)))])
    ]
}

struct ReceptionRoomRule: Rule {
    let descriptor = RuleDescriptor(
        id: "XA2020.4.reception", title: LocalizedText(chinese: "接待室面积", english: "Reception room"),
        strength: .shall, citation: XA2020.clause, cadence: .onDate)

    func bind(_ parameters: ParameterReader) throws(ParameterError) -> Area {
        try parameters[XA2020.receptionMinimum]
    }

    func evaluate(
        _ community: CommunityContext, in period: Period, with minimum: Area, into findings: inout FindingCollector
    ) {
        guard let space = community.community.serviceSpace else {
            findings.cannotCheck(.community(community.id), missing: [.serviceSpace])
            return
        }
        findings.check(
            .community(community.id), .area(space), .noFewerThan, .area(minimum),
            message: MessageTemplate(
                chinese: "接待室面积为 {measured}，应{required}",
                english: "The reception room is {measured}; required {required}"))
    }
}

@Suite("Rules as Code article")
struct RulesAsCodeSampleTests {
    @Test func theClientPackRunsBesideSZ2011() async throws {
        let xian = PolicyPack(
            id: "XA2020", title: LocalizedText(chinese: "示例", english: "Example"),
            parameters: XA2020.parameters, rules: [ReceptionRoomRule()])
        var small = Fixture.community()
        small.serviceSpace = Area(hundredthsOfSquareMetre: 1_999)
        let report = try await Auditor(packs: [.suzhou2011, xian]).audit([small], on: "2025-12-31")
        let finding = try #require(report.findings.first { $0.ruleID == "XA2020.4.reception" })
        #expect(finding.message(.chinese) == "接待室面积为 19.99 m²，应不少于 20.00 m²")
        #expect(finding.period == .day("2025-12-31"))
        #expect(
            finding.parameters == [
                ParameterBinding(parameterID: XA2020.receptionMinimum.id, value: .area(Area(squareMetres: 20)))
            ])
        #expect(try RuleRegistry(packs: [xian]).entries.map(\.parameterIDs) == [[XA2020.receptionMinimum.id]])
        #expect(report.packIDs == ["SZ2011", "XA2020"])
        #expect(report.rulesApplied.last == "XA2020.4.reception")
    }
}
