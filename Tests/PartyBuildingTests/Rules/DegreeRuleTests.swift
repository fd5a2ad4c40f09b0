import PartyBuilding
import Testing

/// `SZ2011.7.degree` (encouraged): 鼓励年龄在40周岁以下的社区工作者参加本科以上学历教育 — 以下 includes 40.
@Suite("SZ2011.7.degree")
struct DegreeRuleTests {
    let rule: RuleID = "SZ2011.7.degree"
    let auditDate = CalendarDate("2025-06-15")

    func community(born: CalendarDate, education: Education = .associate, studying: Bool = false) -> Community {
        var community = Fixture.community()
        community.workers = [
            Fixture.worker("W-1", born: born, education: education, isStudyingForDegree: studying)
        ]
        return community
    }

    @Test(
        "a worker of 40 full years without a bachelor's degree is advised; 41 is not",
        arguments: [
            (CalendarDate("1985-06-15"), 40),  // 40 today
            (CalendarDate("1984-06-16"), 40),  // 41 tomorrow
            (CalendarDate("2000-01-01"), 25),
        ])
    func advised(born: CalendarDate, age: Int) throws {
        let found = try findings(rule, auditing: community(born: born), on: auditDate)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        expectFinding(finding, rule: rule, severity: .advisory, subject: .worker("W-1"), article: "7")
        #expect(finding.measured == .label(Education.associate.label))
        #expect(finding.required == Requirement(.orMore, .label(Education.bachelor.label)))
        #expect(finding.detail == .age(age))
        #expect(parameterValue(SZ2011.Parameters.degreeMaxAge, in: finding) == .years(40))
    }

    @Test("a worker of 41 full years (41 today) is not advised")
    func fortyOne() throws {
        #expect(
            try findings(rule, auditing: community(born: CalendarDate("1984-06-15")), on: auditDate).isEmpty)
    }

    @Test(
        "a bachelor's degree or more, or study under way, gives nothing",
        arguments: [Education.bachelor, .master, .doctorate])
    func degreeHeld(education: Education) throws {
        let born = CalendarDate("1995-01-01")
        #expect(try findings(rule, auditing: community(born: born, education: education), on: auditDate).isEmpty)
        #expect(try findings(rule, auditing: community(born: born, studying: true), on: auditDate).isEmpty)
    }
}
