import PartyBuilding
import Testing

/// Builders of meeting records for the meeting-cadence rule tests.
enum MeetingFixture {
    /// A community whose one organisation of `form` was founded and dissolved as given, holding `meetings`.
    static func community(
        form: PartyOrganisation.Form = .branch, founded: CalendarDate? = nil, dissolved: CalendarDate? = nil,
        meetings: [Meeting]
    ) -> Community {
        var community = Fixture.community()
        community.organisations = [
            PartyOrganisation(
                id: Fixture.organisationID, name: "社区党组织", form: form, founded: founded, dissolved: dissolved)
        ]
        community.meetings = meetings
        return community
    }

    /// Meetings of `kind` by the fixture's organisation on each of `dates`.
    static func meetings(_ kind: Meeting.Kind, on dates: [CalendarDate], group: PartyGroupID? = nil) -> [Meeting] {
        dates.enumerated().map { index, date in
            Meeting(
                id: MeetingID("\(kind.rawValue)-\(group?.rawValue ?? "")-\(index)"),
                organisationID: Fixture.organisationID,
                kind: kind,
                date: date, partyGroupID: group)
        }
    }

    /// One meeting of `kind` on the 15th of every month of 2025 but the months in `except`.
    static func monthly(_ kind: Meeting.Kind, except: [Int] = [], group: PartyGroupID? = nil) -> [Meeting] {
        meetings(
            kind, on: (1...12).filter { !except.contains($0) }.map { CalendarDate(known: 2025, $0, 15) },
            group: group)
    }

    /// A meeting of another kind, so that the community records meetings at all.
    static let unrelated = Meeting(
        id: "OTHER", organisationID: Fixture.organisationID, kind: .consultation, date: "2025-06-01")

    /// The findings of one rule about one community audited at the end of 2025 under `packs`.
    static func findings(
        _ rule: RuleID, auditing community: Community, packs: [PolicyPack] = PolicyPack.builtIn,
        on date: CalendarDate = Fixture.auditDate
    ) throws -> [Finding] {
        let report = try Auditor(packs: packs).auditSequentially([withReferencedMembers(community)], on: date)
        #expect(report.rulesApplied.contains(rule), "\(rule) did not run")
        return report.findings.filter { $0.ruleID == rule }
    }

    /// What a finding lists as missed: the periods of a cadence finding by their ISO 8601-like
    /// text, or the codes of a label (the meeting kinds of `SZ2011.13.three-meetings`).
    static func missed(_ finding: Finding) -> [String] {
        switch finding.detail {
        case .periods(let periods): periods.map(\.description)
        case .label(let label): label.code.split(separator: ",").map(String.init)
        default: []
        }
    }
}
