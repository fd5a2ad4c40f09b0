import Foundation
import PartyBuilding
import Testing

/// Small builders of community records for the rule tests, and helpers that audit a community and
/// check what a finding carries. Every fixture starts empty, so a test states exactly what its rule sees.
enum Fixture {
    /// The default audit date: the last day of 2025, so that a whole year's trainings and grants count.
    static let auditDate = CalendarDate("2025-12-31")

    /// The ID of the community every fixture builds.
    static let communityID: CommunityID = "C-001"

    /// The ID of the community's top-level organisation.
    static let organisationID: OrganisationID = "ORG-1"

    /// An empty existing community in a district outside the cost split.
    static func community(district: String = "姑苏区") -> Community {
        Community(id: communityID, name: "测试社区", district: district)
    }

    /// A community with one top-level organisation of `form` holding `formal` formal and `probationary`
    /// probationary members, recorded as member records.
    static func community(
        form: PartyOrganisation.Form, formal: Int, probationary: Int = 0,
        relationship: Member.Relationship = .heldByCommunity
    ) -> Community {
        var community = community()
        community.organisations = [PartyOrganisation(id: organisationID, name: "社区党组织", form: form)]
        community.members =
            members(formal, status: .formal, in: organisationID, relationship: relationship, prefix: "F")
            + members(probationary, status: .probationary, in: organisationID, relationship: relationship, prefix: "P")
        return community
    }

    /// `count` member records of one organisation.
    static func members(
        _ count: Int, status: Member.Status = .formal, in organisation: OrganisationID = organisationID,
        relationship: Member.Relationship = .heldByCommunity, prefix: String = "M"
    ) -> [Member] {
        (0..<count).map { index in
            Member(
                id: MemberID("\(prefix)-\(organisation.rawValue)-\(index)"), name: "党员\(index)",
                organisationID: organisation, relationship: relationship,
                events: status == .probationary ? [MembershipEvent(.admitted, on: nil)] : [])
        }
    }

    /// A worker born on `birthDate` (by default aged 38 on the audit date) with the given records.
    static func worker(
        _ id: WorkerID, roles: Set<CommunityWorker.Role> = [],
        born birthDate: CalendarDate = CalendarDate("1987-06-01"), education: Education = .bachelor,
        isStudyingForDegree: Bool = false, certificate: Certificate? = nil, isFullTime: Bool = true,
        startedOn: CalendarDate? = nil, trainings: [Training] = [], pay: [AnnualPay] = []
    ) -> CommunityWorker {
        CommunityWorker(
            id: id, name: "工作者\(id.rawValue)", roles: roles, birthDate: birthDate, education: education,
            isStudyingForDegree: isStudyingForDegree, certificate: certificate, isFullTime: isFullTime,
            startedOn: startedOn, trainings: trainings, annualPay: pay)
    }

    /// A training of `tenths` tenths of a day (69 for 6.9 days).
    static func training(
        _ level: Training.Level, tenths: Int64, on startDate: CalendarDate = CalendarDate("2025-05-10"),
        isCentralised: Bool = true
    ) -> Training {
        Training(
            title: "培训", level: level, isCentralised: isCentralised, startDate: startDate,
            days: Days(tenths: tenths))
    }

    /// A grant of `fen` fen for the audit year.
    static func grant(
        _ purpose: FundGrant.Purpose, fen: Int64, source: FundGrant.Source = .district, year: Int = 2025
    ) -> FundGrant {
        FundGrant(year: year, purpose: purpose, source: source, amount: Money(fen: fen))
    }

    /// An exception approved on 2025-01-01 by the street working committee.
    static func exception(
        _ rule: RuleID, subject: Subject? = nil, approvedOn: CalendarDate = CalendarDate("2025-01-01"),
        validUntil: CalendarDate? = nil
    ) -> RuleException {
        RuleException(
            ruleID: rule, subject: subject, reason: "财政困难，经街道党工委研究同意", approver: "街道党工委",
            approvedOn: approvedOn, validUntil: validUntil)
    }

    /// The scenario of 200 CNY per member a year from 2025.
    static let twoHundredPerMember = Scenario(
        name: "200 元/人",
        overrides: [
            .init(SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 200), over: .starting("2025-01-01"))
        ])
}

/// Audits one community with the SZ2011 pack, in the calling thread.
func audit(
    _ community: Community, on date: CalendarDate = Fixture.auditDate, scenario: Scenario? = nil
) throws -> AuditReport {
    try Auditor(scenario: scenario).auditSequentially([withReferencedMembers(community)], on: date)
}

/// The community with a member record for every member its meetings, elections and groups name
/// that it does not have: held elsewhere and retired, so that no count a rule makes and no rule on
/// employed members changes. Rule fixtures name committee members and attendees by ID only;
/// validation requires each to be a member of the community.
func withReferencedMembers(_ community: Community) -> Community {
    var known = Set(community.members.map(\.id))
    var copy = community
    func add(_ id: MemberID) {
        guard known.insert(id).inserted else { return }
        let organisation = community.organisations.first?.id ?? Fixture.organisationID
        copy.members.append(
            Member(
                id: id, name: "党员\(id.rawValue)", organisationID: organisation, relationship: .heldElsewhere,
                employment: .retired))
    }
    for meeting in community.meetings {
        for attendance in meeting.attendance { add(attendance.memberID) }
        if let talk = meeting.talk {
            add(talk.by)
            add(talk.with)
        }
        if let lecturer = meeting.lecturer?.memberID { add(lecturer) }
    }
    for election in community.elections {
        for member in election.committeeMemberIDs { add(member) }
    }
    for group in community.partyGroups {
        for member in group.memberIDs { add(member) }
        if let leader = group.leaderID { add(leader) }
    }
    return copy
}

/// The findings of one rule about one community audited on `date`. Unless told the rule is not in
/// force, it also checks that the rule ran (was in force for a period judged), so that a test
/// expecting no finding cannot pass because the rule was skipped.
func findings(
    _ rule: RuleID, auditing community: Community, on date: CalendarDate = Fixture.auditDate,
    scenario: Scenario? = nil, inForce: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
) throws -> [Finding] {
    let report = try audit(community, on: date, scenario: scenario)
    #expect(
        report.rulesApplied.contains(rule) == inForce,
        "\(rule) \(inForce ? "did not run" : "ran") on \(date)", sourceLocation: sourceLocation)
    return report.findings.filter { $0.ruleID == rule }
}

/// Checks what every finding must carry: the rule's ID, the severity, the subject, the citation of
/// `SZ2011` at `article`, and a message in each language with every placeholder filled in.
func expectFinding(
    _ finding: Finding, rule: RuleID, severity: Severity, subject: Subject, article: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(finding.ruleID == rule, sourceLocation: sourceLocation)
    #expect(finding.severity == severity, sourceLocation: sourceLocation)
    #expect(finding.subject == subject, sourceLocation: sourceLocation)
    #expect(finding.communityID == (subject == .portfolio ? nil : Fixture.communityID), sourceLocation: sourceLocation)
    #expect(finding.citation.document == "SZ2011", sourceLocation: sourceLocation)
    #expect(finding.citation.article == article, sourceLocation: sourceLocation)
    #expect(!finding.citation.wording.isEmpty, sourceLocation: sourceLocation)
    expectMessages(finding, sourceLocation: sourceLocation)
}

/// Checks that a finding's messages are non-empty, fully filled in, and in their own language.
func expectMessages(_ finding: Finding, sourceLocation: SourceLocation = #_sourceLocation) {
    for language in Language.allCases {
        let text = finding.message(language)
        #expect(!text.isEmpty, "\(language) message is empty", sourceLocation: sourceLocation)
        #expect(
            text.range(of: #"\{[A-Za-z]*\}"#, options: .regularExpression) == nil,
            "unfilled placeholder in \(text)", sourceLocation: sourceLocation)
    }
    #expect(containsHan(finding.message(.chinese)), sourceLocation: sourceLocation)
    #expect(
        !containsHan(finding.message(.english)), "Chinese in \(finding.message(.english))",
        sourceLocation: sourceLocation)
}

/// Whether a text holds a CJK ideograph.
func containsHan(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

/// The value a finding was computed with for a parameter, or `nil` when the finding does not list it.
func parameterValue<Unit>(_ key: ParameterKey<Unit>, in finding: Finding) -> ParameterValue? {
    finding.parameters.first { $0.parameterID == key.id }?.value
}

extension Money {
    /// An amount from yuan and fen, for literals: `Money(yuan: 14_999, fen: 99)`.
    init(yuan: Int64, fen: Int64) { self.init(fen: yuan * 100 + fen) }
}

extension Area {
    /// An area from whole square metres and hundredths: `Area(m2: 29, hundredths: 99)`.
    init(m2: Int64, hundredths: Int64 = 0) { self.init(hundredthsOfSquareMetre: m2 * 100 + hundredths) }
}
