extension RowReader {
    /// The IDs of the rules of every pack in the catalog, which an exception may name.
    private static let ruleIDs = Set(PolicyPack.catalog.flatMap { $0.rules.map(\.descriptor.id) })

    /// The community's Party organisation (with its headcount), its residents' committees and the
    /// branches of those committees with their own organisation.
    mutating func readOrganisations(into community: inout Community) {
        let id = community.id.rawValue
        let members = count(.members)
        let probationary = count(.probationaryMembers) ?? 0
        let forms = PartyOrganisation.Form.allCases.flatMap { [($0.rawValue, $0), ($0.label.chinese, $0)] }
        let form = word(.organisationForm, forms)
        if members != nil || form != nil {
            community.organisations = [
                PartyOrganisation(
                    id: OrganisationID(id + "-P"), name: community.name + "党组织", form: form ?? .branch,
                    headcount: members.map { PartyOrganisation.Headcount(total: $0, probationary: probationary) })
            ]
        }
        let committees = count(.residentsCommittees).map { count in
            (0..<count).map {
                ResidentsCommittee(id: ResidentsCommitteeID("\(id)-RC\($0 + 1)"), name: "第\($0 + 1)居民委员会")
            }
        }
        community.residentsCommittees = committees
        guard let organised = count(.committeesWithPartyOrganisation) else { return }
        guard let committees else {
            if text(.residentsCommittees) == nil {
                report(.residentsCommittees, .requiredBy(header(.committeesWithPartyOrganisation)))
            }
            return
        }
        guard organised <= committees.count else {
            return report(.committeesWithPartyOrganisation, .exceeds(header(.residentsCommittees)))
        }
        let parent = community.organisations.first?.id
        for committee in committees.prefix(organised) {
            community.organisations.append(
                PartyOrganisation(
                    id: OrganisationID(committee.id.rawValue + "-P"), name: committee.name + "党支部", form: .branch,
                    parentID: parent, residentsCommitteeID: committee.id))
        }
    }

    /// The work and activity funds of the year, by source when the by-source columns are filled, and
    /// the average wage of the year before.
    mutating func readFunds(into community: inout Community) {
        let year = count(.year, unit: .year)
        let funds: [(FundGrant.Purpose, CommunityTable.Column, [(FundGrant.Source, CommunityTable.Column)])] = [
            (
                .work, .workFunds,
                [(.city, .workFundsCity), (.district, .workFundsDistrict), (.street, .workFundsStreet)]
            ),
            (
                .activity, .activityFunds,
                [(.city, .activityFundsCity), (.district, .activityFundsDistrict), (.street, .activityFundsStreet)]
            ),
        ]
        for (purpose, totalColumn, sourceColumns) in funds {
            let known = problems.count
            let total = money(totalColumn)
            let parts = sourceColumns.compactMap { source, column in money(column).map { (source, $0, column) } }
            guard problems.count == known, let filled = total != nil ? totalColumn : parts.first?.2,
                let year = required(year, .year, by: filled)
            else { continue }
            guard !parts.isEmpty else {
                if let total {
                    community.fundGrants.append(
                        FundGrant(year: year, purpose: purpose, source: .unspecified, amount: total))
                }
                continue
            }
            var sum = Money.zero
            for (source, amount, _) in parts {
                community.fundGrants.append(FundGrant(year: year, purpose: purpose, source: source, amount: amount))
                sum += amount
            }
            if let total, total != sum { report(totalColumn, .totalDiffersFromSources("\(sum.yuan)")) }
        }
        if let wage = money(.lastYearAverageWage), let year = required(year, .year, by: .lastYearAverageWage) {
            community.localAverageWages = [AverageWage(year: year - 1, amount: wage)]
        }
    }

    /// The exception of the row, one for each rule it names: the rules, reason, approver and approval
    /// date are all given, or none of them (nor the last day) is.
    mutating func readException(into community: inout Community) {
        let required: [CommunityTable.Column] = [
            .exceptionRules, .exceptionReason, .exceptionApprover, .exceptionApprovedOn,
        ]
        let approvedOn = date(.exceptionApprovedOn)
        let validUntil = date(.exceptionValidUntil)
        guard let filled = (required + [.exceptionValidUntil]).first(where: { text($0) != nil }) else { return }
        guard let ruleList = text(.exceptionRules), let reason = text(.exceptionReason),
            let approver = text(.exceptionApprover), text(.exceptionApprovedOn) != nil
        else {
            let missing = required.filter { text($0) == nil }
            return report(filled, .incompleteException(missing: missing.map(header)))
        }
        let rules = ruleList.split { $0 == ";" || $0 == "；" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for rule in rules where !Self.ruleIDs.contains(RuleID(rule)) { report(.exceptionRules, .unknownRule(rule)) }
        guard let approvedOn else { return }
        community.exceptions = rules.map {
            RuleException(
                ruleID: RuleID($0), reason: reason, approver: approver,
                approvedOn: approvedOn, validUntil: validUntil)
        }
    }
}
