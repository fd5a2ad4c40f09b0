/// The checks the meeting rules share: meetings of one kind against a cadence, over the whole units
/// of the period the organisation lived through (``CadenceCheck``).
///
/// A community that records no meetings at all gets one information finding that the cadence could
/// not be checked (``MeetingRecordMessages/none``), not a violation for every unit: missing records
/// are not zero meetings.
enum MeetingCadence {
    /// Checks each of `organisations` for its own meetings of `kind`: one finding per organisation
    /// that missed a unit, listing the units missed.
    static func check(
        _ context: CommunityContext, kind: Meeting.Kind, cadence: CadenceCheck,
        organisations: [PartyOrganisation], in period: Period, message: MessageTemplate,
        into findings: inout FindingCollector
    ) {
        guard !organisations.isEmpty, hasRecords(context, into: &findings) else { return }
        for organisation in organisations {
            let dates = context.community.meetingDates(of: kind, by: organisation.id)
            let outcome = cadence.check(dates, over: period, lifetime: organisation.lifetime)
            findings.check(.organisation(organisation.id), outcome, of: cadence, message: message)
        }
    }

    /// The community's meetings of `kind`, whichever of its organisations held them, against a
    /// cadence over the lifetime of the community's own organisation; `nil` when the community has
    /// no organisation of its own or records no meetings (then reported as not checkable).
    static func communityOutcome(
        _ context: CommunityContext, kind: Meeting.Kind, cadence: CadenceCheck, in period: Period,
        into findings: inout FindingCollector
    ) -> (organisation: PartyOrganisation, outcome: CadenceCheck.Outcome)? {
        guard let organisation = context.community.communityOrganisation, hasRecords(context, into: &findings)
        else { return nil }
        let dates = context.community.meetingDates(of: kind)
        return (organisation, cadence.check(dates, over: period, lifetime: organisation.lifetime))
    }

    /// Whether the community records any meeting; if not, reports that the cadence could not be checked.
    static func hasRecords(_ context: CommunityContext, into findings: inout FindingCollector) -> Bool {
        guard context.community.meetings.isEmpty else { return true }
        findings.inform(.community(context.id), measured: nil, message: MeetingRecordMessages.none)
        return false
    }
}
