import PartyBuilding
import Testing

/// ``OrganisationFormPermission``: 对正式党员人数超过50人或100人的，可以成立社区党总支或党委 (SZ2011 art. 3).
@Suite("OrganisationFormPermission")
struct OrganisationFormPermissionTests {
    @Test(
        "超过 excludes its number",
        arguments: [
            (0, PartyOrganisation.Form.branch), (50, .branch), (51, .generalBranch), (100, .generalBranch),
            (101, .committee), (10_000, .committee),
        ])
    func permittedForm(formal: Int, form: PartyOrganisation.Form) {
        #expect(OrganisationFormPermission.suzhou2011.permittedForm(formalMembers: formal) == form)
    }

    @Test("the calculator reads the parameters in force")
    func fromParameters() throws {
        let values = try ParameterReader(
            ParameterValues(packs: [.suzhou2011], scenario: nil, for: .day(CalendarDate("2025-01-01"))))
        #expect(try OrganisationFormPermission(values) == .suzhou2011)
    }
}
