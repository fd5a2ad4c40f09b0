import PartyBuilding
import Testing

@Suite("NAT.service-space: 30 m² per 100 households")
struct NATServiceSpaceRuleTests {
    /// A community of 2145 households (the 东关 figure) with `space` of service space.
    func community(space: Area, households: Int? = 2_145) -> Community {
        var community = Fixture.community(form: .branch, formal: 9)
        community.households = households
        community.serviceSpace = space
        return community
    }

    @Test("2145 households need 643.50 m²: at it and above meet it, 0.01 m² below fails")
    func floor() throws {
        #expect(
            try nationalFindings("NAT.service-space", auditing: community(space: Area(m2: 643, hundredths: 50))).isEmpty
        )
        #expect(try nationalFindings("NAT.service-space", auditing: community(space: Area(m2: 700))).isEmpty)
        let below = try nationalFindings("NAT.service-space", auditing: community(space: Area(m2: 643, hundredths: 49)))
        #expect(below.count == 1)
        expectNationalFinding(
            below[0], rule: "NAT.service-space", severity: .violation, subject: .community(Fixture.communityID),
            article: "完整社区")
        #expect(below[0].required == Requirement(.notLessThan, .area(Area(m2: 643, hundredths: 50))))
        #expect(below[0].detail == .count(2_145, .households))
    }

    @Test("households not recorded: cannot be checked")
    func missingHouseholds() throws {
        let found = try nationalFindings(
            "NAT.service-space", auditing: community(space: Area(m2: 100), households: nil))
        #expect(found.map(\.severity) == [.information])
        #expect(found.first?.message(.chinese) == "记录中未载明户数，本项无法核查")
    }

    /// The audit's error for `community` under `overrides`, or `nil` when it ran.
    func auditError(_ community: Community, _ overrides: [Scenario.Override]) -> AuditError? {
        let auditor = Auditor(packs: [.national], scenario: Scenario(name: "floor", overrides: overrides))
        do {
            _ = try auditor.auditSequentially([withReferencedMembers(community)], on: Fixture.auditDate)
            return nil
        } catch {
            return error
        }
    }

    /// Found by the invariant tests (`InvariantTests`, floors over generated parameters): a unit of
    /// 0 households divided by zero, and a floor larger than an area holds overflowed, both crashing
    /// the audit. The binding now refuses them; at the limit the floor is computed exactly.
    @Test("a unit of no households, or a floor beyond the largest area, is refused; at the limit it is computed")
    func unusableFloorsAreRefused() throws {
        let most = community(space: .zero, households: ValidationLimits.maximumCount)
        let none = auditError(most, [.init(NAT.Parameters.serviceSpaceHouseholds, value: 0)])
        #expect(none == .parameter(.outOfRange(NAT.Parameters.serviceSpaceHouseholds.id, "at least 1 household")))
        let beyond = auditError(
            most,
            [
                .init(NAT.Parameters.serviceSpaceHouseholds, value: 1),
                .init(NAT.Parameters.serviceSpacePerUnit, value: Area(m2: 10, hundredths: 1)),
            ])
        guard case .parameter(.outOfRange(let id, _)) = beyond else {
            Issue.record("10.01 m² a household was not refused: \(String(describing: beyond))")
            return
        }
        #expect(id == NAT.Parameters.serviceSpacePerUnit.id)
        let limit = Scenario(
            name: "limit",
            overrides: [
                .init(NAT.Parameters.serviceSpaceHouseholds, value: 1),
                .init(NAT.Parameters.serviceSpacePerUnit, value: Area(m2: 10)),
            ])
        let report = try Auditor(packs: [.national], scenario: limit).auditSequentially(
            [withReferencedMembers(most)], on: Fixture.auditDate)
        let found = report.findings.filter { $0.ruleID == "NAT.service-space" }
        #expect(found.map(\.required) == [Requirement(.notLessThan, .area(ValidationLimits.maximumArea))])
    }
}
