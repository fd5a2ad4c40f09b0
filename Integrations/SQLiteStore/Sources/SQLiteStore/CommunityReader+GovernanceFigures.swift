import PartyBuilding

extension CommunityReader {
    /// Reads the governance records kept as dated or yearly figures into `governance`: the
    /// checklists' assessments, delegated tasks, office shares, fund disclosures (with their funds),
    /// recruitments, the secretary's reports, one-stop posts, surveys, training coverage and household
    /// participation.
    func addGovernanceFigures(to governance: inout CommunityGovernance, key: Int64, community: CommunityID)
        throws(StoreError)
    {
        governance.checklistAssessments = try rows(
            """
            SELECT checklist_id, year, assessed_on, completed_items FROM checklist_assessments WHERE community = ?1
            ORDER BY ordinal
            """, table: "checklist_assessments", key: key, community: community
        ) { row throws(StoreError) in
            ChecklistAssessment(
                checklistID: ChecklistID(row.statement.text(0)), year: row.statement.int(1),
                assessedOn: try row.date(2, "assessed_on"), completedItems: row.statement.int(3))
        }
        governance.delegatedTasks = try rows(
            """
            SELECT title, delegated_by, delegated_on, funding_fen FROM delegated_tasks WHERE community = ?1
            ORDER BY ordinal
            """, table: "delegated_tasks", key: key, community: community
        ) { row throws(StoreError) in
            let select = row.statement
            return DelegatedTask(
                title: select.text(0), delegatedBy: select.text(1), delegatedOn: try row.date(2, "delegated_on"),
                funding: select.isNull(3) ? nil : Money(fen: select.int64(3)))
        }
        governance.officeFundShares = try rows(
            "SELECT year, amount_fen FROM office_fund_shares WHERE community = ?1 ORDER BY ordinal",
            table: "office_fund_shares", key: key, community: community
        ) { row in OfficeFundShare(year: row.statement.int(0), amount: Money(fen: row.statement.int64(1))) }
        governance.fundDisclosures = try fundDisclosures(key: key, community: community)
        governance.recruitments = try rows(
            """
            SELECT worker_id, date, organised_by, organiser FROM worker_recruitments WHERE community = ?1
            ORDER BY ordinal
            """, table: "worker_recruitments", key: key, community: community
        ) { row throws(StoreError) in
            WorkerRecruitment(
                workerID: WorkerID(row.statement.text(0)), date: try row.date(1, "date"),
                organisedBy: try row.enumeration(2, "organised_by"), organiser: row.statement.text(3))
        }
        governance.secretaryReports = try rows(
            "SELECT year, date, audience, reference FROM secretary_reports WHERE community = ?1 ORDER BY ordinal",
            table: "secretary_reports", key: key, community: community
        ) { row throws(StoreError) in
            SecretaryReport(
                year: row.statement.int(0), date: try row.date(1, "date"), audience: try row.enumeration(2, "audience"),
                reference: row.statement.optionalText(3))
        }
        governance.oneStopPosts = try rows(
            """
            SELECT worker_id, post, since, until, wears_name_badge FROM one_stop_posts WHERE community = ?1
            ORDER BY ordinal
            """, table: "one_stop_posts", key: key, community: community
        ) { row throws(StoreError) in
            OneStopPost(
                workerID: WorkerID(row.statement.text(0)), post: row.statement.text(1),
                since: try row.date(2, "since"), until: try row.optionalDate(3, "until"),
                wearsNameBadge: try row.flag(4, "wears_name_badge"))
        }
        try addSurveysAndCoverage(to: &governance, key: key, community: community)
    }

    private func fundDisclosures(key: Int64, community: CommunityID) throws(StoreError) -> [FundDisclosure] {
        var disclosures = try parentRows(
            "SELECT ordinal, year, date, means FROM fund_disclosures WHERE community = ?1 ORDER BY ordinal",
            table: "fund_disclosures", key: key, community: community
        ) { row throws(StoreError) in
            FundDisclosure(
                year: row.statement.int(1), date: try row.date(2, "date"), funds: [], means: row.statement.text(3))
        }
        for (disclosure, fund) in try childRows(
            """
            SELECT disclosure, fund FROM fund_disclosure_funds WHERE community = ?1 ORDER BY disclosure, ordinal
            """, table: "fund_disclosure_funds", key: key, community: community, parents: disclosures.count,
            { row throws(StoreError) -> FundDisclosure.Fund in try row.enumeration(1, "fund") })
        {
            disclosures[disclosure].funds.append(fund)
        }
        return disclosures
    }

    private func addSurveysAndCoverage(to governance: inout CommunityGovernance, key: Int64, community: CommunityID)
        throws(StoreError)
    {
        governance.satisfactionSurveys = try rows(
            "SELECT date, respondents, satisfied FROM satisfaction_surveys WHERE community = ?1 ORDER BY ordinal",
            table: "satisfaction_surveys", key: key, community: community
        ) { row throws(StoreError) in
            SatisfactionSurvey(
                date: try row.date(0, "date"), respondents: row.statement.int(1), satisfied: row.statement.int(2))
        }
        governance.trainingCoverage = try rows(
            "SELECT year, members, trained FROM training_coverage WHERE community = ?1 ORDER BY ordinal",
            table: "training_coverage", key: key, community: community
        ) { row in
            TrainingCoverage(year: row.statement.int(0), members: row.statement.int(1), trained: row.statement.int(2))
        }
        governance.householdParticipation = try rows(
            "SELECT year, campaign, households FROM household_participation WHERE community = ?1 ORDER BY ordinal",
            table: "household_participation", key: key, community: community
        ) { row in
            HouseholdParticipation(
                year: row.statement.int(0), campaign: row.statement.text(1), households: row.statement.int(2))
        }
    }
}
