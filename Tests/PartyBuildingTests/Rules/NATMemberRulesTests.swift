import PartyBuilding
import Testing

@Suite("NAT.probation and NAT.min-age")
struct NATMemberRulesTests {
    /// A community whose branch has one member with these events and birth date.
    func community(_ events: [MembershipEvent], born: CalendarDate? = "1990-01-01") -> Community {
        var community = Fixture.community(form: .branch, formal: 5)
        community.members.append(Fixture.member("M-1", events: events, born: born))
        return community
    }

    @Test("probation of one year: complete on the anniversary, a violation one day over")
    func probation() throws {
        let admitted = community([MembershipEvent(.admitted, on: "2024-03-01")])
        #expect(try nationalFindings("NAT.probation", auditing: admitted, on: "2025-03-01").isEmpty)
        let over = try nationalFindings("NAT.probation", auditing: admitted, on: "2025-03-02")
        #expect(over.count == 1)
        expectNationalFinding(
            over[0], rule: "NAT.probation", severity: .violation, subject: .member("M-1"), article: "第七条")
        #expect(over[0].measured == .date("2025-03-01"))
    }

    @Test("an extension of 6 months moves the end; made full or removed ends the question")
    func probationExtendedOrDecided() throws {
        let extended = community([
            MembershipEvent(.admitted, on: "2024-03-01"),
            MembershipEvent(.probationExtended(months: 6), on: "2025-02-20"),
        ])
        #expect(try nationalFindings("NAT.probation", auditing: extended, on: "2025-09-01").isEmpty)
        #expect(try nationalFindings("NAT.probation", auditing: extended, on: "2025-09-02").count == 1)
        let full = community([
            MembershipEvent(.admitted, on: "2024-03-01"), MembershipEvent(.madeFull, on: "2025-03-05"),
        ])
        #expect(try nationalFindings("NAT.probation", auditing: full, on: "2025-12-31").isEmpty)
        let removed = community([
            MembershipEvent(.admitted, on: "2024-03-01"), MembershipEvent(.removed, on: "2025-03-05"),
        ])
        #expect(try nationalFindings("NAT.probation", auditing: removed, on: "2025-12-31").isEmpty)
    }

    @Test("no admission date: probation cannot be checked")
    func probationUnknown() throws {
        let found = try nationalFindings("NAT.probation", auditing: community([MembershipEvent(.admitted, on: nil)]))
        #expect(found.map(\.severity) == [.information])
    }

    @Test("年满十八岁: 17 years 364 days fails, 18 exactly meets it")
    func minimumAge() throws {
        let young = community([MembershipEvent(.admitted, on: "2025-02-28")], born: "2007-03-01")
        let found = try nationalFindings("NAT.min-age", auditing: young)
        #expect(found.count == 1)
        expectNationalFinding(
            found[0], rule: "NAT.min-age", severity: .violation, subject: .member("M-1"), article: "第一条")
        #expect(found[0].measured == .age(17))
        #expect(found[0].required == Requirement(.orMore, .age(18)))
        let eighteen = community([MembershipEvent(.admitted, on: "2025-03-01")], born: "2007-03-01")
        #expect(try nationalFindings("NAT.min-age", auditing: eighteen).isEmpty)
    }

    @Test("no birth date: the age cannot be checked")
    func minimumAgeUnknown() throws {
        let found = try nationalFindings(
            "NAT.min-age", auditing: community([MembershipEvent(.admitted, on: "2025-03-01")], born: nil))
        #expect(found.map(\.severity) == [.information])
    }
}
