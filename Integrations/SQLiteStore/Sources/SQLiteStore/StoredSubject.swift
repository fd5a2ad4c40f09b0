import PartyBuilding

/// A ``PartyBuilding/Subject`` as two columns: its kind and the ID of its record (`nil` for the portfolio).
struct StoredSubject {
    /// The kind: `community`, `organisation`, `worker`, `member`, `residentsCommittee`, `partyGroup`, `applicant`
    /// or `portfolio`.
    let kind: String
    /// The record's ID, or `nil` for the portfolio.
    let id: String?

    /// The columns of a subject.
    init(_ subject: Subject) {
        switch subject {
        case .community(let id): (kind, self.id) = ("community", id.rawValue)
        case .organisation(let id): (kind, self.id) = ("organisation", id.rawValue)
        case .worker(let id): (kind, self.id) = ("worker", id.rawValue)
        case .member(let id): (kind, self.id) = ("member", id.rawValue)
        case .residentsCommittee(let id): (kind, self.id) = ("residentsCommittee", id.rawValue)
        case .partyGroup(let id): (kind, self.id) = ("partyGroup", id.rawValue)
        case .applicant(let id): (kind, self.id) = ("applicant", id.rawValue)
        case .portfolio: (kind, self.id) = ("portfolio", nil)
        }
    }

    /// The subject the columns name, or `nil` when they name none (an unknown kind, or a missing ID).
    static func subject(kind: String, id: String?) -> Subject? {
        switch (kind, id) {
        case ("community", let id?): .community(CommunityID(id))
        case ("organisation", let id?): .organisation(OrganisationID(id))
        case ("worker", let id?): .worker(WorkerID(id))
        case ("member", let id?): .member(MemberID(id))
        case ("residentsCommittee", let id?): .residentsCommittee(ResidentsCommitteeID(id))
        case ("partyGroup", let id?): .partyGroup(PartyGroupID(id))
        case ("applicant", let id?): .applicant(ApplicantID(id))
        case ("portfolio", nil): .portfolio
        default: nil
        }
    }
}
