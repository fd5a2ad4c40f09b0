extension Community {
    /// Checks the pipeline of admission (``applicants``), each error naming the applicant and the step
    /// (`vote.yes`, `approval.date`).
    ///
    /// Rejected: a repeated or empty ID; a blank name or approver; a branch the community does not
    /// have; a contact who is not a member of the community; steps out of order (the application, the
    /// talk, the activist's and the target's designations, then the political review, the training and
    /// the pre-review, then the vote, the approval and the oath; the target's filing, an extension, the
    /// full membership and a disqualification after what they follow; full membership and
    /// disqualification both); a vote with a negative count, more present than entitled or more yes
    /// votes than present; an approval, an oath or probation decisions without a vote that admitted;
    /// a training of no days and no class hours; an extension of zero months or less; and, once the
    /// applicant is a member (``Applicant/memberID``), a member the community does not have or whose
    /// events lack the admission on the vote's date, the extension or the full membership the pipeline
    /// records (``Applicant/membershipEvents``).
    ///
    /// Left to the rules (`NAT.dev.*`), which report them as findings citing their articles: missed
    /// deadlines, a target designated less than a year after becoming an activist, a vote short of a
    /// majority of those entitled after which the admission went on, an approver of the wrong level,
    /// an extension of fewer than six or more than twelve months, a missing oath.
    func validateDevelopment(_ check: inout Checker, memberIDs: IDTable) throws(ValidationError) {
        try check.records(applicants.count, .community(id), "applicants")
        let organisationIDs = Set(organisations.map(\.id))
        var seen = Set<ApplicantID>()
        for applicant in applicants {
            let subject = Subject.applicant(applicant.id)
            try check.unique(applicant.id.rawValue, in: &seen, applicant.id, subject)
            if applicant.name.isBlank { throw check.error(subject, "name", .empty) }
            if !organisationIDs.contains(applicant.organisationID) {
                throw check.error(subject, "organisationID", .unknownReference(applicant.organisationID.rawValue))
            }
            for (index, contact) in (applicant.activist?.contacts ?? []).enumerated()
            where memberIDs.index(of: contact.rawValue, id: { members[$0].id.rawValue }) == nil {
                throw check.error(subject, "activist.contacts[\(index)]", .unknownReference(contact.rawValue))
            }
            try validateSteps(of: applicant, &check)
            try validateMembership(of: applicant, &check, memberIDs: memberIDs)
        }
    }

    /// The steps of one applicant in order, and the vote's counts.
    private func validateSteps(of applicant: Applicant, _ check: inout Checker) throws(ValidationError) {
        let subject = Subject.applicant(applicant.id)
        /// Throws when `later` is dated before `earlier`.
        func ordered(_ earlier: (String, CalendarDate)?, _ later: (String, CalendarDate)?) throws(ValidationError) {
            guard let earlier, let later, later.1 < earlier.1 else { return }
            throw check.error(subject, later.0, .outOfOrder(earlier.0 + " " + earlier.1.iso8601))
        }
        let chain: [(String, CalendarDate)?] = [
            ("applied", applicant.applied), applicant.talk.map { ("talk", $0) },
            applicant.activist.map { ("activist.date", $0.date) }, applicant.target.map { ("target.date", $0.date) },
        ]
        var last: (String, CalendarDate)?
        for step in chain.compactMap({ $0 }) {
            try ordered(last, step)
            last = step
        }
        let target = applicant.target.map { ("target.date", $0.date) } ?? last
        try ordered(target, applicant.target?.filedOn.map { ("target.filedOn", $0) })
        let preparation: [(String, CalendarDate)?] = [
            applicant.politicalReview.map { ("politicalReview.date", $0.date) },
            applicant.training.map { ("training.date", $0.date) }, applicant.preReview.map { ("preReview", $0) },
        ]
        for step in preparation { try ordered(target, step) }
        if let training = applicant.training {
            if let days = training.days, days <= Days(tenths: 0) {
                throw check.error(subject, "training.days", .mustBePositive)
            }
            if let hours = training.classHours, hours <= 0 {
                throw check.error(subject, "training.classHours", .mustBePositive)
            }
            if training.days == nil && training.classHours == nil {
                throw check.error(subject, "training.days", .requiredFor("a training"))
            }
        }
        guard let vote = applicant.vote else {
            let after: [(String, Bool)] = [
                ("approval", applicant.approval != nil), ("oath", applicant.oath != nil),
                ("probation", applicant.probation != ProbationDecisions()),
            ]
            if let (field, _) = after.first(where: \.1) { throw check.error(subject, field, .requiredFor("a vote")) }
            return
        }
        try check.count(vote.entitled, subject, "vote.entitled")
        try check.count(vote.present, subject, "vote.present")
        try check.count(vote.yes, subject, "vote.yes")
        if vote.present > vote.entitled { throw check.error(subject, "vote.present", .exceeds("vote.entitled")) }
        if vote.yes > vote.present { throw check.error(subject, "vote.yes", .exceeds("vote.present")) }
        let voted = ("vote.date", vote.date)
        for step in [target] + preparation { try ordered(step, voted) }
        try ordered(voted, applicant.approval.map { ("approval.date", $0.date) })
        if let approval = applicant.approval, approval.approver.isBlank {
            throw check.error(subject, "approval.approver", .empty)
        }
        try ordered(applicant.approval.map { ("approval.date", $0.date) } ?? voted, applicant.oath.map { ("oath", $0) })
        let decisions = applicant.probation
        if decisions != ProbationDecisions() && !vote.passes {
            throw check.error(subject, "probation", .requiredFor("a vote that admitted"))
        }
        if let extended = decisions.extended {
            if extended.months <= 0 { throw check.error(subject, "probation.extended.months", .mustBePositive) }
            try ordered(voted, ("probation.extended.date", extended.date))
        }
        try ordered(voted, decisions.fullMembership.map { ("probation.fullMembership", $0) })
        try ordered(voted, decisions.disqualified.map { ("probation.disqualified", $0) })
        try ordered(
            decisions.extended.map { ("probation.extended.date", $0.date) },
            decisions.fullMembership.map { ("probation.fullMembership", $0) })
        if decisions.fullMembership != nil && decisions.disqualified != nil {
            throw check.error(subject, "probation.disqualified", .contradicts("made full"))
        }
    }

    /// The member record of an admitted applicant carries the events the pipeline implies.
    private func validateMembership(of applicant: Applicant, _ check: inout Checker, memberIDs: IDTable)
        throws(ValidationError)
    {
        guard let memberID = applicant.memberID else { return }
        let subject = Subject.applicant(applicant.id)
        guard let position = memberIDs.index(of: memberID.rawValue, id: { members[$0].id.rawValue }) else {
            throw check.error(subject, "memberID", .unknownReference(memberID.rawValue))
        }
        guard applicant.admissionDate != nil else {
            throw check.error(subject, "memberID", .requiredFor("a vote that admitted"))
        }
        let events = members[position].events
        for expected in applicant.membershipEvents where !events.contains(expected) {
            throw check.error(.member(memberID), "events", .notInPipeline(applicant.id.rawValue))
        }
    }
}
