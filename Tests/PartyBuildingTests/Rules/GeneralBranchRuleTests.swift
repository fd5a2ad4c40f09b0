import PartyBuilding
import Testing

/// `SZ2011.3.general-branch` (may): 对正式党员人数超过50人或100人的，可以成立社区党总支或党委.
/// 超过 excludes its number: 51 formal members permit a general branch, 101 a committee.
@Suite("SZ2011.3.general-branch")
struct GeneralBranchRuleTests {
    let rule: RuleID = "SZ2011.3.general-branch"
    let organisation = Subject.organisation(Fixture.organisationID)

    @Test(
        "a form above what the formal members permit is flagged",
        arguments: [
            (PartyOrganisation.Form.generalBranch, 50, 50), (.committee, 100, 100), (.committee, 50, 100),
        ])
    func formAbovePermission(form: PartyOrganisation.Form, formal: Int, threshold: Int) throws {
        let found = try findings(rule, auditing: Fixture.community(form: form, formal: formal))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .warning, subject: organisation, article: "3")
        #expect(finding.measured == .count(formal, .members))
        #expect(finding.required == Requirement(.moreThan, .count(threshold, .members)))
        #expect(finding.detail == .label(form.label))
        #expect(parameterValue(SZ2011.Parameters.generalBranchThreshold, in: finding) == .count(50))
        #expect(parameterValue(SZ2011.Parameters.committeeThreshold, in: finding) == .count(100))
    }

    @Test(
        "a form the formal members permit passes",
        arguments: [
            (PartyOrganisation.Form.generalBranch, 51), (.generalBranch, 100), (.committee, 101), (.branch, 50),
            (.branch, 3),
        ])
    func permittedForm(form: PartyOrganisation.Form, formal: Int) throws {
        #expect(try findings(rule, auditing: Fixture.community(form: form, formal: formal)).isEmpty)
    }

    @Test("members whose relationship is held elsewhere do not count: 30 own and 30 managed here are 30")
    func membersHeldElsewhereDoNotCount() throws {
        var community = Fixture.community(form: .generalBranch, formal: 30)
        community.members += Fixture.members(30, relationship: .heldElsewhere, prefix: "E")
        let found = try findings(rule, auditing: community)
        #expect(found.map(\.measured) == [.count(30, .members)])
        #expect(found.map(\.severity) == [.warning])
    }

    @Test("probationary members do not count: 50 formal and 1 probationary is still 50")
    func probationaryMembersDoNotCount() throws {
        let found = try findings(rule, auditing: Fixture.community(form: .generalBranch, formal: 50, probationary: 1))
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.measured == .count(50, .members))
    }

    @Test("a headcount without member records counts its formal members")
    func headcount() throws {
        var community = Fixture.community()
        community.organisations = [
            PartyOrganisation(
                id: Fixture.organisationID, name: "社区党总支", form: .generalBranch,
                headcount: .init(total: 53, probationary: 2))
        ]
        #expect(try findings(rule, auditing: community).isEmpty)
        community.organisations[0].headcount = .init(total: 53, probationary: 3)
        #expect(try findings(rule, auditing: community).map(\.measured) == [.count(50, .members)])
    }

    @Test("formal members of the branches under a general branch count towards it")
    func membersOfSubBranches() throws {
        var community = Fixture.community()
        community.organisations = [
            PartyOrganisation(id: Fixture.organisationID, name: "社区党总支", form: .generalBranch),
            PartyOrganisation(id: "B1", name: "第一支部", form: .branch, parentID: Fixture.organisationID),
            PartyOrganisation(id: "B2", name: "第二支部", form: .branch, parentID: Fixture.organisationID),
        ]
        community.members = Fixture.members(26, in: "B1") + Fixture.members(25, in: "B2")
        #expect(try findings(rule, auditing: community).isEmpty)
        community.members.removeLast()
        #expect(try findings(rule, auditing: community).map(\.subject) == [organisation])
    }

    @Test(
        "the form a top-level branch may take is reported as information",
        arguments: [(51, PartyOrganisation.Form.generalBranch), (100, .generalBranch), (101, .committee)])
    func recommendation(formal: Int, permitted: PartyOrganisation.Form) throws {
        let found = try findings(rule, auditing: Fixture.community(form: .branch, formal: formal))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .information, subject: organisation, article: "3")
        #expect(finding.measured == .count(formal, .members))
        #expect(finding.detail == .label(permitted.label))
    }

    @Test("a branch under a general branch gets no recommendation")
    func noRecommendationBelowTopLevel() throws {
        var community = Fixture.community()
        community.organisations = [
            PartyOrganisation(id: Fixture.organisationID, name: "社区党委", form: .committee),
            PartyOrganisation(id: "B1", name: "第一支部", form: .branch, parentID: Fixture.organisationID),
        ]
        community.members = Fixture.members(101, in: "B1")
        #expect(try findings(rule, auditing: community).isEmpty)
    }

    @Test("a recorded approval turns the flag into a note that carries it")
    func approvalRecorded() throws {
        var community = Fixture.community(form: .generalBranch, formal: 50)
        let approval = Fixture.exception(rule, subject: organisation)
        community.exceptions = [approval]
        let finding = try #require(try findings(rule, auditing: community).first)
        expectFinding(finding, rule: rule, severity: .note, subject: organisation, article: "3")
        #expect(finding.exception == approval)
    }
}
