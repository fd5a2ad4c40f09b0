import Foundation
import Testing

@testable import PartyBuilding

/// Every message template of every SZ2011 rule, rendered in both languages from small communities
/// built to reach it, compared with the checked-in text in `messages.golden.txt`, next to this file.
///
/// The golden file is meant to be read: one line a message, `rule | zh | text` then `rule | en | text`.
/// When a wording changes on purpose, regenerate it and read the difference before committing:
///
/// ```
/// UPDATE_GOLDEN=1 swift test --filter MessageGoldenTests
/// git diff Tests/PartyBuildingTests/Messages/messages.golden.txt
/// ```
///
/// With `UPDATE_GOLDEN=1` the test writes the file and then fails, so that a run that rewrote it is
/// never taken for a run that checked it.
@Suite("Messages: every template in both languages")
struct MessageGoldenTests {
    /// The golden file, found from this source file so that no package resource is needed.
    static let goldenURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("messages.golden.txt")

    /// The package's root directory (this file is `Tests/PartyBuildingTests/Messages/…`).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The lines the golden file starts with; lines starting with `#` are not compared.
    static let header = [
        "# Every message of every SZ2011 rule, rendered by MessageGoldenTests from sample communities.",
        "# Regenerate with: UPDATE_GOLDEN=1 swift test --filter MessageGoldenTests (then read the diff).",
    ]

    @Test("the pack's rules are the rules catalogued here, and every template is reached by a sample")
    func everyTemplateIsReached() throws {
        let packRules = PolicyPack.suzhou2011.rules.map(\.descriptor.id)
        #expect(Set(packRules) == Set(MessageCatalog.rules.map(\.rule)), "a rule of the pack is not catalogued")
        #expect(packRules.count == MessageCatalog.rules.count)

        let rendered = try MessageSamples.findings()
        for entry in MessageCatalog.rules {
            let reached = rendered.filter { $0.ruleID == entry.rule }.map(\.template)
            for (name, template) in entry.templates {
                #expect(reached.contains { $0 === template }, "\(entry.rule): no sample reaches \(name)")
            }
            for template in reached where !entry.templates.contains(where: { $0.template === template }) {
                Issue.record("\(entry.rule): a finding uses a template not catalogued: \(template.chinese)")
            }
        }
    }

    @Test("every MessageTemplate declared in the SZ2011 pack's sources is catalogued")
    func everyDeclaredTemplateIsCatalogued() throws {
        let declared = try MessageCatalog.declaredTemplateNames(
            under: Self.packageRoot.appendingPathComponent("Sources/PartyBuilding/Packs/Suzhou2011"))
        // The message of a figure not recorded is the library's, shared by every pack (Rules/UnrecordedFigure.swift).
        let catalogued = Set(MessageCatalog.rules.flatMap { $0.templates.map(\.name) })
            .subtracting(["UnrecordedFigure.message"])
        #expect(declared.count >= 30, "the source scan found only \(declared.count) templates")
        #expect(declared.subtracting(catalogued).isEmpty, "declared but not catalogued")
        #expect(catalogued.subtracting(declared).isEmpty, "catalogued but not declared")
    }

    @Test("the rendered messages are the golden text")
    func messagesMatchTheGoldenFile() throws {
        let lines = try MessageSamples.lines()
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            let text = (Self.header + lines).joined(separator: "\n") + "\n"
            try text.write(to: Self.goldenURL, atomically: true, encoding: .utf8)
            Issue.record(
                "UPDATE_GOLDEN=1: wrote \(lines.count) lines to \(Self.goldenURL.path); read the diff, then run again")
            return
        }
        let golden = try String(contentsOf: Self.goldenURL, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            .filter { !$0.hasPrefix("#") }
        if let index = (0..<min(golden.count, lines.count)).first(where: { golden[$0] != lines[$0] }) {
            Issue.record(
                """
                message \(index + 1) differs from the golden file:
                  golden:   \(golden[index])
                  rendered: \(lines[index])
                (UPDATE_GOLDEN=1 swift test --filter MessageGoldenTests rewrites the file)
                """)
        } else if golden.count != lines.count {
            let index = min(golden.count, lines.count)
            Issue.record(
                """
                the golden file has \(golden.count) messages, the samples render \(lines.count); first unmatched:
                  golden:   \(index < golden.count ? golden[index] : "(none)")
                  rendered: \(index < lines.count ? lines[index] : "(none)")
                """)
        }
    }

    @Test("each message is rendered in both languages")
    func bothLanguages() throws {
        let lines = try MessageSamples.lines()
        let chinese = lines.filter { $0.contains(" | zh | ") }
        let english = lines.filter { $0.contains(" | en | ") }
        #expect(chinese.count == english.count)
        #expect(chinese.count + english.count == lines.count)
    }
}

/// The message templates of each SZ2011 rule, by the name they are declared under.
enum MessageCatalog {
    typealias Entry = (rule: RuleID, templates: [(name: String, template: MessageTemplate)])

    static let rules: [Entry] = [
        (
            "SZ2011.3.general-branch",
            [
                ("GeneralBranchRule.formAbovePermission", SZ2011.GeneralBranchRule.formAbovePermission),
                ("GeneralBranchRule.largerFormPermitted", SZ2011.GeneralBranchRule.largerFormPermitted),
            ]
        ),
        (
            "SZ2011.3.resettlement",
            [
                ("ResettlementRule.noOrganisation", SZ2011.ResettlementRule.noOrganisation),
                ("ResettlementRule.noCentre", SZ2011.ResettlementRule.noCentre),
                ("ResettlementRule.tooFewCommittees", SZ2011.ResettlementRule.tooFewCommittees),
                (
                    "ResettlementRule.committeeWithoutOrganisation",
                    SZ2011.ResettlementRule.committeeWithoutOrganisation
                ),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        ("SZ2011.6.one-shoulder", [("OneShoulderRule.notCombined", SZ2011.OneShoulderRule.notCombined)]),
        ("SZ2011.6.graduate", [("GraduateRule.tooFew", SZ2011.GraduateRule.tooFew)]),
        ("SZ2011.6.age-structure", [("AgeStructureRule.outsideBand", SZ2011.AgeStructureRule.outsideBand)]),
        (
            "SZ2011.7.rotation",
            [
                ("RotationRule.neverTrained", SZ2011.RotationRule.neverTrained),
                ("RotationRule.notRotated", SZ2011.RotationRule.notRotated),
            ]
        ),
        ("SZ2011.7.key-role-training", training),
        ("SZ2011.7.other-training", training),
        ("SZ2011.7.degree", [("DegreeRule.studyEncouraged", SZ2011.DegreeRule.studyEncouraged)]),
        (
            "SZ2011.7.secretary-quals-trend",
            [("SecretaryQualificationsTrendRule.notRising", SZ2011.SecretaryQualificationsTrendRule.notRising)]
        ),
        ("SZ2011.8.certificate", [("CertificateRule.missing", SZ2011.CertificateRule.missing)]),
        (
            "SZ2011.9.staff-pay",
            [
                ("StaffPayRule.belowFloor", SZ2011.StaffPayRule.belowFloor),
                ("PayRuleMessages.noWage", SZ2011.PayRuleMessages.noWage),
            ]
        ),
        (
            "SZ2011.9.secretary-pay",
            [
                ("SecretaryPayRule.belowFloor", SZ2011.SecretaryPayRule.belowFloor),
                ("PayRuleMessages.noWage", SZ2011.PayRuleMessages.noWage),
            ]
        ),
        (
            "SZ2011.12.dual-management",
            [("DualManagementRule.notDualManaged", SZ2011.DualManagementRule.notDualManaged)]
        ),
        (
            "SZ2011.12.migrant-enrolment",
            [
                ("MigrantEnrolmentRule.notEnrolled", SZ2011.MigrantEnrolmentRule.notEnrolled),
                ("MigrantEnrolmentRule.arrivalUnknown", SZ2011.MigrantEnrolmentRule.arrivalUnknown),
            ]
        ),
        (
            "SZ2011.13.outgoing-migrant",
            [
                ("OutgoingMigrantRule.noCertificate", SZ2011.OutgoingMigrantRule.noCertificate),
                ("OutgoingMigrantRule.noContact", SZ2011.OutgoingMigrantRule.noContact),
            ]
        ),
        ("SZ2011.13.immobile", [("ImmobileRule.notVisited", SZ2011.ImmobileRule.notVisited)]),
        ("SZ2011.13.points", [("PointsRule.notKept", SZ2011.PointsRule.notKept)]),
        (
            "SZ2011.13.dues",
            [("DuesRule.unpaid", SZ2011.DuesRule.unpaid), ("DuesRule.late", SZ2011.DuesRule.late)]
        ),
        (
            "SZ2011.15.service-space",
            [
                ("ServiceSpaceRule.belowFloor", SZ2011.ServiceSpaceRule.belowFloor),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.15.work-space",
            [
                ("WorkSpaceRule.belowFloor", SZ2011.WorkSpaceRule.belowFloor),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.15.existing-shortfall",
            [
                ("ExistingShortfallRule.needsPlan", SZ2011.ExistingShortfallRule.needsPlan),
                ("ExistingShortfallRule.plannedService", SZ2011.ExistingShortfallRule.plannedService),
                ("ExistingShortfallRule.plannedWork", SZ2011.ExistingShortfallRule.plannedWork),
                ("ExistingShortfallRule.overdueService", SZ2011.ExistingShortfallRule.overdueService),
                ("ExistingShortfallRule.overdueWork", SZ2011.ExistingShortfallRule.overdueWork),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.15.party-share",
            [
                ("PartyShareRule.belowShare", SZ2011.PartyShareRule.belowShare),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.19.work-fund",
            [
                ("WorkFundRule.belowFloor", SZ2011.WorkFundRule.belowFloor),
                ("FundRuleMessages.noGrants", SZ2011.FundRuleMessages.noGrants),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.19.activity-fund",
            [
                ("ActivityFundRule.belowFloor", SZ2011.ActivityFundRule.belowFloor),
                ("FundRuleMessages.noGrants", SZ2011.FundRuleMessages.noGrants),
            ]
        ),
        (
            "SZ2011.19.cost-split",
            [
                ("CostSplitRule.shortShare", SZ2011.CostSplitRule.shortShare),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        ("SZ2011.11.consultations", [("ConsultationsRule.tooFew", SZ2011.ConsultationsRule.tooFew)]),
        (
            "SZ2011.11.reception-day",
            [
                ("ReceptionDayRule.missedWeeks", SZ2011.ReceptionDayRule.missedWeeks),
                ("ReceptionDayRule.notFixed", SZ2011.ReceptionDayRule.notFixed),
                ("ReceptionDayRule.noRecords", SZ2011.ReceptionDayRule.noRecords),
            ]
        ),
        ("SZ2011.13.three-meetings", [("ThreeMeetingsRule.notStrict", SZ2011.ThreeMeetingsRule.notStrict)]),
        ("SZ2011.13.leave", [("LeaveRule.withoutLeave", SZ2011.LeaveRule.withoutLeave)]),
        ("SZ2011.17.joint-meeting", [("JointMeetingRule.none", SZ2011.JointMeetingRule.none)]),
        (
            "SZ2011.3.branch-sizing",
            [
                ("BranchSizingRule.noBranches", SZ2011.BranchSizingRule.noBranches),
                ("BranchSizingRule.notListed", SZ2011.BranchSizingRule.notListed),
            ]
        ),
        (
            "SZ2011.3.two-new-coverage",
            [
                ("TwoNewCoverageRule.noOwnOrganisation", SZ2011.TwoNewCoverageRule.noOwnOrganisation),
                ("TwoNewCoverageRule.notCovered", SZ2011.TwoNewCoverageRule.notCovered),
                ("TwoNewCoverageRule.notCounted", SZ2011.TwoNewCoverageRule.notCounted),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.5.coordination",
            [
                ("CoordinationRule.missingBodies", SZ2011.CoordinationRule.missingBodies),
                ("CoordinationRule.notTogether", SZ2011.CoordinationRule.notTogether),
                ("CoordinationRule.noEvidence", SZ2011.CoordinationRule.noEvidence),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.8.recruitment",
            [
                ("RecruitmentRule.notByDistrict", SZ2011.RecruitmentRule.notByDistrict),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.8.dual-report",
            [
                ("DualReportRule.notReported", SZ2011.DualReportRule.notReported),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.15.one-stop",
            [
                ("OneStopRule.notStationed", SZ2011.OneStopRule.notStationed),
                ("OneStopRule.noBadge", SZ2011.OneStopRule.noBadge),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.18.funds-follow-tasks",
            [
                ("FundsFollowTasksRule.unfunded", SZ2011.FundsFollowTasksRule.unfunded),
                ("FundsFollowTasksRule.fundingUnrecorded", SZ2011.FundsFollowTasksRule.fundingUnrecorded),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.19.office-share",
            [
                ("OfficeShareRule.noShare", SZ2011.OfficeShareRule.noShare),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.19.disclosure",
            [
                ("DisclosureRule.notDisclosed", SZ2011.DisclosureRule.notDisclosed),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
        (
            "SZ2011.21.e-ledger",
            [
                ("ElectronicLedgerRule.none", SZ2011.ElectronicLedgerRule.none),
                ("ElectronicLedgerRule.noEvidence", SZ2011.ElectronicLedgerRule.noEvidence),
                ("UnrecordedFigure.message", UnrecordedFigure.message),
            ]
        ),
    ]

    /// The templates the two training rules share.
    static let training: [(name: String, template: MessageTemplate)] = [
        ("CentralisedTrainingRequirement.tooFewTrainings", SZ2011.CentralisedTrainingRequirement.tooFewTrainings),
        ("CentralisedTrainingRequirement.tooFewDays", SZ2011.CentralisedTrainingRequirement.tooFewDays),
    ]

    /// The name of a template a finding uses, or `nil` when it is not catalogued for the rule.
    static func name(of template: MessageTemplate, in rule: RuleID) -> String? {
        rules.first { $0.rule == rule }?.templates.first { $0.template === template }?.name
    }

    /// The position of a template in the catalog, for ordering the golden lines.
    static func index(of template: MessageTemplate, in rule: RuleID) -> Int {
        rules.first { $0.rule == rule }?.templates.firstIndex { $0.template === template } ?? Int.max
    }

    /// Every `static let name = MessageTemplate(` in the Swift files under a directory, named
    /// `Type.name` after the type (struct or enum) declared last before it.
    static func declaredTemplateNames(under directory: URL) throws -> Set<String> {
        let files =
            FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var names: Set<String> = []
        for file in files {
            var type = "?"
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let words = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "{" }).map(String.init)
                if let keyword = words.firstIndex(where: { $0 == "struct" || $0 == "enum" }),
                    keyword + 1 < words.count
                {
                    type = words[keyword + 1]
                }
                if let equals = words.firstIndex(of: "="), equals >= 2, words[equals - 2] == "let",
                    words[...equals].contains("static"), words.count > equals + 1,
                    words[equals + 1].hasPrefix("MessageTemplate(")
                {
                    names.insert("\(type).\(words[equals - 1])")
                }
            }
        }
        return names
    }
}

/// Small communities, each built to make one or more rules report each of their messages, with
/// figures of the size a Suzhou community has.
enum MessageSamples {
    /// A sample: the rules it is for, the communities audited together and the audit date.
    struct Sample {
        var rules: Set<RuleID>
        var communities: [Community]
        var date: CalendarDate = Fixture.auditDate
    }

    /// The findings of each sample about the rules it is for, in the order of the samples.
    static func findings() throws -> [Finding] {
        var found: [Finding] = []
        for sample in samples {
            let report = try Auditor().auditSequentially(sample.communities.map(withReferencedMembers), on: sample.date)
            for rule in sample.rules {
                #expect(report.rulesApplied.contains(rule), "\(rule) did not run on \(sample.date)")
            }
            found += report.findings.filter { sample.rules.contains($0.ruleID) }
        }
        return found
    }

    /// The golden lines: each distinct message, Chinese then English, ordered by the rule's place in the
    /// pack, the template's place in the catalog, then the English text.
    static func lines() throws -> [String] {
        var seen: Set<String> = []
        let ruleOrder = PolicyPack.suzhou2011.rules.map(\.descriptor.id)
        var messages: [(rule: RuleID, order: [Int], chinese: String, english: String)] = []
        for finding in try findings() {
            let chinese = finding.message(.chinese)
            let english = finding.message(.english)
            guard seen.insert("\(finding.ruleID)|\(chinese)|\(english)").inserted else { continue }
            let order = [
                ruleOrder.firstIndex(of: finding.ruleID) ?? Int.max,
                MessageCatalog.index(of: finding.template, in: finding.ruleID),
            ]
            messages.append((finding.ruleID, order, chinese, english))
        }
        messages.sort { ($0.order[0], $0.order[1], $0.english) < ($1.order[0], $1.order[1], $1.english) }
        return messages.flatMap { message in
            ["\(message.rule) | zh | \(message.chinese)", "\(message.rule) | en | \(message.english)"]
        }
    }

    static let samples: [Sample] = [
        // A general branch of 50 formal members (超过50人 is needed), a committee of 80 (超过100人),
        // and a branch of 51 that may become a general branch.
        Sample(rules: ["SZ2011.3.general-branch"], communities: [Fixture.community(form: .generalBranch, formal: 50)]),
        Sample(
            rules: ["SZ2011.3.general-branch"],
            communities: [Fixture.community(form: .committee, formal: 80, probationary: 4)]),
        Sample(
            rules: ["SZ2011.3.general-branch"],
            communities: [Fixture.community(form: .branch, formal: 51, probationary: 3)]),

        // A resettlement area of 3200 households with one residents' committee and nothing else.
        Sample(
            rules: ["SZ2011.3.resettlement"],
            communities: [
                with(Fixture.community()) {
                    $0.isConcentratedResettlement = true
                    $0.households = 3_200
                    $0.residents = 10_150
                    $0.hasManagementServiceCentre = false
                    $0.residentsCommittees = [ResidentsCommittee(id: "RC-1", name: "第一居民委员会")]
                }
            ]),

        // A secretary who does not also direct the residents' committee.
        Sample(
            rules: ["SZ2011.6.one-shoulder"],
            communities: [with(Fixture.community()) { $0.workers = [Fixture.worker("W-01", roles: [.secretary])] }]),

        // Two workers, neither a college graduate.
        Sample(
            rules: ["SZ2011.6.graduate"],
            communities: [
                with(Fixture.community()) {
                    $0.workers = [
                        Fixture.worker("W-01", education: .seniorSecondary),
                        Fixture.worker("W-02", education: .seniorSecondary),
                    ]
                }
            ]),

        // Workers aged 34 and 35: a median of 34.5, below the band.
        Sample(
            rules: ["SZ2011.6.age-structure"],
            communities: [
                with(Fixture.community()) {
                    $0.workers = [
                        Fixture.worker("W-01", born: "1991-03-02"), Fixture.worker("W-02", born: "1990-03-02"),
                    ]
                }
            ]),

        // A worker never trained, and one last trained in September 2021.
        Sample(
            rules: ["SZ2011.7.rotation"],
            communities: [
                with(Fixture.community()) {
                    $0.workers = [
                        Fixture.worker("W-01"),
                        Fixture.worker("W-02", trainings: [Fixture.training(.street, tenths: 20, on: "2021-09-01")]),
                    ]
                }
            ]),

        // Key roles: a secretary with no district training, a director with 6.5 days; other workers: one
        // with none, one with 4.5 days at street level.
        Sample(
            rules: ["SZ2011.7.key-role-training", "SZ2011.7.other-training"],
            communities: [
                with(Fixture.community()) {
                    $0.workers = [
                        Fixture.worker("W-01", roles: [.secretary]),
                        Fixture.worker(
                            "W-02", roles: [.residentsCommitteeDirector],
                            trainings: [Fixture.training(.district, tenths: 65)]),
                        Fixture.worker("W-03"),
                        Fixture.worker("W-04", trainings: [Fixture.training(.street, tenths: 45)]),
                    ]
                }
            ]),

        // A worker of 32 with an associate degree, not studying.
        Sample(
            rules: ["SZ2011.7.degree"],
            communities: [
                with(Fixture.community()) {
                    $0.workers = [Fixture.worker("W-01", born: "1993-08-15", education: .associate)]
                }
            ]),

        // Two communities: one secretary of two with a degree both years; the certificate share falls.
        Sample(
            rules: ["SZ2011.7.secretary-quals-trend"],
            communities: [
                with(Fixture.community()) {
                    $0.secretaryQualifications = [
                        SecretaryQualificationRecord(
                            year: 2024, hasAssociateDegreeOrHigher: true, hasCertificate: true),
                        SecretaryQualificationRecord(
                            year: 2025, hasAssociateDegreeOrHigher: true, hasCertificate: false),
                    ]
                },
                with(Community(id: "C-002", name: "第二测试社区", district: "姑苏区")) {
                    $0.secretaryQualifications = [
                        SecretaryQualificationRecord(
                            year: 2024, hasAssociateDegreeOrHigher: false, hasCertificate: false),
                        SecretaryQualificationRecord(
                            year: 2025, hasAssociateDegreeOrHigher: false, hasCertificate: false),
                    ]
                },
            ]),

        // A worker of 38 without the certificate.
        Sample(
            rules: ["SZ2011.8.certificate"],
            communities: [with(Fixture.community()) { $0.workers = [Fixture.worker("W-01")] }]),

        // Three full-time workers paid 76,000 yuan against last year's wage of 80,000; a secretary paid
        // 90,000 against 1.2 × 80,000.
        Sample(
            rules: ["SZ2011.9.staff-pay"],
            communities: [
                with(Fixture.community()) {
                    $0.localAverageWages = [AverageWage(year: 2024, amount: Money(yuan: 80_000))]
                    $0.workers = ["W-01", "W-02", "W-03"].map {
                        Fixture.worker($0, pay: [AnnualPay(year: 2025, amount: Money(yuan: 76_000))])
                    }
                }
            ]),
        Sample(
            rules: ["SZ2011.9.secretary-pay"],
            communities: [
                with(Fixture.community()) {
                    $0.localAverageWages = [AverageWage(year: 2024, amount: Money(yuan: 80_000))]
                    $0.workers = [
                        Fixture.worker(
                            "W-01", roles: [.secretary], pay: [AnnualPay(year: 2025, amount: Money(yuan: 90_000))])
                    ]
                }
            ]),
        // Pay recorded, but no wage for 2024.
        Sample(
            rules: ["SZ2011.9.staff-pay", "SZ2011.9.secretary-pay"],
            communities: [
                with(Fixture.community()) {
                    $0.workers = [
                        Fixture.worker(
                            "W-01", roles: [.secretary], pay: [AnnualPay(year: 2025, amount: Money(yuan: 90_000))])
                    ]
                }
            ]),

        // A planned community of 100,000 m² of housing: 2,900 m² of service space (3% is 3,000), 450 m²
        // of rooms (0.5% is 500), 120 m² of them for Party use (a third is 150).
        Sample(
            rules: ["SZ2011.15.service-space", "SZ2011.15.work-space", "SZ2011.15.party-share"],
            communities: [
                with(Fixture.community()) {
                    $0.development = .planned
                    $0.residentialFloorArea = Area(squareMetres: 100_000)
                    $0.serviceSpace = Area(squareMetres: 2_900)
                    $0.workAndActivityRoomArea = Area(squareMetres: 450)
                    $0.partyUseArea = Area(squareMetres: 120)
                }
            ]),

        // An existing community below both ratios: without a plan, with one due in 2027, and with one
        // that was due at the end of 2024.
        Sample(rules: ["SZ2011.15.existing-shortfall"], communities: [shortOfSpace(plan: nil)]),
        Sample(rules: ["SZ2011.15.existing-shortfall"], communities: [shortOfSpace(plan: "2027-12-31")]),
        Sample(rules: ["SZ2011.15.existing-shortfall"], communities: [shortOfSpace(plan: "2024-12-31")]),

        // 东关社区's figures: 7393 residents and 80 members, with 100,000 and 12,000 yuan granted.
        Sample(
            rules: ["SZ2011.19.work-fund", "SZ2011.19.activity-fund"],
            communities: [
                with(Fixture.community(form: .branch, formal: 76, probationary: 4)) {
                    $0.households = 2_145
                    $0.residents = 7_393
                    $0.fundGrants = [
                        Fixture.grant(.work, fen: 10_000_000), Fixture.grant(.activity, fen: 1_200_000),
                    ]
                }
            ]),
        // No grant recorded for 2025.
        Sample(
            rules: ["SZ2011.19.work-fund", "SZ2011.19.activity-fund"],
            communities: [Fixture.community(form: .branch, formal: 40)]),

        // An employed member held elsewhere without dual management; a migrant who arrived 45 days
        // before the audit and is not enrolled, and one whose arrival day is unknown; an outgoing
        // migrant with neither a certificate nor a contact; a member with limited mobility visited
        // in the first and third quarters only; no points assessment.
        Sample(
            rules: [
                "SZ2011.12.dual-management", "SZ2011.12.migrant-enrolment", "SZ2011.13.outgoing-migrant",
                "SZ2011.13.immobile", "SZ2011.13.points",
            ],
            communities: [
                with(Fixture.community(form: .branch, formal: 12)) {
                    $0.members += [
                        Fixture.member("M-101", events: [], relationship: .heldElsewhere),
                        Fixture.member(
                            "M-102", events: [MembershipEvent(.migratedIn(status: .formal), on: "2025-11-16")]),
                        Fixture.member("M-103", events: [MembershipEvent(.migratedIn(status: .formal), on: nil)]),
                        Fixture.member(
                            "M-104",
                            events: [MembershipEvent(.migratedOut(certificate: nil, contact: nil), on: "2025-03-01")]),
                        Fixture.member(
                            "M-105",
                            events: [
                                MembershipEvent(.visited(by: "社区党委委员"), on: "2025-02-12"),
                                MembershipEvent(.visited(by: "社区党委委员"), on: "2025-08-20"),
                            ], hasLimitedMobility: true),
                    ]
                }
            ]),

        // A member who paid nothing for December and paid March late.
        Sample(
            rules: ["SZ2011.13.dues"],
            communities: [
                with(Fixture.community(form: .branch, formal: 3)) {
                    var member = Fixture.member("M-201", events: [])
                    member.duesPayments = (1...11).map { month in
                        DuesPayment(
                            month: try! CalendarMonth(year: 2025, month: month), base: .wage(Money(yuan: 6_500)),
                            amount: Money(fen: 9_750),
                            paidOn: month == 3 ? "2025-04-10" : CalendarDate(known: 2025, month, 20))
                    }
                    $0.members.append(member)
                }
            ]),

        // A community whose records give none of its figures: the rules that need them cannot be checked.
        Sample(
            rules: [
                "SZ2011.3.resettlement", "SZ2011.15.existing-shortfall", "SZ2011.15.service-space",
                "SZ2011.15.work-space", "SZ2011.15.party-share",
            ],
            communities: [Fixture.community()]),
        // Work funds recorded, but not the residents they are counted by.
        Sample(
            rules: ["SZ2011.19.work-fund"],
            communities: [with(Fixture.community()) { $0.fundGrants = [Fixture.grant(.work, fen: 10_000_000)] }]),
        // 平江区 in 2012: a total whose paying level the records do not give.
        Sample(
            rules: ["SZ2011.19.cost-split"],
            communities: [
                with(Fixture.community(district: "平江区")) {
                    $0.fundGrants = [Fixture.grant(.work, fen: 10_000_000, source: .unspecified, year: 2012)]
                }
            ],
            date: "2012-12-31"),
        // 平江区 in 2012: the city paid 24% of the funds; then the district paid 64%.
        Sample(
            rules: ["SZ2011.19.cost-split"], communities: [splitFunds(city: 24_000, district: 76_000)],
            date: "2012-12-31"),
        Sample(
            rules: ["SZ2011.19.cost-split"], communities: [splitFunds(city: 36_000, district: 64_000)],
            date: "2012-12-31"),
        // A community Party organisation that held 3 consultations in 2025 (4次以上 is needed), and a
        // joint meeting never.
        Sample(
            rules: ["SZ2011.11.consultations", "SZ2011.17.joint-meeting"],
            communities: [
                MeetingFixture.community(
                    meetings: MeetingFixture.meetings(.consultation, on: ["2025-03-10", "2025-06-10", "2025-09-10"]))
            ]),

        // Founded on 2025-11-30: the whole weeks of 2025 it lived through run from Monday 1 December to
        // Sunday 28 December; the secretary received on a Monday and on a Wednesday, then not at all.
        Sample(
            rules: ["SZ2011.11.reception-day"],
            communities: [
                with(MeetingFixture.community(founded: "2025-11-30", meetings: [])) {
                    $0.receptionDays = [
                        ReceptionDay(date: "2025-12-01", receivedBy: "李书记"),
                        ReceptionDay(date: "2025-12-10", receivedBy: "李书记"),
                    ]
                }
            ]),
        // No reception day recorded at all.
        Sample(rules: ["SZ2011.11.reception-day"], communities: [MeetingFixture.community(meetings: [])]),

        // A branch that held general meetings in three quarters and a democratic evaluation, and whose
        // member M-02 missed a general meeting without leave.
        Sample(
            rules: ["SZ2011.13.three-meetings", "SZ2011.13.leave"],
            communities: [
                MeetingFixture.community(
                    meetings: MeetingFixture.meetings(.general, on: ["2025-02-01", "2025-05-01"])
                        + [
                            Meeting(
                                id: "G-3", organisationID: Fixture.organisationID, kind: .general, date: "2025-08-01",
                                attendance: [.init("M-01", .present), .init("M-02", .absentWithoutLeave)])
                        ] + MeetingFixture.meetings(.democraticEvaluation, on: ["2025-12-01"]))
            ]),

        // A general branch of 60 formal members with no branch under it, then one recorded as a
        // headcount alone.
        Sample(
            rules: ["SZ2011.3.branch-sizing"], communities: [Fixture.community(form: .generalBranch, formal: 60)]),
        Sample(
            rules: ["SZ2011.3.branch-sizing"],
            communities: [
                with(Fixture.community()) {
                    $0.organisations = [
                        PartyOrganisation(
                            id: Fixture.organisationID, name: "社区党委", form: .committee, headcount: .init(total: 120))
                    ]
                }
            ]),
        // The community whose governance records meet every rule, with nothing of them recorded.
        Sample(
            rules: [
                "SZ2011.3.two-new-coverage", "SZ2011.5.coordination", "SZ2011.8.recruitment", "SZ2011.8.dual-report",
                "SZ2011.15.one-stop", "SZ2011.18.funds-follow-tasks", "SZ2011.19.office-share",
                "SZ2011.19.disclosure", "SZ2011.21.e-ledger",
            ],
            communities: [GovernanceFixture.with { $0.governance = CommunityGovernance() }]),
        // An enterprise of 4 formal members without its own organisation, a social organisation of 2
        // that nothing covers, and one whose members are not counted.
        Sample(
            rules: ["SZ2011.3.two-new-coverage"],
            communities: [
                GovernanceFixture.with {
                    $0.governance.residentUnits = [
                        ResidentUnit(id: "U-1", name: "华兴公司", kind: .nonPublicEnterprise, formalMembers: 4),
                        ResidentUnit(id: "U-2", name: "邻里协会", kind: .socialOrganisation, formalMembers: 2),
                        ResidentUnit(id: "U-3", name: "书画协会", kind: .socialOrganisation),
                    ]
                }
            ]),
        // Coordination without the owners' committee; then the four split over two mechanisms; then
        // one mechanism without evidence.
        Sample(
            rules: ["SZ2011.5.coordination"],
            communities: [
                GovernanceFixture.with {
                    $0.governance.coordination[0].participants.removeAll { $0 == .ownersCommittee }
                }
            ]),
        Sample(
            rules: ["SZ2011.5.coordination"],
            communities: [
                GovernanceFixture.with {
                    $0.governance.coordination = [
                        CoordinationMechanism(
                            name: "两委联席会", participants: [.partyOrganisation, .residentsCommittee],
                            evidence: GovernanceFixture.evidence("纪要1")),
                        CoordinationMechanism(
                            name: "物业协调会", participants: [.ownersCommittee, .propertyServiceCompany],
                            evidence: GovernanceFixture.evidence("纪要2")),
                    ]
                }
            ]),
        Sample(
            rules: ["SZ2011.5.coordination"],
            communities: [GovernanceFixture.with { $0.governance.coordination[0].evidence = [] }]),
        // A worker recruited by the street; the secretary's report to members and residents missing;
        // the secretary at the one-stop hall without a badge; a task delegated without funds and one
        // whose funds are not recorded; no office share; the office funds not disclosed; no electronic
        // ledger.
        Sample(
            rules: [
                "SZ2011.8.recruitment", "SZ2011.8.dual-report", "SZ2011.15.one-stop", "SZ2011.18.funds-follow-tasks",
                "SZ2011.19.office-share", "SZ2011.19.disclosure", "SZ2011.21.e-ledger",
            ],
            communities: [
                GovernanceFixture.with {
                    $0.governance.recruitments[1].organisedBy = .street
                    $0.governance.secretaryReports.removeLast()
                    $0.governance.oneStopPosts[0].wearsNameBadge = false
                    $0.governance.delegatedTasks[0].funding = .zero
                    $0.governance.delegatedTasks.append(
                        DelegatedTask(title: "人口普查入户", delegatedBy: "区统计局", delegatedOn: "2025-09-01"))
                    $0.governance.officeFundShares[0].amount = .zero
                    $0.governance.fundDisclosures[0].funds = [.activity]
                    $0.governance.electronicLedger = nil
                }
            ]),
        // The secretary holds no post; the electronic ledger has no evidence.
        Sample(
            rules: ["SZ2011.15.one-stop", "SZ2011.21.e-ledger"],
            communities: [
                GovernanceFixture.with {
                    $0.governance.oneStopPosts[0].workerID = "W-02"
                    $0.governance.electronicLedger?.evidence = []
                }
            ]),
    ]

    /// An existing community of 100,000 m² of housing with 2,400 m² of service space and 400 m² of
    /// rooms, and a remediation plan due on `plan`, if any.
    static func shortOfSpace(plan: CalendarDate?) -> Community {
        with(Fixture.community()) {
            $0.development = .existing
            $0.residentialFloorArea = Area(squareMetres: 100_000)
            $0.serviceSpace = Area(squareMetres: 2_400)
            $0.workAndActivityRoomArea = Area(squareMetres: 400)
            $0.partyUseArea = Area(squareMetres: 150)
            $0.spaceRemediationPlan = plan.map {
                RemediationPlan(summary: "改造闲置用房", targetDate: $0, approver: "街道党工委")
            }
        }
    }

    /// A community in 平江区 with work funds for 2012 from the city and from the district, in yuan.
    static func splitFunds(city: Int64, district: Int64) -> Community {
        with(Fixture.community(district: "平江区")) {
            $0.fundGrants = [
                Fixture.grant(.work, fen: city * 100, source: .city, year: 2012),
                Fixture.grant(.work, fen: district * 100, source: .district, year: 2012),
            ]
        }
    }

    /// A community changed by `change`.
    static func with(_ community: Community, _ change: (inout Community) -> Void) -> Community {
        var community = community
        change(&community)
        return community
    }
}
