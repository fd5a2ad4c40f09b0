import Foundation
import PartyBuilding
import Testing

/// The findings of one NAT rule about one community audited with the national pack on `date`,
/// checking that the rule ran.
func nationalFindings(
    _ rule: RuleID, auditing community: Community, on date: CalendarDate = Fixture.auditDate,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> [Finding] {
    let report = try Auditor(packs: [.national]).auditSequentially([withReferencedMembers(community)], on: date)
    #expect(report.rulesApplied.contains(rule), "\(rule) did not run on \(date)", sourceLocation: sourceLocation)
    return report.findings.filter { $0.ruleID == rule }
}

/// Checks what a NAT finding carries: the rule, the severity, the subject, a citation of `NAT` whose
/// article names `article`, and messages in both languages.
func expectNationalFinding(
    _ finding: Finding, rule: RuleID, severity: Severity, subject: Subject, article: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(finding.ruleID == rule, sourceLocation: sourceLocation)
    #expect(finding.severity == severity, sourceLocation: sourceLocation)
    #expect(finding.subject == subject, sourceLocation: sourceLocation)
    #expect(finding.citation.document == "NAT", sourceLocation: sourceLocation)
    #expect(finding.citation.article.contains(article), sourceLocation: sourceLocation)
    #expect(!finding.citation.wording.isEmpty, sourceLocation: sourceLocation)
    expectMessages(finding, sourceLocation: sourceLocation)
}

extension Fixture {
    /// A community whose one branch has a committee elected on `date` with `size` members.
    static func election(on date: CalendarDate, size: Int = 3) -> CommitteeElection {
        CommitteeElection(
            organisationID: organisationID, date: date,
            committeeMemberIDs: (0..<size).map { MemberID("F-\(organisationID.rawValue)-\($0)") })
    }

    /// A member of the community's organisation with the given events.
    static func member(
        _ id: MemberID, events: [MembershipEvent], born: CalendarDate? = nil, employment: Member.Employment = .employed,
        relationship: Member.Relationship = .heldByCommunity, hasLimitedMobility: Bool = false
    ) -> Member {
        Member(
            id: id, name: "党员\(id.rawValue)", organisationID: organisationID, relationship: relationship,
            employment: employment, hasLimitedMobility: hasLimitedMobility, birthDate: born, events: events)
    }
}
