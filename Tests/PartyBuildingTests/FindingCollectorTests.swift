import PartyBuilding
import Testing

/// The check-and-report calls of ``FindingCollector``, through a small client rule whose bindings
/// choose what it checks.
@Suite("FindingCollector checks")
struct FindingCollectorTests {
    /// What the probe rule checks.
    enum Probe: Sendable {
        case labels(Quantity.Label, Quantity.Label)
        case band(Int, low: Int, high: Int)
        case warning
    }

    struct ProbeRule: Rule {
        let probe: Probe
        let strength: NormativeStrength
        var descriptor: RuleDescriptor {
            RuleDescriptor(
                id: "XA.1.probe", title: LocalizedText(chinese: "探测", english: "Probe"), strength: strength,
                citation: Citation(document: "XA", article: "1", wording: "探测"), cadence: .onDate)
        }
        func bind(_ parameters: ParameterReader) throws(ParameterError) {}
        func evaluate(
            _ community: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let message = MessageTemplate(chinese: "为 {measured}，应{required}", english: "{measured}; {required}")
            switch probe {
            case .labels(let measured, let required):
                findings.check(.community(community.id), .label(measured), .exactly, .label(required), message: message)
            case .band(let age, let low, let high):
                findings.check(
                    .community(community.id), .age(age), between: .age(low), and: .age(high), message: message)
            case .warning:
                findings.warn(.community(community.id), measured: nil, required: nil, message: message)
            }
        }
    }

    func findings(_ probe: Probe, strength: NormativeStrength = .shall, exceptions: [RuleException] = [])
        throws -> [Finding]
    {
        let pack = PolicyPack(
            id: "XA", title: LocalizedText(chinese: "探测", english: "Probe"), parameters: [],
            rules: [ProbeRule(probe: probe, strength: strength)])
        var community = Fixture.community()
        community.exceptions = exceptions
        return try Auditor(packs: [pack]).auditSequentially([community], on: Fixture.auditDate).findings
    }

    @Test("two different labels fail an 'exactly' check instead of stopping the program")
    func differentLabels() throws {
        let bachelor = Education.bachelor.label
        let associate = Education.associate.label
        #expect(try findings(.labels(bachelor, bachelor)).isEmpty)
        let found = try findings(.labels(associate, bachelor))
        #expect(found.map(\.required) == [Requirement(.exactly, .label(bachelor))])
    }

    @Test("a band includes both ends and fails outside them, reading as a band", arguments: [34, 35, 45, 46])
    func band(age: Int) throws {
        let found = try findings(.band(age, low: 35, high: 45))
        #expect(found.isEmpty == (35...45).contains(age))
        if let finding = found.first {
            #expect(finding.required == Requirement(between: .age(35), and: .age(45)))
            #expect(finding.message(.chinese) == "为 \(age) 岁，应在 35–45 岁之间")
        }
    }

    @Test("a warning becomes a note when an approval covering the period is recorded")
    func warningWithApproval() throws {
        #expect(try findings(.warning).map(\.severity) == [.warning])
        let approval = Fixture.exception("XA.1.probe")
        let excused = try findings(.warning, exceptions: [approval])
        #expect(excused.map(\.severity) == [.note])
        #expect(excused.first?.exception == approval)
    }
}
