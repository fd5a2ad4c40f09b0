import PartyBuilding
import Testing

/// `SZ2011.3.resettlement` (shall): 对规模超过3000户（10000人左右）的集中安置居住区，设立社区党组织和社区管理服务中心，
/// 按照"一区多居"管理模式，下设若干居民委员会，并根据党员情况，及时设立与居民委员会相对应的党组织.
@Suite("SZ2011.3.resettlement")
struct ResettlementRuleTests {
    let rule: RuleID = "SZ2011.3.resettlement"
    let community = Subject.community(Fixture.communityID)

    /// A resettlement area of `households` households with nothing set up.
    func bareArea(households: Int) -> Community {
        var area = Fixture.community()
        area.isConcentratedResettlement = true
        area.households = households
        area.hasManagementServiceCentre = false
        area.residentsCommittees = []
        return area
    }

    /// A resettlement area with its organisation, centre, and `committees` committees each with an organisation.
    func organisedArea(households: Int, committees: Int) -> Community {
        var area = bareArea(households: households)
        area.hasManagementServiceCentre = true
        area.organisations = [PartyOrganisation(id: Fixture.organisationID, name: "社区党委", form: .committee)]
        for index in 1...committees {
            let committee = ResidentsCommitteeID("RC-\(index)")
            area.residentsCommittees?.append(ResidentsCommittee(id: committee, name: "第\(index)居委会"))
            area.organisations.append(
                PartyOrganisation(
                    id: OrganisationID("B-\(index)"), name: "第\(index)支部", form: .branch,
                    parentID: Fixture.organisationID, residentsCommitteeID: committee))
        }
        return area
    }

    @Test("3000 households is not more than 3000 (超过: exclusive)")
    func atThreshold() throws {
        #expect(try findings(rule, auditing: bareArea(households: 3000)).isEmpty)
    }

    @Test("3001 households with nothing set up: organisation, centre and committees are each flagged")
    func justAboveWithNothing() throws {
        let found = try findings(rule, auditing: bareArea(households: 3001))
        #expect(found.count == 3)
        for finding in found {
            expectFinding(finding, rule: rule, severity: .violation, subject: community, article: "3")
            #expect(finding.detail == .count(3001, .households))
        }
        #expect(
            found.contains {
                $0.measured == .count(0, .organisations)
                    && $0.required == Requirement(.orMore, .count(1, .organisations))
            })
        #expect(found.contains { $0.measured == .flag(false) && $0.required == Requirement(.exactly, .flag(true)) })
        #expect(
            found.contains {
                $0.measured == .count(0, .committees) && $0.required == Requirement(.orMore, .count(2, .committees))
            })
        #expect(
            found.allSatisfy { finding in
                finding.parameters.map(\.value) == [.count(3000), .count(2)]
            })
    }

    @Test("3001 households fully organised passes")
    func justAboveOrganised() throws {
        #expect(try findings(rule, auditing: organisedArea(households: 3001, committees: 2)).isEmpty)
    }

    @Test("one residents' committee is not 若干 (two or more)")
    func oneCommittee() throws {
        let found = try findings(rule, auditing: organisedArea(households: 3001, committees: 1))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.measured == .count(1, .committees))
        #expect(finding.required == Requirement(.orMore, .count(2, .committees)))
    }

    @Test("a residents' committee without a corresponding organisation is flagged on the committee")
    func committeeWithoutOrganisation() throws {
        var area = organisedArea(households: 3001, committees: 2)
        area.organisations.removeLast()
        let found = try findings(rule, auditing: area)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .violation, subject: .residentsCommittee("RC-2"), article: "3")
    }

    @Test("an area that is not a concentrated resettlement area is not checked")
    func notResettlement() throws {
        var area = bareArea(households: 5000)
        area.isConcentratedResettlement = false
        #expect(try findings(rule, auditing: area).isEmpty)
    }
}
