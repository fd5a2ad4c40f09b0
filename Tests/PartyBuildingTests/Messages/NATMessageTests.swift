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
        ("GridOrganisationRule.nothingBuilt", NAT.GridOrganisationRule.nothingBuilt),
        ("DuesAmountRule.underpaid", NAT.DuesAmountRule.underpaid),
        ("LargeGiftRule.remit", NAT.LargeGiftRule.remit),
        ("ProbationaryDuesRule.unpaid", NAT.ProbationaryDuesRule.unpaid),
        ("ProbationaryDuesRule.beforeAdmission", NAT.ProbationaryDuesRule.beforeAdmission),
        ("LapseRule.lapsed", NAT.LapseRule.lapsed),
        ("LapseRule.atRisk", NAT.LapseRule.atRisk),
    ]

    /// The meeting-cadence rules, whose messages (`missed`, `outsideUsualQuarter`) their own tests check,
    /// and the rules of the admission pipeline, whose messages DevelopmentRuleTests checks.
    static let meetingRules: Set<String> = [
        "GeneralMeetingRule", "CommitteeMeetingRule", "GroupMeetingRule", "ThemeDayRule", "OrganisationalLifeRule",
        "DemocraticEvaluationRule", "HeartToHeartTalkRule", "PartyLessonRule", "DevelopmentMinimumAgeRule",
        "DevelopmentTalkRule", "ActivistYearRule", "PoliticalReviewRule", "DevelopmentTrainingRule", "LeavingRule",
        "DevelopmentVoteRule", "DevelopmentApprovalRule", "ApproverRule", "ProbationStartRule", "FullMembershipRule",
        "ExtensionRule", "OathRule",
    ]

    /// A community whose members reach every template of the dues rules and the lapse.
    static func duesCommunity() -> Community {
        func paid(_ months: ClosedRange<Int>, _ base: DuesBase, _ fen: Int64) -> [DuesPayment] {
            months.map { month in
                DuesPayment(
                    month: try! CalendarMonth(year: 2025, month: month), base: base, amount: Money(fen: fen),
                    paidOn: CalendarDate(known: 2025, month, 20))
            }
        }
        var community = Fixture.community(form: .branch, formal: 3)
        var short = Fixture.member("D-1", events: [])
        short.duesPayments = paid(1...12, .wage(Money(fen: 300_001)), 1_500)
        short.voluntaryPayments = [VoluntaryDuesPayment(amount: Money(yuan: 1_000), paidOn: "2025-07-01")]
        var admitted = Fixture.member("D-2", events: [MembershipEvent(.admitted, on: "2025-06-20")])
        admitted.duesPayments = paid(5...5, .flat(.student), 20) + paid(7...12, .flat(.student), 20)
        var lapsed = Fixture.member("D-3", events: [])
        lapsed.duesPayments = paid(1...6, .flat(.student), 20)
        var atRisk = Fixture.member("D-4", events: [])
        atRisk.duesPayments = paid(1...8, .flat(.student), 20)
        community.members += [short, admitted, lapsed, atRisk]
        return community
    }

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
        var gridded = Fixture.community(form: .branch, formal: 3)
        gridded.governance.grids = [
            Grid(
                id: "L4-1", level: 4, name: "东片四级网格", leaders: [GridLeader(name: "格长甲")],
                memberIDs: gridded.members.map(\.id))
        ]
        let communities = [
            joint, unknown, members, duesCommunity(), gridded,
            branch(formal: 45, probationary: 6, committee: 2),
            branch(formal: 40, committee: 8, on: "2020-03-01"),
            branch(formal: 40, committee: 7, on: "2019-03-01"),
            branch(formal: 6, committee: 3, on: "2021-01-01"),
            branch(formal: 2, committee: nil),
        ]
        var found: [Finding] = []
        for community in communities {
            let report = try Auditor(packs: [.national]).auditSequentially(
                [withReferencedMembers(community)], on: Fixture.auditDate)
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
        let listed = declared.filter { name in
            !Self.meetingRules.contains { name.hasPrefix($0 + ".") }
                && !["missed", "outsideUsualQuarter"].contains(ownName(name))
        }
        #expect(listed.map(ownName).sorted() == Self.templates.map { ownName($0.name) }.sorted())
    }
}
