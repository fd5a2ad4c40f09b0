import PartyBuilding

extension CommunityReader {
    /// Reads a community's applicants (``SQLiteSchema`` version 6) with their steps and the
    /// activists' contacts, checking every date, flag and level, that a step's columns are all set
    /// or all NULL, and that contacts belong to an activist.
    func applicants(key: Int64, community: CommunityID) throws(StoreError) -> [Applicant] {
        var applicants = try parentRows(
            """
            SELECT ordinal, id, name, birth_date, organisation_id, member_id, applied, talk, activist_date,
                target_date, target_filed_on, political_review_date, political_review_passed, training_date,
                training_days_tenths, training_class_hours, pre_review, leaving_on, vote_date, vote_entitled,
                vote_present, vote_yes, approval_date, approval_approver, approval_level, approval_approved, oath,
                extension_date, extension_months, full_membership, disqualified
            FROM applicants WHERE community = ?1 ORDER BY ordinal
            """, table: "applicants", key: key, community: community, applicant)
        for (applicant, contact) in try childRows(
            """
            SELECT applicant, member_id FROM applicant_contacts WHERE community = ?1 ORDER BY applicant, ordinal
            """, table: "applicant_contacts", key: key, community: community, parents: applicants.count,
            { row in MemberID(row.statement.text(1)) })
        {
            guard applicants[applicant].activist != nil else {
                throw orphan("applicant_contacts", applicant, community)
            }
            applicants[applicant].activist?.contacts.append(contact)
        }
        return applicants
    }

    /// An applicant from its row (column 0 is the ordinal), with its contacts still to add.
    private func applicant(_ row: RowDecoder) throws(StoreError) -> Applicant {
        let select = row.statement
        var applicant = Applicant(
            id: ApplicantID(select.text(1)), name: select.text(2), organisationID: OrganisationID(select.text(4)),
            applied: try row.date(6, "applied"), birthDate: try row.optionalDate(3, "birth_date"),
            memberID: select.optionalText(5).map(MemberID.init(rawValue:)))
        applicant.talk = try row.optionalDate(7, "talk")
        if let date = try row.optionalDate(8, "activist_date") {
            applicant.activist = ActivistDesignation(date: date, contacts: [])
        }
        if let date = try row.optionalDate(9, "target_date") {
            applicant.target = TargetDesignation(date: date, filedOn: try row.optionalDate(10, "target_filed_on"))
        } else {
            try nothingStray(row, [(10, "target_filed_on")])
        }
        if let date = try row.optionalDate(11, "political_review_date") {
            try row.required(12, "political_review_passed")
            applicant.politicalReview = PoliticalReview(date: date, passed: try row.flag(12, "political_review_passed"))
        } else {
            try nothingStray(row, [(12, "political_review_passed")])
        }
        if let date = try row.optionalDate(13, "training_date") {
            applicant.training = IntensiveTraining(
                date: date, days: select.isNull(14) ? nil : Days(tenths: select.int64(14)),
                classHours: select.optionalInt(15))
        } else {
            try nothingStray(row, [(14, "training_days_tenths"), (15, "training_class_hours")])
        }
        applicant.preReview = try row.optionalDate(16, "pre_review")
        applicant.leavingOn = try row.optionalDate(17, "leaving_on")
        if let date = try row.optionalDate(18, "vote_date") {
            try row.required(19, "vote_entitled")
            try row.required(20, "vote_present")
            try row.required(21, "vote_yes")
            applicant.vote = BranchVote(
                date: date, entitled: select.int(19), present: select.int(20), yes: select.int(21))
        } else {
            try nothingStray(row, [(19, "vote_entitled"), (20, "vote_present"), (21, "vote_yes")])
        }
        if let date = try row.optionalDate(22, "approval_date") {
            try row.required(23, "approval_approver")
            try row.required(25, "approval_approved")
            applicant.approval = Approval(
                date: date, approver: select.text(23), level: try row.enumeration(24, "approval_level"),
                approved: try row.flag(25, "approval_approved"))
        } else {
            try nothingStray(row, [(23, "approval_approver"), (24, "approval_level"), (25, "approval_approved")])
        }
        applicant.oath = try row.optionalDate(26, "oath")
        if let date = try row.optionalDate(27, "extension_date") {
            try row.required(28, "extension_months")
            applicant.probation.extended = ProbationExtension(date: date, months: select.int(28))
        } else {
            try nothingStray(row, [(28, "extension_months")])
        }
        applicant.probation.fullMembership = try row.optionalDate(29, "full_membership")
        applicant.probation.disqualified = try row.optionalDate(30, "disqualified")
        return applicant
    }

    /// Checks that the columns of a step not taken (its date NULL) are NULL too.
    private func nothingStray(_ row: RowDecoder, _ columns: [(column: Int32, name: String)]) throws(StoreError) {
        for (column, name) in columns where !row.statement.isNull(column) {
            throw row.corrupted(name, row.statement.text(column) + " without its step's date")
        }
    }
}
