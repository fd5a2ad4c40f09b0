import PartyBuilding
import Testing

/// Governance records that cannot be right are refused with a typed error naming the record and the
/// field; what the rules judge (leaders, grid membership, a step's order) is left to them.
@Suite("Governance records: validation")
struct GovernanceValidationTests {
    /// The error of validating `community`, or `nil` when it validates.
    func error(_ community: Community) -> ValidationError? {
        do {
            try community.validate(on: Fixture.auditDate)
            return nil
        } catch {
            return error
        }
    }

    /// Expects `change` to make the compliant community fail at `field` with `problem`.
    func expectRefused(
        _ field: String, _ problem: ValidationError.Problem, sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout Community) -> Void
    ) {
        let found = error(GovernanceFixture.with(change))
        #expect(found?.field == field, sourceLocation: sourceLocation)
        #expect(found?.problem == problem, sourceLocation: sourceLocation)
        #expect(found?.community == Fixture.communityID, sourceLocation: sourceLocation)
        #expect(found?.errorDescription?.contains(field) == true, sourceLocation: sourceLocation)
    }

    @Test("the compliant community validates, and so does one without governance records")
    func valid() {
        #expect(error(GovernanceFixture.compliant()) == nil)
        #expect(error(GovernanceFixture.with { $0.governance = CommunityGovernance() }) == nil)
    }

    @Test("grids: level 1 to 4, a parent one level up, known members, branches and groups")
    func grids() {
        expectRefused("governance.grids[0].level", .outsideRange(1, 4)) { $0.governance.grids[0].level = 0 }
        expectRefused("governance.grids[0].level", .outsideRange(1, 4)) { $0.governance.grids[0].level = 5 }
        expectRefused("governance.grids[4].parentID", .notOfLevel(3)) { $0.governance.grids[4].parentID = "L2" }
        expectRefused("governance.grids[4].parentID", .unknownReference("L9")) {
            $0.governance.grids[4].parentID = "L9"
        }
        expectRefused("governance.grids[4].memberIDs[3]", .unknownReference("M-X")) {
            $0.governance.grids[4].memberIDs.append("M-X")
        }
        expectRefused("governance.grids[1].leaders[0].memberID", .unknownReference("M-X")) {
            $0.governance.grids[1].leaders[0].memberID = "M-X"
        }
        expectRefused("governance.grids[2].organisationID", .unknownReference("B-9")) {
            $0.governance.grids[2].organisationID = "B-9"
        }
        expectRefused("governance.grids[4].partyGroupID", .unknownReference("G-9")) {
            $0.governance.grids[4].partyGroupID = "G-9"
        }
        expectRefused("governance.grids[1].id", .duplicateOrEmptyID("L1")) { $0.governance.grids[1].id = "L1" }
        expectRefused("governance.grids[0].leaders[0].name", .empty) {
            $0.governance.grids[0].leaders[0].name = " \u{200B}"
        }
    }

    @Test("a grid with two leaders or none, a member in two grids or in none: findings, not errors")
    func leftToTheRules() {
        #expect(error(GovernanceFixture.with { $0.governance.grids[0].leaders = [] }) == nil)
        #expect(error(GovernanceFixture.with { $0.governance.grids[5].memberIDs.removeAll() }) == nil)
        #expect(error(GovernanceFixture.with { $0.governance.decisions[0].steps.reverse() }) == nil)
    }

    @Test("decisions, mediation levels, bodies and evidence")
    func decisionsAndBodies() {
        expectRefused("governance.decisions[0].steps", .empty) { $0.governance.decisions[0].steps = [] }
        expectRefused("governance.decisions[0].title", .empty) { $0.governance.decisions[0].title = "" }
        expectRefused("governance.mediationNetwork[4].level", .outsideRange(1, 5)) {
            $0.governance.mediationNetwork[4].level = 6
        }
        expectRefused("governance.mediationNetwork[4].level", .duplicateOrEmptyID("1")) {
            $0.governance.mediationNetwork[4].level = 1
        }
        expectRefused("governance.mediationNetwork[0].evidence[0].reference", .empty) {
            $0.governance.mediationNetwork[0].evidence[0].reference = "  "
        }
        expectRefused("governance.bodies[0].kind", .recordedElsewhere("organisations")) {
            $0.governance.bodies[0].kind = .partyOrganisation
        }
        expectRefused("governance.coordination[0].evidence[0].reference", .empty) {
            $0.governance.coordination[0].evidence[0].reference = ""
        }
    }

    @Test("checklists: a score above the item count, or below zero, an unknown checklist, a year twice")
    func checklists() {
        expectRefused("governance.checklistAssessments[0].completedItems", .exceeds("the checklist's 44 items")) {
            $0.governance.checklistAssessments[0].completedItems = 45
        }
        #expect(error(GovernanceFixture.with { $0.governance.checklistAssessments[0].completedItems = 44 }) == nil)
        expectRefused("governance.checklistAssessments[0].completedItems", .negative) {
            $0.governance.checklistAssessments[0].completedItems = -1
        }
        expectRefused("governance.checklistAssessments[0].checklistID", .unknownReference("X")) {
            $0.governance.checklistAssessments[0].checklistID = "X"
        }
        expectRefused("governance.checklistAssessments[2].year", .duplicateYear(2025)) {
            $0.governance.checklistAssessments.append($0.governance.checklistAssessments[0])
        }
        expectRefused("governance.checklists[0].headings[0].items[0]", .empty) {
            $0.governance.checklists[0].headings[0].items[0] = ""
        }
    }

    @Test("surveys, coverage and participation: a part never above its whole")
    func indicators() {
        expectRefused("governance.satisfactionSurveys[0].satisfied", .exceeds("respondents")) {
            $0.governance.satisfactionSurveys[0].satisfied = 201
        }
        expectRefused("governance.trainingCoverage[0].trained", .exceeds("members")) {
            $0.governance.trainingCoverage[0].trained = 81
        }
        expectRefused("governance.householdParticipation[0].households", .exceeds("households")) {
            $0.governance.householdParticipation[0].households = 2_146
        }
        #expect(error(GovernanceFixture.with { $0.governance.householdParticipation[0].households = 2_145 }) == nil)
        expectRefused("governance.satisfactionSurveys[0].respondents", .negative) {
            $0.governance.satisfactionSurveys[0].respondents = -1
        }
    }

    @Test("funds and people: amounts not negative, workers known, a post not ending before it starts")
    func fundsAndPeople() {
        expectRefused("governance.delegatedTasks[0].funding", .negative) {
            $0.governance.delegatedTasks[0].funding = Money(fen: -1)
        }
        expectRefused("governance.officeFundShares[1].year", .duplicateYear(2025)) {
            $0.governance.officeFundShares.append(OfficeFundShare(year: 2025, amount: Money(yuan: 1)))
        }
        expectRefused("governance.recruitments[0].workerID", .unknownReference("W-9")) {
            $0.governance.recruitments[0].workerID = "W-9"
        }
        expectRefused("governance.oneStopPosts[0].until", .endsBeforeStart("since")) {
            $0.governance.oneStopPosts[0].until = "2023-12-31"
        }
        expectRefused("governance.fundDisclosures[0].funds", .empty) { $0.governance.fundDisclosures[0].funds = [] }
        expectRefused("landArea", .negative) { $0.landArea = Area(hundredthsOfSquareMetre: -1) }
    }

    @Test("a ledger updated after the audit date is accepted; the rule leaves the update out and says so")
    func futureLedger() throws {
        let community = GovernanceFixture.with { $0.governance.ledgers[0].updates.append("2026-02-01") }
        #expect(error(community) == nil)
        let found = try GovernanceFixture.findings("MY.monthly-ledgers", auditing: community)
        #expect(found.map(\.severity) == [.information])
        #expect(found.first?.measured == .date("2026-02-01"))
    }

    @Test("governance records survive the interchange format unchanged")
    func roundTrip() throws {
        let community = GovernanceFixture.compliant()
        let data = try CommunityDataset([community]).encoded()
        #expect(try CommunityDataset.decode(data).communities == [community])
    }
}
