import Foundation
import Testing

@testable import PartyBuilding

/// Every message template of the NAT organisation and membership rules, reached by small sample
/// communities and checked as a Chinese and an English reader would read them.
@Suite("Messages: the NAT organisation and membership rules")
struct NATMessageTests {
    /// Every template of the rules, by the name it is declared under.
    static let templates: [(name: String, template: MessageTemplate)] = [
        ("BranchMinMembersRule.tooFew", NAT.BranchMinMembersRule.tooFew),
        ("BranchMinMembersRule.notCounted", NAT.BranchMinMembersRule.notCounted),
        ("JointBranchRule.tooManyUnits", NAT.JointBranchRule.tooManyUnits),
        ("BranchMaxSizeRule.tooLarge", NAT.BranchMaxSizeRule.tooLarge),
        ("BranchMaxSizeRule.notCounted", NAT.BranchMaxSizeRule.notCounted),
        ("BranchCommitteeRule.committeeTooSmall", NAT.BranchCommitteeRule.committeeTooSmall),
        ("BranchCommitteeRule.committeeTooLarge", NAT.BranchCommitteeRule.committeeTooLarge),
        ("BranchCommitteeRule.aboveUsualSize", NAT.BranchCommitteeRule.aboveUsualSize),
        ("BranchCommitteeRule.smallBranchCommittee", NAT.BranchCommitteeRule.smallBranchCommittee),
        ("BranchCommitteeRule.noElection", NAT.BranchCommitteeRule.noElection),
        ("OrganisationFormRule.nationalForm", NAT.OrganisationFormRule.nationalForm),
        ("TermRule.postponed", NAT.TermRule.postponed),
        ("TermRule.overdue", NAT.TermRule.overdue),
        ("TermRule.noElection", NAT.TermRule.noElection),
        ("TermReminderRule.prepare", NAT.TermReminderRule.prepare),
        ("ProbationRule.overdue", NAT.ProbationRule.overdue),
        ("ProbationRule.admissionUnknown", NAT.ProbationRule.admissionUnknown),
        ("MinimumAgeRule.tooYoung", NAT.MinimumAgeRule.tooYoung),
        ("MinimumAgeRule.notRecorded", NAT.MinimumAgeRule.notRecorded),
        ("HouseholdServiceSpaceRule.belowFloor", NAT.HouseholdServiceSpaceRule.belowFloor),
        ("HouseholdServiceSpaceRule.noHouseholds", NAT.HouseholdServiceSpaceRule.noHouseholds),
    ]

    /// Sample communities, audited with the national pack, that reach every template.
    static func findings() throws -> [Finding] {
        func branch(formal: Int, probationary: Int = 0, committee: Int?, on date: CalendarDate = "2023-06-01")
            -> Community
        {
            var community = Fixture.community(form: .branch, formal: formal, probationary: probationary)
            if let committee { community.elections = [Fixture.election(on: date, size: committee)] }
            return community
        }
        var joint = Fixture.community(form: .branch, formal: 2)
        joint.organisations[0].coveredUnits = (1...6).map { "单位\($0)" }
        var unknown = Fixture.community()
        unknown.organisations = [PartyOrganisation(id: Fixture.organisationID, name: "社区党支部", form: .branch)]
        var members = branch(formal: 8, committee: 3)
        members.households = 2_145
        members.serviceSpace = Area(squareMetres: 600)
        members.members += [
            Fixture.member("M-101", events: [MembershipEvent(.admitted, on: "2024-03-01")], born: "1990-05-01"),
            Fixture.member("M-102", events: [MembershipEvent(.admitted, on: nil)]),
            Fixture.member("M-103", events: [MembershipEvent(.admitted, on: "2025-02-28")], born: "2007-03-01"),
        ]
        let communities = [
            joint, unknown, members,
            branch(formal: 45, probationary: 6, committee: 2),
            branch(formal: 40, committee: 8, on: "2020-03-01"),
            branch(formal: 40, committee: 7, on: "2019-03-01"),
            branch(formal: 6, committee: 3, on: "2021-01-01"),
            branch(formal: 2, committee: nil),
        ]
        var found: [Finding] = []
        for community in communities {
            let report = try Auditor(packs: [.national]).auditSequentially([community], on: Fixture.auditDate)
            found += report.findings
        }
        return found
    }

    @Test("every template is reached, and every message reads as plain text in its language")
    func messages() throws {
        let found = try Self.findings()
        for (name, template) in Self.templates {
            #expect(found.contains { $0.template === template }, "no sample reaches \(name)")
        }
        for finding in found {
            expectMessages(finding)
            let chinese = finding.message(.chinese)
            for symbol in ["×", "/", "≥", "≤", ">", "<", "=", "—"] {
                #expect(!chinese.contains(symbol), "\(finding.ruleID): \"\(symbol)\" in \(chinese)")
            }
            #expect(!chinese.contains("  "), "two spaces in \(chinese)")
            for bound in Bound.allCases where bound != .between {
                #expect(!chinese.contains(bound.wording + bound.wording), "\(bound.wording) twice in \(chinese)")
            }
            #expect(
                chinese.range(
                    of: #"[\p{Han}][0-9]+(,[0-9]{3})*(\.[0-9]+)? ?[名人户次个天元岁倍%m]"#, options: .regularExpression) == nil,
                "\(finding.ruleID): a quantity joined to the word before it in \(chinese)")
            #expect(
                chinese.range(of: #"[\p{Han}] [\p{Han}]"#, options: .regularExpression) == nil,
                "\(finding.ruleID): a space between Chinese characters in \(chinese)")
        }
    }

    @Test("every MessageTemplate declared in the NAT pack's sources is listed")
    func everyDeclaredTemplateIsListed() throws {
        let declared = try MessageCatalog.declaredTemplateNames(
            under: MessageGoldenTests.packageRoot.appendingPathComponent("Sources/PartyBuilding/Packs/National/Rules"))
        // The scan names a template after the type declared last before it (a rule's nested
        // bindings type), so compare the templates' own names.
        let ownName = { (name: String) in name.split(separator: ".").last.map(String.init) ?? name }
        #expect(declared.map(ownName).sorted() == Self.templates.map { ownName($0.name) }.sorted())
    }
}
