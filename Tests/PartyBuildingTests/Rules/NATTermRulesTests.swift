import PartyBuilding
import Testing

@Suite("NAT.term and NAT.term.reminder")
struct NATTermRulesTests {
    /// A branch of 9 formal members elected on 2020-03-01.
    static var community: Community {
        var community = Fixture.community(form: .branch, formal: 9)
        community.elections = [Fixture.election(on: "2020-03-01")]
        return community
    }

    @Test("届满 at exactly 5 years is in time; one day over is a warning; at 6 years still; beyond, a violation")
    func term() throws {
        #expect(try nationalFindings("NAT.term", auditing: Self.community, on: "2025-03-01").isEmpty)
        let over = try nationalFindings("NAT.term", auditing: Self.community, on: "2025-03-02")
        #expect(over.map(\.severity) == [.warning])
        expectNationalFinding(
            over[0], rule: "NAT.term", severity: .warning, subject: .organisation(Fixture.organisationID),
            article: "任期")
        #expect(over[0].measured == .date("2020-03-01"))
        #expect(
            try nationalFindings("NAT.term", auditing: Self.community, on: "2026-03-01").map(\.severity) == [.warning])
        let beyond = try nationalFindings("NAT.term", auditing: Self.community, on: "2026-03-02")
        #expect(beyond.map(\.severity) == [.violation])
        #expect(beyond.first?.required == Requirement(.notEarlierThan, .date("2020-03-02")))
    }

    @Test("no election recorded: the term cannot be checked; a dissolved organisation is not judged")
    func termMissingAndDissolved() throws {
        let missing = try nationalFindings("NAT.term", auditing: Fixture.community(form: .branch, formal: 9))
        #expect(missing.map(\.severity) == [.information])
        var dissolved = Self.community
        dissolved.organisations[0].dissolved = "2024-12-31"
        #expect(try nationalFindings("NAT.term", auditing: dissolved, on: "2026-06-01").isEmpty)
    }

    @Test("the reminder starts 6 months before the term's last day (2025-02-28), that day included")
    func reminder() throws {
        #expect(try nationalFindings("NAT.term.reminder", auditing: Self.community, on: "2024-08-27").isEmpty)
        let found = try nationalFindings("NAT.term.reminder", auditing: Self.community, on: "2024-08-28")
        #expect(found.count == 1)
        expectNationalFinding(
            found[0], rule: "NAT.term.reminder", severity: .information, subject: .organisation(Fixture.organisationID),
            article: "惯例")
        #expect(found[0].measured == .date("2025-02-28"))
        #expect(try nationalFindings("NAT.term.reminder", auditing: Self.community, on: "2025-02-28").count == 1)
        #expect(try nationalFindings("NAT.term.reminder", auditing: Self.community, on: "2025-03-01").isEmpty)
    }
}
