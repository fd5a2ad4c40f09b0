import Foundation
import PartyBuilding
import Testing

@Suite("NAT branch rules: minimum, joint branch, size, committee, form")
struct NATBranchRulesTests {
    @Test("3以上 formal members: 2 fails, 3 and 4 meet it; probationary members do not count")
    func minimumMembers() throws {
        let two = try nationalFindings(
            "NAT.branch.min-members", auditing: Fixture.community(form: .branch, formal: 2, probationary: 3))
        #expect(two.count == 1)
        expectNationalFinding(
            two[0], rule: "NAT.branch.min-members", severity: .violation,
            subject: .organisation(Fixture.organisationID), article: "第四条")
        #expect(two[0].measured == .count(2, .members))
        #expect(two[0].required == Requirement(.orMore, .count(3, .members)))
        for formal in [3, 4] {
            #expect(
                try nationalFindings(
                    "NAT.branch.min-members", auditing: Fixture.community(form: .branch, formal: formal)
                )
                .isEmpty)
        }
    }

    @Test("a joint branch is not blamed for its few members; no count is information, not a violation")
    func minimumMembersJointAndMissing() throws {
        var joint = Fixture.community(form: .branch, formal: 2)
        joint.organisations[0].coveredUnits = ["甲公司", "乙公司"]
        #expect(try nationalFindings("NAT.branch.min-members", auditing: joint).isEmpty)

        var unknown = Fixture.community()
        unknown.organisations = [PartyOrganisation(id: Fixture.organisationID, name: "社区党支部", form: .branch)]
        let found = try nationalFindings("NAT.branch.min-members", auditing: unknown)
        #expect(found.map(\.severity) == [.information])
        #expect(found.first?.measured == nil)
    }

    @Test("a joint branch covers 5 units or fewer: 5 meets it, 6 does not")
    func jointBranchUnits() throws {
        for (units, failing) in [(5, false), (6, true)] {
            var community = Fixture.community(form: .branch, formal: 2)
            community.organisations[0].coveredUnits = (1...units).map { "单位\($0)" }
            let found = try nationalFindings("NAT.branch.joint", auditing: community)
            #expect(found.count == (failing ? 1 : 0))
            if let finding = found.first {
                expectNationalFinding(
                    finding, rule: "NAT.branch.joint", severity: .violation,
                    subject: .organisation(Fixture.organisationID), article: "第五条")
                #expect(finding.measured == .count(6, .organisations))
            }
        }
    }

    @Test("不超过50人: a branch of 50 members meets it, 51 (formal and probationary) does not")
    func maximumSize() throws {
        #expect(
            try nationalFindings(
                "NAT.branch.max-size", auditing: Fixture.community(form: .branch, formal: 45, probationary: 5)
            )
            .isEmpty)
        let found = try nationalFindings(
            "NAT.branch.max-size", auditing: Fixture.community(form: .branch, formal: 45, probationary: 6))
        #expect(found.count == 1)
        expectNationalFinding(
            found[0], rule: "NAT.branch.max-size", severity: .violation, subject: .organisation(Fixture.organisationID),
            article: "第四条")
        #expect(found[0].measured == .count(51, .members))
        #expect(found[0].required == Requirement(.orLess, .count(50, .members)))
        #expect(
            try nationalFindings("NAT.branch.max-size", auditing: Fixture.community(form: .generalBranch, formal: 60))
                .isEmpty)
    }

    /// The severities the committee rule reports for a branch of `formal` formal members whose last
    /// election chose `size`.
    func committeeSeverities(formal: Int, size: Int) throws -> [Severity] {
        var community = Fixture.community(form: .branch, formal: formal)
        community.elections = [Fixture.election(on: "2023-06-01", size: size)]
        return try nationalFindings("NAT.branch.committee", auditing: community).map(\.severity)
    }

    @Test("7以上 formal members: a committee of 2 fails, 3 and 5 meet it, 7 is above the usual, 8 fails")
    func committeeSizes() throws {
        #expect(try committeeSeverities(formal: 7, size: 2) == [.violation])
        #expect(try committeeSeverities(formal: 7, size: 3) == [])
        #expect(try committeeSeverities(formal: 7, size: 5) == [])
        #expect(try committeeSeverities(formal: 7, size: 7) == [.information])
        #expect(try committeeSeverities(formal: 7, size: 8) == [.violation])
    }

    @Test("不足7人: a branch of 6 formal members has a secretary and a deputy at most")
    func smallBranch() throws {
        #expect(try committeeSeverities(formal: 6, size: 2) == [])
        #expect(try committeeSeverities(formal: 6, size: 3) == [.violation])
        var community = Fixture.community(form: .branch, formal: 6)
        community.elections = [Fixture.election(on: "2023-06-01", size: 3)]
        let finding = try #require(try nationalFindings("NAT.branch.committee", auditing: community).first)
        expectNationalFinding(
            finding, rule: "NAT.branch.committee", severity: .violation, subject: .organisation(Fixture.organisationID),
            article: "第二十条")
        #expect(finding.required == Requirement(.orLess, .count(2, .people)))
    }

    @Test("no election recorded: the committee cannot be checked")
    func committeeWithoutElection() throws {
        let found = try nationalFindings("NAT.branch.committee", auditing: Fixture.community(form: .branch, formal: 9))
        #expect(found.map(\.severity) == [.information])
    }

    @Test("the national form: 49 members a branch, 50 a general branch, 100 a committee, as information")
    func organisationForm() throws {
        #expect(
            try nationalFindings("NAT.org-form", auditing: Fixture.community(form: .branch, formal: 49)).isEmpty)
        let fifty = try nationalFindings("NAT.org-form", auditing: Fixture.community(form: .branch, formal: 50))
        #expect(fifty.count == 1)
        expectNationalFinding(
            fifty[0], rule: "NAT.org-form", severity: .information, subject: .organisation(Fixture.organisationID),
            article: "第五、六条")
        #expect(fifty[0].detail == .label(PartyOrganisation.Form.generalBranch.label))
        let hundred = try nationalFindings(
            "NAT.org-form", auditing: Fixture.community(form: .generalBranch, formal: 99, probationary: 1))
        #expect(hundred.first?.detail == .label(PartyOrganisation.Form.committee.label))
        #expect(
            try nationalFindings("NAT.org-form", auditing: Fixture.community(form: .generalBranch, formal: 99)).isEmpty)
    }

    @Test("a joint branch's units round trip; an organisation without them decodes to none and encodes none")
    func coveredUnitsCoding() throws {
        var joint = PartyOrganisation(id: "ORG-2", name: "联合党支部", form: .branch)
        joint.coveredUnits = ["甲公司", "乙公司"]
        let decoded = try JSONDecoder().decode(PartyOrganisation.self, from: JSONEncoder().encode(joint))
        #expect(decoded == joint && decoded.isJoint)
        let plain = try JSONDecoder().decode(
            PartyOrganisation.self, from: Data(#"{"id": "ORG-1", "name": "社区党支部", "form": "branch"}"#.utf8))
        #expect(plain.coveredUnits.isEmpty && !plain.isJoint)
        let encoded = try String(decoding: JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!encoded.contains("coveredUnits"))
    }
}
