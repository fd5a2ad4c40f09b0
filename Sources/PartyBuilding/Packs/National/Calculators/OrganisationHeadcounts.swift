extension NAT {
    /// The members of each organisation of a community on a day, in one pass over its members: the
    /// counts the branch rules judge, and whether the records give a count at all.
    ///
    /// Like ``MembershipSummary``, an organisation's count comes from its member records when it has
    /// any, otherwise from its headcount; an organisation with neither has no count (missing is not
    /// zero). Members are those whose organisational relationship the community holds.
    struct OrganisationHeadcounts {
        /// Members, formal and probationary, of each organisation of ``Community/organisations`` itself
        /// (not those of the organisations under it), or `nil` when the records give no count.
        let members: [Int?]

        /// Counts the members of `community`'s organisations on `date`.
        init(_ community: Community, on date: CalendarDate) {
            let ids = community.organisations.map(\.id)
            var counts = [Int](repeating: 0, count: ids.count)
            var recorded = [Bool](repeating: false, count: ids.count)
            var lastOrganisation: OrganisationID?
            var lastIndex: Int?
            for member in community.members {
                if member.organisationID != lastOrganisation {
                    lastOrganisation = member.organisationID
                    lastIndex = ids.firstIndex(of: member.organisationID)
                    if let index = lastIndex { recorded[index] = true }
                }
                guard let index = lastIndex, member.relationship == .heldByCommunity, member.status(on: date) != nil
                else { continue }
                counts[index] += 1
            }
            members = community.organisations.indices.map { index in
                recorded[index] ? counts[index] : community.organisations[index].headcount?.total
            }
        }
    }
}
