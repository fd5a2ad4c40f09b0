extension Community {
    /// Checks the records of governance (``governance``), each error naming the field as a path from
    /// `governance` (`governance.grids[2].level`).
    ///
    /// Rejected: a grid's level outside 1–4; a grid's parent that the community does not have or that
    /// is not one level up; a grid member, leader, branch or Party group the community does not have;
    /// a repeated or empty ID of a grid, decision, body, compound, resident unit or checklist; a blank
    /// name, title, reference, means or organiser; a decision without steps; a mediation level outside
    /// 1–5 or listed twice; a checklist assessment of a checklist the community does not have, or
    /// whose completed items are negative or more than the checklist's items; a satisfaction survey
    /// with more satisfied than respondents, training coverage with more trained than members,
    /// household participation above the community's households; a recruitment or one-stop post of a
    /// worker the community does not have, or a post that ends before it starts; a negative amount or
    /// count.
    ///
    /// Left to the rules, which report them as findings citing their clauses: a grid with no leader
    /// or two, a member in no level-4 grid or in two (`GRID.levels`); a decision missing a step or
    /// with a step dated before the one it follows (`TA.decision-chain`); a checklist whose item count
    /// differs from the document's (`MY.street-checklist`, `MY.community-checklist`); a ledger updated
    /// after the audit date (`MY.monthly-ledgers` leaves the update out and says so), as records dated
    /// after the audit date are accepted throughout.
    func validateGovernance(_ check: inout Checker, memberIDs: IDTable)
        throws(ValidationError)
    {
        let records = governance
        let here = Subject.community(id)
        let lists: [(String, Int)] = [
            ("grids", records.grids.count), ("decisions", records.decisions.count),
            ("mediationNetwork", records.mediationNetwork.count), ("mediationCases", records.mediationCases.count),
            ("ledgers", records.ledgers.count), ("bodies", records.bodies.count),
            ("coordination", records.coordination.count), ("compounds", records.compounds.count),
            ("residentUnits", records.residentUnits.count), ("checklists", records.checklists.count),
            ("checklistAssessments", records.checklistAssessments.count),
            ("delegatedTasks", records.delegatedTasks.count), ("officeFundShares", records.officeFundShares.count),
            ("fundDisclosures", records.fundDisclosures.count), ("recruitments", records.recruitments.count),
            ("secretaryReports", records.secretaryReports.count), ("oneStopPosts", records.oneStopPosts.count),
            ("satisfactionSurveys", records.satisfactionSurveys.count),
            ("trainingCoverage", records.trainingCoverage.count),
            ("householdParticipation", records.householdParticipation.count),
        ]
        for (field, count) in lists { try check.records(count, here, "governance." + field) }
        if let landArea { try check.area(landArea, here, "landArea") }
        try validateGrids(&check, memberIDs: memberIDs)
        try validateDecisionsAndMediation(&check)
        try validateBodiesAndEvidence(&check)
        try validateCompoundsAndUnits(&check)
        try validateChecklists(&check)
        try validateFundsAndPeople(&check)
        try validateIndicatorRecords(&check)
    }

    private func validateGrids(_ check: inout Checker, memberIDs: IDTable) throws(ValidationError) {
        let here = Subject.community(id)
        let organisationIDs = Set(organisations.map(\.id))
        let groupIDs = Set(partyGroups.map(\.id))
        var levels: [GridID: Int] = [:]
        for (index, grid) in governance.grids.enumerated() {
            func field(_ name: String) -> String { "governance.grids[\(index)]" + name }
            if grid.id.rawValue.isEmpty || levels[grid.id] != nil {
                throw check.error(here, field(".id"), .duplicateOrEmptyID(grid.id.rawValue))
            }
            if !(1...Grid.memberLevel).contains(grid.level) {
                throw check.error(here, field(".level"), .outsideRange(1, Grid.memberLevel))
            }
            if grid.name.isBlank { throw check.error(here, field(".name"), .empty) }
            levels[grid.id] = grid.level
        }
        for (index, grid) in governance.grids.enumerated() {
            func field(_ name: String) -> String { "governance.grids[\(index)]" + name }
            if let parent = grid.parentID {
                guard let parentLevel = levels[parent] else {
                    throw check.error(here, field(".parentID"), .unknownReference(parent.rawValue))
                }
                if parentLevel != grid.level - 1 {
                    throw check.error(here, field(".parentID"), .notOfLevel(grid.level - 1))
                }
            }
            for (position, leader) in grid.leaders.enumerated() {
                if leader.name.isBlank { throw check.error(here, field(".leaders[\(position)].name"), .empty) }
                if let member = leader.memberID, !contains(member, memberIDs) {
                    throw check.error(here, field(".leaders[\(position)].memberID"), .unknownReference(member.rawValue))
                }
            }
            for (position, member) in grid.memberIDs.enumerated() where !contains(member, memberIDs) {
                throw check.error(here, field(".memberIDs[\(position)]"), .unknownReference(member.rawValue))
            }
            if let organisation = grid.organisationID, !organisationIDs.contains(organisation) {
                throw check.error(here, field(".organisationID"), .unknownReference(organisation.rawValue))
            }
            if let group = grid.partyGroupID, !groupIDs.contains(group) {
                throw check.error(here, field(".partyGroupID"), .unknownReference(group.rawValue))
            }
        }
    }

    /// Whether the community has a member of that ID.
    private func contains(_ member: MemberID, _ memberIDs: IDTable) -> Bool {
        memberIDs.index(of: member.rawValue) { members[$0].id.rawValue } != nil
    }

    private func validateDecisionsAndMediation(_ check: inout Checker) throws(ValidationError) {
        let here = Subject.community(id)
        var decisionIDs = Set<DecisionID>()
        for (index, decision) in governance.decisions.enumerated() {
            func field(_ name: String) -> String { "governance.decisions[\(index)]" + name }
            if decision.id.rawValue.isEmpty || !decisionIDs.insert(decision.id).inserted {
                throw check.error(here, field(".id"), .duplicateOrEmptyID(decision.id.rawValue))
            }
            if decision.title.isBlank { throw check.error(here, field(".title"), .empty) }
            if decision.steps.isEmpty { throw check.error(here, field(".steps"), .empty) }
        }
        var levels = Set<Int>()
        for (index, level) in governance.mediationNetwork.enumerated() {
            func field(_ name: String) -> String { "governance.mediationNetwork[\(index)]" + name }
            if !(1...5).contains(level.level) { throw check.error(here, field(".level"), .outsideRange(1, 5)) }
            if !levels.insert(level.level).inserted {
                throw check.error(here, field(".level"), .duplicateOrEmptyID(String(level.level)))
            }
            if level.name.isBlank { throw check.error(here, field(".name"), .empty) }
            try validate(level.evidence, &check, field(".evidence"))
        }
    }

    private func validateBodiesAndEvidence(_ check: inout Checker) throws(ValidationError) {
        let here = Subject.community(id)
        var bodyIDs = Set<GovernanceBodyID>()
        for (index, body) in governance.bodies.enumerated() {
            func field(_ name: String) -> String { "governance.bodies[\(index)]" + name }
            if body.id.rawValue.isEmpty || !bodyIDs.insert(body.id).inserted {
                throw check.error(here, field(".id"), .duplicateOrEmptyID(body.id.rawValue))
            }
            if body.kind.isRecordedElsewhere {
                let list = body.kind == .partyOrganisation ? "organisations" : "residentsCommittees"
                throw check.error(here, field(".kind"), .recordedElsewhere(list))
            }
            if body.name.isBlank { throw check.error(here, field(".name"), .empty) }
            try validate(body.evidence, &check, field(".evidence"))
        }
        for (index, mechanism) in governance.coordination.enumerated() {
            func field(_ name: String) -> String { "governance.coordination[\(index)]" + name }
            if mechanism.name.isBlank { throw check.error(here, field(".name"), .empty) }
            try validate(mechanism.evidence, &check, field(".evidence"))
        }
        if let ledger = governance.electronicLedger {
            if ledger.system.isBlank { throw check.error(here, "governance.electronicLedger.system", .empty) }
            try validate(ledger.evidence, &check, "governance.electronicLedger.evidence")
        }
    }

    /// Evidence needs a reference that finds it.
    private func validate(_ evidence: [Evidence], _ check: inout Checker, _ path: @autoclosure () -> String)
        throws(ValidationError)
    {
        for (index, item) in evidence.enumerated() where item.reference.isBlank {
            throw check.error(.community(id), path() + "[\(index)].reference", .empty)
        }
    }

    private func validateCompoundsAndUnits(_ check: inout Checker) throws(ValidationError) {
        let here = Subject.community(id)
        let organisationIDs = Set(organisations.map(\.id))
        let groupIDs = Set(partyGroups.map(\.id))
        var compoundIDs = Set<CompoundID>()
        for (index, compound) in governance.compounds.enumerated() {
            func field(_ name: String) -> String { "governance.compounds[\(index)]" + name }
            if compound.id.rawValue.isEmpty || !compoundIDs.insert(compound.id).inserted {
                throw check.error(here, field(".id"), .duplicateOrEmptyID(compound.id.rawValue))
            }
            if compound.name.isBlank { throw check.error(here, field(".name"), .empty) }
            if let organisation = compound.organisationID, !organisationIDs.contains(organisation) {
                throw check.error(here, field(".organisationID"), .unknownReference(organisation.rawValue))
            }
            for (position, building) in compound.buildings.enumerated() {
                if building.name.isBlank { throw check.error(here, field(".buildings[\(position)].name"), .empty) }
                if let group = building.partyGroupID, !groupIDs.contains(group) {
                    throw check.error(
                        here, field(".buildings[\(position)].partyGroupID"), .unknownReference(group.rawValue))
                }
            }
        }
        var unitIDs = Set<ResidentUnitID>()
        for (index, unit) in governance.residentUnits.enumerated() {
            func field(_ name: String) -> String { "governance.residentUnits[\(index)]" + name }
            if unit.id.rawValue.isEmpty || !unitIDs.insert(unit.id).inserted {
                throw check.error(here, field(".id"), .duplicateOrEmptyID(unit.id.rawValue))
            }
            if unit.name.isBlank { throw check.error(here, field(".name"), .empty) }
            if let members = unit.members { try check.count(members, here, field(".members")) }
            if let formal = unit.formalMembers {
                try check.count(formal, here, field(".formalMembers"))
                if let members = unit.members, formal > members {
                    throw check.error(here, field(".formalMembers"), .exceeds("members"))
                }
            }
            if let joint = unit.jointOrganisationID, !organisationIDs.contains(joint) {
                throw check.error(here, field(".jointOrganisationID"), .unknownReference(joint.rawValue))
            }
        }
    }

    private func validateChecklists(_ check: inout Checker) throws(ValidationError) {
        let here = Subject.community(id)
        var itemCounts: [ChecklistID: Int] = [:]
        for (index, checklist) in governance.checklists.enumerated() {
            func field(_ name: String) -> String { "governance.checklists[\(index)]" + name }
            if checklist.id.rawValue.isEmpty || itemCounts[checklist.id] != nil {
                throw check.error(here, field(".id"), .duplicateOrEmptyID(checklist.id.rawValue))
            }
            if checklist.title.isBlank { throw check.error(here, field(".title"), .empty) }
            for (position, heading) in checklist.headings.enumerated() {
                if heading.title.isBlank { throw check.error(here, field(".headings[\(position)].title"), .empty) }
                for (item, text) in heading.items.enumerated() where text.isBlank {
                    throw check.error(here, field(".headings[\(position)].items[\(item)]"), .empty)
                }
            }
            itemCounts[checklist.id] = checklist.itemCount
        }
        var assessed = Set<ChecklistYear>()
        for (index, assessment) in governance.checklistAssessments.enumerated() {
            func field(_ name: String) -> String { "governance.checklistAssessments[\(index)]" + name }
            guard let items = itemCounts[assessment.checklistID] else {
                throw check.error(here, field(".checklistID"), .unknownReference(assessment.checklistID.rawValue))
            }
            try check.count(assessment.completedItems, here, field(".completedItems"))
            if assessment.completedItems > items {
                throw check.error(here, field(".completedItems"), .exceeds("the checklist's \(items) items"))
            }
            if !assessed.insert(ChecklistYear(checklist: assessment.checklistID, year: assessment.year)).inserted {
                throw check.error(here, field(".year"), .duplicateYear(assessment.year))
            }
        }
    }

    private func validateFundsAndPeople(_ check: inout Checker) throws(ValidationError) {
        let here = Subject.community(id)
        for (index, task) in governance.delegatedTasks.enumerated() {
            func field(_ name: String) -> String { "governance.delegatedTasks[\(index)]" + name }
            if task.title.isBlank { throw check.error(here, field(".title"), .empty) }
            if task.delegatedBy.isBlank { throw check.error(here, field(".delegatedBy"), .empty) }
            if let funding = task.funding { try check.amount(funding, here, field(".funding")) }
        }
        var shareYears = Set<Int>()
        for (index, share) in governance.officeFundShares.enumerated() {
            try check.amount(share.amount, here, "governance.officeFundShares[\(index)].amount")
            if !shareYears.insert(share.year).inserted {
                throw check.error(here, "governance.officeFundShares[\(index)].year", .duplicateYear(share.year))
            }
        }
        for (index, disclosure) in governance.fundDisclosures.enumerated() {
            func field(_ name: String) -> String { "governance.fundDisclosures[\(index)]" + name }
            if disclosure.means.isBlank { throw check.error(here, field(".means"), .empty) }
            if disclosure.funds.isEmpty { throw check.error(here, field(".funds"), .empty) }
        }
        let workerIDs = Set(workers.map(\.id))
        for (index, recruitment) in governance.recruitments.enumerated() {
            func field(_ name: String) -> String { "governance.recruitments[\(index)]" + name }
            if !workerIDs.contains(recruitment.workerID) {
                throw check.error(here, field(".workerID"), .unknownReference(recruitment.workerID.rawValue))
            }
            if recruitment.organiser.isBlank { throw check.error(here, field(".organiser"), .empty) }
        }
        for (index, post) in governance.oneStopPosts.enumerated() {
            func field(_ name: String) -> String { "governance.oneStopPosts[\(index)]" + name }
            if !workerIDs.contains(post.workerID) {
                throw check.error(here, field(".workerID"), .unknownReference(post.workerID.rawValue))
            }
            if post.post.isBlank { throw check.error(here, field(".post"), .empty) }
            if let until = post.until, until < post.since {
                throw check.error(here, field(".until"), .endsBeforeStart("since"))
            }
        }
    }

    private func validateIndicatorRecords(_ check: inout Checker) throws(ValidationError) {
        let here = Subject.community(id)
        for (index, survey) in governance.satisfactionSurveys.enumerated() {
            func field(_ name: String) -> String { "governance.satisfactionSurveys[\(index)]" + name }
            try check.count(survey.respondents, here, field(".respondents"))
            try check.count(survey.satisfied, here, field(".satisfied"))
            if survey.satisfied > survey.respondents {
                throw check.error(here, field(".satisfied"), .exceeds("respondents"))
            }
        }
        for (index, coverage) in governance.trainingCoverage.enumerated() {
            func field(_ name: String) -> String { "governance.trainingCoverage[\(index)]" + name }
            try check.count(coverage.members, here, field(".members"))
            try check.count(coverage.trained, here, field(".trained"))
            if coverage.trained > coverage.members { throw check.error(here, field(".trained"), .exceeds("members")) }
        }
        for (index, participation) in governance.householdParticipation.enumerated() {
            func field(_ name: String) -> String { "governance.householdParticipation[\(index)]" + name }
            if participation.campaign.isBlank { throw check.error(here, field(".campaign"), .empty) }
            try check.count(participation.households, here, field(".households"))
            if let households, participation.households > households {
                throw check.error(here, field(".households"), .exceeds("households"))
            }
        }
        for (index, mediation) in governance.mediationCases.enumerated() {
            if let subject = mediation.subject, subject.isBlank {
                throw check.error(here, "governance.mediationCases[\(index)].subject", .empty)
            }
        }
    }
}

/// A checklist's year, assessed once.
private struct ChecklistYear: Hashable {
    let checklist: ChecklistID
    let year: Int
}
