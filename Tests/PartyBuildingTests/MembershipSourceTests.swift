import PartyBuilding
import Testing

/// One source of membership: an organisation's size comes from its member records when it has them,
/// or from its headcount when it has none, never both added.
@Suite("One source of membership")
struct MembershipSourceTests {
    @Test("an organisation with both a headcount and member records is rejected, naming the organisation")
    func bothAreRejected() async {
        var community = Fixture.community(form: .branch, formal: 80)
        community.organisations[0].headcount = .init(total: 80)
        let expected = ValidationError(
            community: Fixture.communityID, record: .organisation(Fixture.organisationID), field: "headcount",
            problem: .countedTwice("F-ORG-1-0"))
        #expect(throws: expected) { try community.validate(on: Fixture.auditDate) }
        await #expect(throws: AuditError.invalidRecord(expected)) {
            try await Auditor().audit(community, on: Fixture.auditDate)
        }
    }

    @Test("members are counted from records in one organisation and from a headcount in another, once each")
    func eachOrganisationFromItsOwnSource() throws {
        var community = Fixture.community(form: .generalBranch, formal: 30)
        community.organisations.append(
            PartyOrganisation(
                id: "ORG-2", name: "第二支部", form: .branch, parentID: Fixture.organisationID,
                headcount: .init(total: 50, probationary: 2)))
        try community.validate(on: Fixture.auditDate)
        let summary = MembershipSummary(community, on: .latest)
        #expect(summary.heldByCommunity == 80)
        #expect(summary.formalMembers(of: Fixture.organisationID) == 78)
        #expect(summary.formalMembers(of: "ORG-2") == 48)
    }

    @Test("80 members by headcount are 80, not 160: the activity-fund floor is 15,000 CNY")
    func headcountAlone() throws {
        var community = Fixture.community()
        community.organisations = [
            PartyOrganisation(id: Fixture.organisationID, name: "党支部", form: .branch, headcount: .init(total: 80))
        ]
        community.fundGrants = [Fixture.grant(.activity, fen: 1_499_999)]
        let finding = try #require(try findings("SZ2011.19.activity-fund", auditing: community).first)
        #expect(finding.detail == .count(80, .members))
        #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 15_000))))
    }

    @Test("a headcount is ignored in counting when member records exist (records that skip validation)")
    func recordsWinWhenBothArePresent() {
        var community = Fixture.community(form: .branch, formal: 80)
        community.organisations[0].headcount = .init(total: 80)
        #expect(MembershipSummary(community, on: .latest).heldByCommunity == 80)
    }
}
