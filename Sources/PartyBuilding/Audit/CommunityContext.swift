/// One community as the rules see it during an audit: its records, the audit date, and the
/// membership figures every rule would otherwise recount. The period a rule judges is passed to the
/// rule with the context (``Rule/evaluate(_:in:with:into:)``).
///
/// A context is an immutable reference, so that passing it to each rule copies nothing.
public final class CommunityContext: Sendable {
    /// The community's records.
    public let community: Community
    /// The audit date: ages and states (a certificate held, a plan overdue) are judged on this day.
    public let date: CalendarDate
    /// Membership counted from the member records and headcounts.
    public let membership: MembershipSummary

    /// Builds the context of a community, counting its membership once.
    public init(community: Community, date: CalendarDate) {
        self.community = community
        self.date = date
        self.membership = MembershipSummary(community, on: date)
    }

    /// The community's ID.
    public var id: CommunityID { community.id }
}

/// Membership figures of a community, counted once per audit.
public struct MembershipSummary: Sendable, Hashable {
    /// The community's organisations, in the order of ``Community/organisations``.
    public let organisationIDs: [OrganisationID]
    /// Formal members (正式党员) of each organisation of ``organisationIDs`` whose organisational
    /// relationship the community holds (not members managed here whose relationship is held
    /// elsewhere), including those of the organisations under it.
    public let formalMembers: [Int]
    /// All members, formal and probationary, whose organisational relationship the community holds
    /// (the base of the activity fund).
    public let heldByCommunity: Int
    /// Members, formal and probationary and held by the community, of each organisation of
    /// ``organisationIDs`` itself (not of those under it: 党支部党员人数), or `nil` for an organisation
    /// with neither member records nor a headcount, whose size the records do not give.
    public let members: [Int?]

    /// Counts the membership of a community on a day in one pass over its members: those who are
    /// members that day (``Member/status(on:)``), formal or probationary as their events make them.
    ///
    /// One source for each organisation: its member records when it has any, otherwise its
    /// headcount, never both added (validation rejects an organisation with both,
    /// ``ValidationError/Problem/countedTwice(_:)``).
    ///
    /// A community has a handful of organisations, so a member's organisation is found by comparing
    /// IDs rather than hashing them, and only where it differs from the previous member's.
    public init(_ community: Community, on date: CalendarDate) {
        let organisations = community.organisations
        let ids = organisations.map(\.id)
        var direct = [Int](repeating: 0, count: ids.count)
        var all = [Int](repeating: 0, count: ids.count)
        var hasRecords = [Bool](repeating: false, count: ids.count)
        var held = 0
        var lastOrganisation: OrganisationID?
        var lastIndex: Int?
        // Members are read in place: copying each one would retain its name and its three lists.
        community.members.withUnsafeBufferPointer { members in
            for position in members.indices {
                if members[position].organisationID != lastOrganisation {
                    lastOrganisation = members[position].organisationID
                    lastIndex = ids.firstIndex(of: members[position].organisationID)
                    if let index = lastIndex { hasRecords[index] = true }
                }
                guard members[position].relationship == .heldByCommunity,
                    let status = members[position].status(on: date)
                else { continue }
                held += 1
                guard let index = lastIndex else { continue }
                all[index] += 1
                if status == .formal { direct[index] += 1 }
            }
        }
        for (index, organisation) in organisations.enumerated() where !hasRecords[index] {
            guard let headcount = organisation.headcount else { continue }
            direct[index] += headcount.formal
            held += headcount.total
        }
        var subtree = direct
        for (index, organisation) in organisations.enumerated() where direct[index] > 0 {
            var parent = organisation.parentID
            var steps = 0
            while let current = parent, steps < organisations.count, let parentIndex = ids.firstIndex(of: current) {
                subtree[parentIndex] += direct[index]
                parent = organisations[parentIndex].parentID
                steps += 1
            }
        }
        members = organisations.indices.map { index in
            hasRecords[index] ? all[index] : organisations[index].headcount?.total
        }
        organisationIDs = ids
        formalMembers = subtree
        heldByCommunity = held
    }

    /// Formal members of an organisation and those under it (0 for an organisation the community does not have).
    public func formalMembers(of organisation: OrganisationID) -> Int {
        organisationIDs.firstIndex(of: organisation).map { formalMembers[$0] } ?? 0
    }
}
