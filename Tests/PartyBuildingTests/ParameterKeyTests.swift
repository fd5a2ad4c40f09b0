import Foundation
import PartyBuilding
import Testing

/// Typed parameter keys: a rule's parameter list is the keys it reads; an ID that names no defined
/// parameter is a typed error when the audit starts, never a silently skipped rule; scenario values are
/// parsed by the library.
@Suite("Typed parameter keys")
struct ParameterKeyTests {
    /// A rule of a client pack that reads a key its pack misspells.
    struct MisspeltRule: Rule {
        static let minimum: CountKey = "XA2020.4.reception.minimun"
        let descriptor = RuleDescriptor(
            id: "XA2020.4.reception", title: LocalizedText(chinese: "接待室", english: "Reception room"),
            strength: .shall, citation: Citation(document: "XA2020", article: "4", wording: "接待室"),
            cadence: .onDate)
        func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int { try parameters[Self.minimum] }
        func evaluate(
            _ community: CommunityContext, in period: Period, with minimum: Int, into findings: inout FindingCollector
        ) {}
    }

    static let pack = PolicyPack(
        id: "XA2020", title: LocalizedText(chinese: "示例", english: "Example"),
        parameters: [
            Parameter(
                CountKey("XA2020.4.reception.minimum"), title: LocalizedText(chinese: "户数", english: "Households"),
                citation: Citation(document: "XA2020", article: "4", wording: "接待室"),
                values: [.init(from: "2020-01-01", value: .count(20))])
        ], rules: [MisspeltRule()])

    @Test("a rule reading an undefined parameter stops the audit with a typed error naming both")
    func misspeltKeyIsAnError() async {
        await #expect(
            throws: AuditError.parameter(.undefined("XA2020.4.reception.minimun", readBy: "XA2020.4.reception"))
        ) {
            try await Auditor(packs: [Self.pack]).audit(Fixture.community(), on: Fixture.auditDate)
        }
        #expect(throws: ParameterError.undefined("XA2020.4.reception.minimun", readBy: "XA2020.4.reception")) {
            try RuleRegistry(packs: [Self.pack])
        }
    }

    @Test("a key read in another unit than the pack defines is a typed error")
    func wrongUnitIsAnError() {
        let pack = PolicyPack(
            id: "XA2020", title: Self.pack.title,
            parameters: [
                Parameter(
                    MoneyKey("XA2020.4.reception.minimun"), title: LocalizedText(chinese: "x", english: "x"),
                    citation: Citation(document: "XA2020", article: "4", wording: "接待室"),
                    values: [.init(from: "2020-01-01", value: .money(Money(yuan: 1)))])
            ], rules: [MisspeltRule()])
        #expect(throws: ParameterError.kindMismatch("XA2020.4.reception.minimun", expected: .count, found: .money)) {
            try RuleRegistry(packs: [pack])
        }
    }

    @Test("each rule's parameter list is the keys it reads, and every SZ2011 key is defined")
    func parameterListsAreDerived() throws {
        let registry = try RuleRegistry(packs: [.suzhou2011])
        let activity = try #require(registry.entry("SZ2011.19.activity-fund"))
        #expect(
            activity.parameterIDs == [
                SZ2011.Parameters.activityFundPerMember.id, SZ2011.Parameters.activityFundSmallCommunity.id,
                SZ2011.Parameters.activityFundMinimum.id,
            ])
        #expect(registry.entry("SZ2011.6.one-shoulder")?.parameterIDs == [])
        #expect(registry.entry("SZ2011.19.work-fund")?.parameterIDs.count == 2)
        for entry in registry.entries { #expect(entry.parameters.map(\.id) == entry.parameterIDs) }
    }

    @Test(
        "scenario values are read from text in the parameter's unit",
        arguments: [
            ("SZ2011.19.activity-fund.per-member=200", ParameterValue.money(Money(yuan: 200))),
            ("SZ2011.19.activity-fund.per-member=150.5", .money(Money(fen: 15_050))),
            ("SZ2011.15.service-space.share=0.04", .ratio(Ratio(1, 25))),
            ("SZ2011.15.service-space.share=4%", .ratio(Ratio(1, 25))),
            ("SZ2011.15.party-share.share=1/3", .ratio(Ratio(1, 3))),
            ("SZ2011.7.key-role-training.days=7.5", .days(Days(tenths: 75))),
            ("SZ2011.8.certificate.max-age=50", .years(50)),
            ("SZ2011.3.general-branch.general-branch-members=30", .count(30)),
            ("SZ2011.19.work-fund.population-base=registered", .text("registered")),
            ("SZ2011.19.cost-split.districts=平江区、沧浪区", .texts(["平江区", "沧浪区"])),
        ])
    func parsing(assignment: String, value: ParameterValue) throws {
        let scenario = try Scenario(parsing: [assignment], over: .starting("2026-01-01"), packs: [.suzhou2011])
        #expect(scenario.overrides.map(\.value) == [value])
        #expect(scenario.overrides.first?.period == .starting("2026-01-01"))
        #expect(scenario.name == assignment)
    }

    @Test(
        "text that is not a value of the unit, or no assignment, is a typed error",
        arguments: [
            (
                "SZ2011.19.activity-fund.per-member=abc",
                ParameterError.unreadable(SZ2011.Parameters.activityFundPerMember.id, "abc", expected: .money)
            ),
            (
                "SZ2011.19.activity-fund.per-member=0.001",
                .unreadable(SZ2011.Parameters.activityFundPerMember.id, "0.001", expected: .money)
            ),
            (
                "SZ2011.19.activity-fund.per-member=-1",
                .outOfRange(SZ2011.Parameters.activityFundPerMember.id, "an amount from 0 to 10,000,000.00 CNY")
            ),
            (
                "SZ2011.8.certificate.max-age=4.5",
                .unreadable(SZ2011.Parameters.certificateMaxAge.id, "4.5", expected: .years)
            ),
            (
                "SZ2011.15.service-space.share=1/0",
                .unreadable(SZ2011.Parameters.serviceSpaceShare.id, "1/0", expected: .ratio)
            ),
            ("SZ2011.99.nothing=1", .unknown("SZ2011.99.nothing")),
            ("no-equals-sign", .malformedAssignment("no-equals-sign")),
            ("=200", .malformedAssignment("=200")),
        ])
    func unreadable(assignment: String, error: ParameterError) {
        #expect(throws: error) { try Scenario(parsing: [assignment], packs: [.suzhou2011]) }
    }

    @Test("an override encodes its period and decodes to the same override; a range may be given by its dates")
    func overrideRoundTrip() throws {
        let overrides: [Scenario.Override] = [
            .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .year(2025)),
            .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2026-01-01")),
            .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200)),
        ]
        for override in overrides {
            let data = try JSONEncoder().encode(override)
            #expect(try JSONDecoder().decode(Scenario.Override.self, from: data) == override)
        }
        let byDates =
            #"{"parameterID": "SZ2011.19.activity-fund.per-member", "value": {"money": 200}, "validFrom": "2026-01-01"}"#
        let decoded = try JSONDecoder().decode(Scenario.Override.self, from: Data(byDates.utf8))
        #expect(decoded.period == .starting("2026-01-01"))
        #expect(decoded.value == .money(Money(yuan: 200)))
    }
}
