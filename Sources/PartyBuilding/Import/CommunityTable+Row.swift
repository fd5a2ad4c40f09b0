import Foundation

/// The cells of one row of a ``CommunityTable``, read into a ``Community``.
struct RowReader {
    let source: String
    let line: Int
    var values: [CommunityTable.Column: String] = [:]

    init(source: String, line: Int) {
        self.source = source
        self.line = line
    }

    func community() throws(CommunityTableError) -> Community {
        guard let id = values[.id], !id.isEmpty else { throw error(.id, "", "the id is empty") }
        var community = Community(id: CommunityID(id), name: values[.name] ?? id, district: values[.district] ?? "")
        community.street = text(.street)
        if let development = text(.development) {
            switch development {
            case "existing", "已建": community.development = .existing
            case "planned", "规划": community.development = .planned
            default: throw error(.development, development, "use existing (已建) or planned (规划)")
            }
        }
        community.households = try count(.households) ?? 0
        community.residents = try count(.residents) ?? 0
        community.registeredResidents = try count(.registeredResidents)
        community.residentialFloorArea = try area(.residentialFloorArea) ?? .zero
        community.serviceSpace = try area(.serviceSpace) ?? .zero
        community.workAndActivityRoomArea = try area(.workAndActivityRoomArea) ?? .zero
        community.partyUseArea = try area(.partyUseArea) ?? .zero
        community.isConcentratedResettlement = try flag(.isConcentratedResettlement) ?? false
        community.hasManagementServiceCentre = try flag(.hasManagementServiceCentre) ?? false

        let members = try count(.members)
        let probationary = try count(.probationaryMembers) ?? 0
        let form = try organisationForm()
        if members != nil || form != nil {
            community.organisations = [
                PartyOrganisation(
                    id: OrganisationID(id + "-P"), name: community.name + "党组织", form: form ?? .branch,
                    headcount: members.map { PartyOrganisation.Headcount(total: $0, probationary: probationary) })
            ]
        }
        let year = try count(.year)
        let yearly: [(CommunityTable.Column, FundGrant.Purpose)] = [(.workFunds, .work), (.activityFunds, .activity)]
        for (column, purpose) in yearly {
            guard let amount = try money(column) else { continue }
            guard let year else { throw error(.year, "", "a year is needed for \(column.rawValue)") }
            community.fundGrants.append(FundGrant(year: year, purpose: purpose, source: .district, amount: amount))
        }
        if let wage = try money(.lastYearAverageWage) {
            guard let year else { throw error(.year, "", "a year is needed for lastYearAverageWage") }
            community.localAverageWages = [AverageWage(year: year - 1, amount: wage)]
        }
        return community
    }

    private func error(_ column: CommunityTable.Column, _ value: String, _ reason: String) -> CommunityTableError {
        CommunityTableError(source: source, line: line, column: column.rawValue, value: value, reason: reason)
    }

    private func text(_ column: CommunityTable.Column) -> String? {
        guard let value = values[column], !value.isEmpty else { return nil }
        return value
    }

    private func count(_ column: CommunityTable.Column) throws(CommunityTableError) -> Int? {
        guard let value = text(column) else { return nil }
        guard let count = Int(value) else { throw error(column, value, "not a whole number") }
        guard count >= 0 else { throw error(column, value, "must not be negative") }
        return count
    }

    private func decimal(_ column: CommunityTable.Column) throws(CommunityTableError) -> Decimal? {
        guard let value = text(column) else { return nil }
        let plain = value.replacingOccurrences(of: ",", with: "")
        guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let number = Decimal(string: plain)
        else { throw error(column, value, "not a non-negative number") }
        return number
    }

    private func area(_ column: CommunityTable.Column) throws(CommunityTableError) -> Area? {
        guard let number = try decimal(column) else { return nil }
        do { return try Area(squareMetres: number) } catch {
            throw self.error(column, values[column] ?? "", "an area in m² with at most two decimals")
        }
    }

    private func money(_ column: CommunityTable.Column) throws(CommunityTableError) -> Money? {
        guard let number = try decimal(column) else { return nil }
        do { return try Money(yuan: number) } catch {
            throw self.error(column, values[column] ?? "", "an amount in yuan with at most two decimals")
        }
    }

    private func flag(_ column: CommunityTable.Column) throws(CommunityTableError) -> Bool? {
        guard let value = text(column) else { return nil }
        switch value.lowercased() {
        case "true", "yes", "1", "是": return true
        case "false", "no", "0", "否": return false
        default: throw error(column, value, "use true or false (是/否)")
        }
    }

    private func organisationForm() throws(CommunityTableError) -> PartyOrganisation.Form? {
        guard let value = text(.organisationForm) else { return nil }
        if let form = PartyOrganisation.Form(rawValue: value) { return form }
        if let form = PartyOrganisation.Form.allCases.first(where: { $0.label.chinese == value }) { return form }
        throw error(.organisationForm, value, "use branch (党支部), generalBranch (党总支) or committee (党委)")
    }
}
