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
}
