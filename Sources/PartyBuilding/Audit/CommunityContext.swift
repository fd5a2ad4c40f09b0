/// One community as the rules see it during an audit: its records, the audit date, the reporting
/// year, and the membership figures every rule would otherwise recount.
///
/// A context is an immutable reference, so that passing it to each rule copies nothing.
public final class CommunityContext: Sendable {
    /// The community's records.
    public let community: Community
    /// The audit date: ages, validity periods and "in force" are judged on this day.
    public let date: CalendarDate
    /// The year whose yearly obligations (funds, training, pay) are checked.
    public let year: Int
    /// Membership counted from the member records and headcounts.
    public let membership: MembershipSummary

    /// Builds the context of a community, counting its membership once.
    public init(community: Community, date: CalendarDate, year: Int) {
        self.community = community
        self.date = date
        self.year = year
        self.membership = MembershipSummary(community)
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

    /// Counts the membership of a community in one pass over its members.
    ///
    /// A community has a handful of organisations, so a member's organisation is found by comparing
    /// IDs rather than hashing them, and only where it differs from the previous member's.
    public init(_ community: Community) {
        let organisations = community.organisations
        let ids = organisations.map(\.id)
        var direct = [Int](repeating: 0, count: ids.count)
        var held = 0
        var lastOrganisation: OrganisationID?
        var lastIndex: Int?
        for member in community.members where member.relationship == .heldByCommunity {
            held += 1
            guard member.status == .formal else { continue }
            if member.organisationID != lastOrganisation {
                lastOrganisation = member.organisationID
                lastIndex = ids.firstIndex(of: member.organisationID)
            }
            if let index = lastIndex { direct[index] += 1 }
        }
        for (index, organisation) in organisations.enumerated() {
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
        organisationIDs = ids
        formalMembers = subtree
        heldByCommunity = held
    }

    /// Formal members of an organisation and those under it (0 for an organisation the community does not have).
    public func formalMembers(of organisation: OrganisationID) -> Int {
        organisationIDs.firstIndex(of: organisation).map { formalMembers[$0] } ?? 0
    }
}
