extension Community {
    /// The days on which an organisation held meetings of a kind, in the order recorded; for a
    /// Party-group meeting, only those of `group` when it is given.
    public func meetingDates(
        of kind: Meeting.Kind, by organisation: OrganisationID, group: PartyGroupID? = nil
    ) -> [CalendarDate] {
        var dates: [CalendarDate] = []
        for meeting in meetings
        where meeting.kind == kind && meeting.organisationID == organisation
            && (group == nil || meeting.partyGroupID == group)
        {
            dates.append(meeting.date)
        }
        return dates
    }

    /// The organisations that hold a branch's own meetings (党员大会, 主题党日, 组织生活会, 民主评议党员):
    /// every branch, and every general branch or committee with no organisation under it, which then
    /// acts as the branch of its members. A general branch or committee with branches under it is
    /// judged through its branches.
    public var branchLevelOrganisations: [PartyOrganisation] {
        organisations.filter { organisation in
            organisation.form == .branch || !organisations.contains { $0.parentID == organisation.id }
        }
    }

    /// The committee members of an organisation on a day: those of its latest election on or before
    /// that day, or `nil` when no election is recorded by then.
    public func committeeMembers(of organisation: OrganisationID, on date: CalendarDate) -> [MemberID]? {
        var latest: CommitteeElection?
        for election in elections where election.organisationID == organisation && election.date <= date {
            if latest.map({ election.date >= $0.date }) ?? true { latest = election }
        }
        return latest?.committeeMemberIDs
    }

    /// The community Party organisation (社区党组织): the first organisation with none above it, or
    /// `nil` when the community records no organisation. Its lifetime bounds what is asked of the
    /// community as a whole (consultations, reception days, joint meetings).
    public var communityOrganisation: PartyOrganisation? {
        organisations.first { $0.parentID == nil }
    }

    /// The days on which any organisation of the community held meetings of a kind, in the order recorded.
    public func meetingDates(of kind: Meeting.Kind) -> [CalendarDate] {
        var dates: [CalendarDate] = []
        for meeting in meetings where meeting.kind == kind { dates.append(meeting.date) }
        return dates
    }
}
