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
    /// Formal members (正式党员) of each organisation, including the organisations under it.
    public let formalMembers: [OrganisationID: Int]
    /// All members, formal and probationary, whose organisational relationship the community holds
    /// (the base of the activity fund).
    public let heldByCommunity: Int

    /// Counts the membership of a community.
    public init(_ community: Community) {
        var direct: [OrganisationID: Int] = [:]
        var held = 0
        var lastOrganisation: OrganisationID?
        var runLength = 0
        for member in community.members {
            if member.relationship == .heldByCommunity { held += 1 }
            guard member.status == .formal else { continue }
            if member.organisationID == lastOrganisation {
                runLength += 1
            } else {
                if let last = lastOrganisation { direct[last, default: 0] += runLength }
                lastOrganisation = member.organisationID
                runLength = 1
            }
        }
        if let last = lastOrganisation { direct[last, default: 0] += runLength }
        for organisation in community.organisations {
            if let headcount = organisation.headcount {
                direct[organisation.id, default: 0] += headcount.formal
                held += headcount.total
            }
        }
        var parents: [OrganisationID: OrganisationID] = [:]
        for organisation in community.organisations {
            parents[organisation.id] = organisation.parentID
        }
        var subtree = [OrganisationID: Int]()
        for organisation in community.organisations {
            let count = direct[organisation.id] ?? 0
            subtree[organisation.id, default: 0] += count
            var ancestor = parents[organisation.id]
            var steps = 0
            while let current = ancestor, steps < community.organisations.count {
                subtree[current, default: 0] += count
                ancestor = parents[current]
                steps += 1
            }
        }
        formalMembers = subtree
        heldByCommunity = held
    }

    /// Formal members of an organisation and those under it.
    public func formalMembers(of organisation: OrganisationID) -> Int { formalMembers[organisation] ?? 0 }
}
