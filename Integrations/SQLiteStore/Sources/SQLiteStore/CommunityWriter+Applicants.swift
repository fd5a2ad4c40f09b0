import PartyBuilding

extension CommunityWriter {
    /// Inserts a community's applicants (``SQLiteSchema`` version 6): one row each, every step in
    /// its columns (NULL when not taken), and each activist's contacts in `applicant_contacts`, in order.
    func insertApplicants(_ applicants: [Applicant], key: Int64) throws(StoreError) {
        try insertRows(
            applicants,
            """
            INSERT INTO applicants (
                community, ordinal, id, name, birth_date, organisation_id, member_id, applied, talk, activist_date,
                target_date, target_filed_on, political_review_date, political_review_passed, training_date,
                training_days_tenths, training_class_hours, pre_review, leaving_on, vote_date, vote_entitled,
                vote_present, vote_yes, approval_date, approval_approver, approval_level, approval_approved, oath,
                extension_date, extension_months, full_membership, disqualified
            ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
                ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)
            """, key: key
        ) { insert, applicant in
            insert.bind(3, applicant.id.rawValue)
            insert.bind(4, applicant.name)
            insert.bind(5, applicant.birthDate)
            insert.bind(6, applicant.organisationID.rawValue)
            insert.bind(7, applicant.memberID?.rawValue)
            insert.bind(8, applicant.applied)
            insert.bind(9, applicant.talk)
            insert.bind(10, applicant.activist?.date)
            insert.bind(11, applicant.target?.date)
            insert.bind(12, applicant.target?.filedOn)
            insert.bind(13, applicant.politicalReview?.date)
            insert.bind(14, applicant.politicalReview?.passed)
            insert.bind(15, applicant.training?.date)
            insert.bind(16, applicant.training?.days?.tenths)
            insert.bind(17, applicant.training?.classHours)
            insert.bind(18, applicant.preReview)
            insert.bind(19, applicant.leavingOn)
            insert.bind(20, applicant.vote?.date)
            insert.bind(21, applicant.vote?.entitled)
            insert.bind(22, applicant.vote?.present)
            insert.bind(23, applicant.vote?.yes)
            insert.bind(24, applicant.approval?.date)
            insert.bind(25, applicant.approval?.approver)
            insert.bind(26, applicant.approval?.level.rawValue)
            insert.bind(27, applicant.approval?.approved)
            insert.bind(28, applicant.oath)
            insert.bind(29, applicant.probation.extended?.date)
            insert.bind(30, applicant.probation.extended?.months)
            insert.bind(31, applicant.probation.fullMembership)
            insert.bind(32, applicant.probation.disqualified)
        }
        for (ordinal, applicant) in applicants.enumerated() {
            try insertRows(
                applicant.activist?.contacts ?? [],
                "INSERT INTO applicant_contacts (community, applicant, ordinal, member_id) VALUES (?1, ?2, ?3, ?4)",
                key: key, under: [ordinal]
            ) { insert, contact in insert.bind(4, contact.rawValue) }
        }
    }
}
