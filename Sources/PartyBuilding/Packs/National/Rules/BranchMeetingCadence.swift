extension NAT {
    /// The check the meeting rules share: each organisation's meetings of one kind against a cadence,
    /// over the whole units of the period it lived through (``CadenceCheck``), one finding per
    /// organisation listing the units missed.
    ///
    /// A community that records no meetings at all gets one information finding that the cadence
    /// could not be checked, not a violation for every unit.
    enum BranchMeetingCadence {
        /// Checks `organisations` for meetings of `kind`, reporting to `findings`.
        static func check(
            _ context: CommunityContext, kind: Meeting.Kind, cadence: CadenceCheck,
            organisations: [PartyOrganisation], in period: Period, message: MessageTemplate,
            into findings: inout FindingCollector
        ) {
            guard !organisations.isEmpty else { return }
            guard !context.community.meetings.isEmpty else {
                findings.inform(.community(context.id), measured: nil, message: MeetingRecordMessages.none)
                return
            }
            for organisation in organisations {
                let dates = context.community.meetingDates(of: kind, by: organisation.id)
                let outcome = cadence.check(dates, over: period, lifetime: organisation.lifetime)
                findings.check(.organisation(organisation.id), outcome, of: cadence, message: message)
            }
        }
    }
}
