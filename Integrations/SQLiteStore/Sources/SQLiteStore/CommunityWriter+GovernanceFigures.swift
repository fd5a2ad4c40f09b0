import PartyBuilding

extension CommunityWriter {
    /// Inserts the governance records kept as dated or yearly figures, one row each (a disclosure's
    /// funds in their child table): the checklists' assessments, delegated tasks, office shares, fund
    /// disclosures, recruitments, the secretary's reports, one-stop posts, surveys, training coverage
    /// and household participation.
    func insertGovernanceFigures(_ governance: CommunityGovernance, key: Int64) throws(StoreError) {
        try insertRows(
            governance.checklistAssessments,
            """
            INSERT INTO checklist_assessments (community, ordinal, checklist_id, year, assessed_on, completed_items)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """, key: key
        ) { insert, assessment in
            insert.bind(3, assessment.checklistID.rawValue)
            insert.bind(4, assessment.year)
            insert.bind(5, assessment.assessedOn)
            insert.bind(6, assessment.completedItems)
        }
        try insertRows(
            governance.delegatedTasks,
            """
            INSERT INTO delegated_tasks (community, ordinal, title, delegated_by, delegated_on, funding_fen)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """, key: key
        ) { insert, task in
            insert.bind(3, task.title)
            insert.bind(4, task.delegatedBy)
            insert.bind(5, task.delegatedOn)
            insert.bind(6, task.funding?.fen)
        }
        try insertRows(
            governance.officeFundShares,
            "INSERT INTO office_fund_shares (community, ordinal, year, amount_fen) VALUES (?1, ?2, ?3, ?4)", key: key
        ) { insert, share in
            insert.bind(3, share.year)
            insert.bind(4, share.amount.fen)
        }
        try insertFundDisclosures(governance.fundDisclosures, key: key)
        try insertRows(
            governance.recruitments,
            """
            INSERT INTO worker_recruitments (community, ordinal, worker_id, date, organised_by, organiser)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """, key: key
        ) { insert, recruitment in
            insert.bind(3, recruitment.workerID.rawValue)
            insert.bind(4, recruitment.date)
            insert.bind(5, recruitment.organisedBy.rawValue)
            insert.bind(6, recruitment.organiser)
        }
        try insertRows(
            governance.secretaryReports,
            """
            INSERT INTO secretary_reports (community, ordinal, year, date, audience, reference)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """, key: key
        ) { insert, report in
            insert.bind(3, report.year)
            insert.bind(4, report.date)
            insert.bind(5, report.audience.rawValue)
            insert.bind(6, report.reference)
        }
        try insertRows(
            governance.oneStopPosts,
            """
            INSERT INTO one_stop_posts (community, ordinal, worker_id, post, since, until, wears_name_badge)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """, key: key
        ) { insert, post in
            insert.bind(3, post.workerID.rawValue)
            insert.bind(4, post.post)
            insert.bind(5, post.since)
            insert.bind(6, post.until)
            insert.bind(7, post.wearsNameBadge)
        }
        try insertSurveysAndCoverage(governance, key: key)
    }

    private func insertFundDisclosures(_ disclosures: [FundDisclosure], key: Int64) throws(StoreError) {
        try insertRows(
            disclosures,
            "INSERT INTO fund_disclosures (community, ordinal, year, date, means) VALUES (?1, ?2, ?3, ?4, ?5)", key: key
        ) { insert, disclosure in
            insert.bind(3, disclosure.year)
            insert.bind(4, disclosure.date)
            insert.bind(5, disclosure.means)
        }
        for (ordinal, disclosure) in disclosures.enumerated() {
            try insertRows(
                disclosure.funds,
                "INSERT INTO fund_disclosure_funds (community, disclosure, ordinal, fund) VALUES (?1, ?2, ?3, ?4)",
                key: key, under: [ordinal]
            ) { insert, fund in insert.bind(4, fund.rawValue) }
        }
    }

    private func insertSurveysAndCoverage(_ governance: CommunityGovernance, key: Int64) throws(StoreError) {
        try insertRows(
            governance.satisfactionSurveys,
            """
            INSERT INTO satisfaction_surveys (community, ordinal, date, respondents, satisfied)
            VALUES (?1, ?2, ?3, ?4, ?5)
            """, key: key
        ) { insert, survey in
            insert.bind(3, survey.date)
            insert.bind(4, survey.respondents)
            insert.bind(5, survey.satisfied)
        }
        try insertRows(
            governance.trainingCoverage,
            "INSERT INTO training_coverage (community, ordinal, year, members, trained) VALUES (?1, ?2, ?3, ?4, ?5)",
            key: key
        ) { insert, coverage in
            insert.bind(3, coverage.year)
            insert.bind(4, coverage.members)
            insert.bind(5, coverage.trained)
        }
        try insertRows(
            governance.householdParticipation,
            """
            INSERT INTO household_participation (community, ordinal, year, campaign, households)
            VALUES (?1, ?2, ?3, ?4, ?5)
            """, key: key
        ) { insert, participation in
            insert.bind(3, participation.year)
            insert.bind(4, participation.campaign)
            insert.bind(5, participation.households)
        }
    }
}
