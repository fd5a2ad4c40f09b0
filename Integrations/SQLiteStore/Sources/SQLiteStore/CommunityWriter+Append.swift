import PartyBuilding

extension CommunityWriter {
    /// Saves `community` under `lookupID`: when the stored community is the same but for meetings,
    /// membership events, dues and voluntary payments added at the ends of their lists (a month of
    /// records appended), only the new rows are inserted and the stored history is not touched;
    /// otherwise the stored community is replaced whole.
    /// - Throws: `StoreError` when SQLite fails or the stored community cannot be read.
    func save(_ community: Community, lookupID: String) throws(StoreError) {
        let select = try connection.statement("SELECT key FROM communities WHERE lookup_id = ?1")
        select.bind(1, lookupID)
        let key = try select.step() ? select.int64(0) : nil
        select.reset()
        guard let key, let stored = try CommunityReader(connection: connection).community(lookupID: lookupID),
            community.onlyAppends(to: stored)
        else {
            try replace(community, lookupID: lookupID)
            return
        }
        try insertMeetings(
            Array(community.meetings[stored.meetings.count...]), key: key, from: stored.meetings.count)
        for (ordinal, member) in community.members.enumerated() {
            let old = stored.members[ordinal]
            try insertEvents(
                Array(member.events[old.events.count...]), member: ordinal, key: key, from: old.events.count)
            try insertDues(
                Array(member.duesPayments[old.duesPayments.count...]), member: ordinal, key: key,
                from: old.duesPayments.count)
            try insertVoluntaryPayments(
                Array(member.voluntaryPayments[old.voluntaryPayments.count...]), member: ordinal, key: key,
                from: old.voluntaryPayments.count)
        }
    }
}

extension Community {
    /// Whether this community is `stored` with only meetings, membership events, dues and voluntary
    /// payments added at the ends of their lists.
    fileprivate func onlyAppends(to stored: Community) -> Bool {
        guard meetings.count >= stored.meetings.count, members.count == stored.members.count else { return false }
        var trimmed = self
        trimmed.meetings.removeLast(meetings.count - stored.meetings.count)
        for (index, old) in stored.members.enumerated() {
            let member = members[index]
            guard member.events.count >= old.events.count, member.duesPayments.count >= old.duesPayments.count,
                member.voluntaryPayments.count >= old.voluntaryPayments.count
            else { return false }
            trimmed.members[index].events.removeLast(member.events.count - old.events.count)
            trimmed.members[index].duesPayments.removeLast(member.duesPayments.count - old.duesPayments.count)
            trimmed.members[index].voluntaryPayments.removeLast(
                member.voluntaryPayments.count - old.voluntaryPayments.count)
        }
        return trimmed == stored
    }
}
