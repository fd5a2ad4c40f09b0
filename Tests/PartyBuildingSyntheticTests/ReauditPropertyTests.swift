import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// `reaudit` equals a full audit for any change of parameters and of records: many seeded changes
/// (a grant fixed, a member added, a worker removed, a space enlarged, an exception recorded, a
/// parameter changed, several at once), each re-audit compared with a fresh audit of the same records
/// under the same scenario, and re-audits chained on re-audits.
@Suite("Re-audit equals a full audit")
struct ReauditPropertyTests {
    /// A scenario override of one of the parameters the rules read, with a value a parameter can take.
    static func override(_ random: inout Seeded) -> Scenario.Override {
        let from: Period = random.below(2) == 0 ? .always : .starting("2025-07-01")
        switch random.below(8) {
        case 0:
            return .init(
                SZ2011.Parameters.activityFundPerMember, value: Money(yuan: 100 + random.below(200)), over: from)
        case 1:
            return .init(SZ2011.Parameters.serviceSpaceShare, value: Ratio(Int64(2 + random.below(4)), 100), over: from)
        case 2: return .init(SZ2011.Parameters.keyRoleTrainingDays, value: Days(5 + random.below(6)), over: from)
        case 3: return .init(SZ2011.Parameters.generalBranchThreshold, value: 30 + random.below(40), over: from)
        case 4: return .init(SZ2011.Parameters.certificateMaxAge, value: 40 + random.below(10), over: from)
        case 5:
            return .init(SZ2011.Parameters.workFundPerResident, value: Money(yuan: 15 + random.below(15)), over: from)
        case 6:
            return .init(
                SZ2011.Parameters.secretaryPayMultiple, value: Ratio(Int64(10 + random.below(6)), 10), over: from)
        default: return .init(SZ2011.Parameters.rotationYears, value: 2 + random.below(3), over: from)
        }
    }

    /// A scenario of up to two overrides, or none.
    static func scenario(_ random: inout Seeded) -> Scenario? {
        let count = random.below(3)
        guard count > 0 else { return nil }
        return Scenario(name: "seeded", overrides: (0..<count).map { _ in override(&random) })
    }

    /// Changes one community's records in one of the ways records change between two audits.
    static func change(_ community: inout Community, _ random: inout Seeded, serial: Int) {
        switch random.below(6) {
        case 0:  // a grant fixed: the activity funds of the year raised to the floor and more
            let floor = ActivityFundFloor.suzhou2011.floor(
                members: MembershipSummary(community, on: .latest).heldByCommunity)
            community.fundGrants.append(
                FundGrant(year: 2025, purpose: .activity, source: .district, amount: floor + Money(yuan: 1)))
        case 1:  // a member added to an organisation counted by member records
            if let member = community.members.first {
                var added = member
                added.id = MemberID("ADDED-\(serial)")
                community.members.append(added)
            } else if let index = community.organisations.firstIndex(where: { $0.headcount != nil }) {
                community.organisations[index].headcount?.total += 7
            }
        case 2:  // a worker removed, with the records that name them
            if let worker = community.workers.popLast() {
                community.governance.recruitments.removeAll { $0.workerID == worker.id }
                community.governance.oneStopPosts.removeAll { $0.workerID == worker.id }
            }
        case 3:  // the service space enlarged
            community.serviceSpace = (community.serviceSpace ?? .zero) + Area(squareMetres: 500)
        case 4:  // an exception recorded for the activity fund
            community.exceptions.append(
                RuleException(
                    ruleID: "SZ2011.19.activity-fund", reason: "年中合并社区", approver: "区委组织部",
                    approvedOn: "2025-03-01"))
        default:  // a worker's certificate obtained
            if let index = community.workers.indices.randomElement(using: &random) {
                community.workers[index].certificate = Certificate(level: .assistant, obtainedOn: "2025-06-01")
            }
        }
    }

    @Test("seeded changes of records and parameters", arguments: 0..<24)
    func seededChanges(seed: UInt64) async throws {
        var random = Seeded(state: seed)
        let city = SyntheticCity(communities: 40, seed: 1_000 + seed)
        var communities = city.communities
        let firstScenario = Self.scenario(&random)
        // Half the seeds judge two years, so that rules bound for several periods are re-audited too.
        let range = seed % 2 == 0 ? nil : try Period(from: "2024-01-01", through: "2025-12-31")
        var previous = try await Auditor(scenario: firstScenario).audit(communities, on: city.auditDate, judging: range)
        for step in 0..<3 {
            let changedRecords = random.below(4) != 0
            if changedRecords {
                for _ in 0..<(1 + random.below(5)) {
                    let index = random.below(communities.count)
                    Self.change(&communities[index], &random, serial: step * 100 + index)
                }
            }
            let scenario = random.below(3) == 0 ? firstScenario : Self.scenario(&random)
            let auditor = Auditor(scenario: scenario)
            let reaudit = try await auditor.reaudit(previous, of: communities)
            let full = try await auditor.audit(communities, on: city.auditDate, judging: range)
            expectSameReport(reaudit, full, "seed \(seed), step \(step)")
            previous = reaudit
        }
    }

    @Test("a fixed record loses its finding in the re-audit, as in a fresh audit")
    func fixedRecord() async throws {
        let city = SyntheticCity(communities: 60)
        var communities = city.communities
        let baseline = try await Auditor().audit(communities, on: city.auditDate)
        let short = try #require(
            baseline.findings.first { $0.ruleID == "SZ2011.19.activity-fund" && $0.severity == .violation })
        let index = try #require(communities.firstIndex { $0.id == short.communityID })
        guard case .money(let floor) = short.required?.value else {
            Issue.record("the activity-fund finding requires no amount: \(short)")
            return
        }
        communities[index].fundGrants.append(
            FundGrant(year: 2025, purpose: .activity, source: .district, amount: floor))
        let reaudit = try await Auditor().reaudit(baseline, of: communities)
        #expect(
            !reaudit.findings(about: communities[index].id).contains {
                $0.ruleID == "SZ2011.19.activity-fund" && $0.severity == .violation
            })
        expectSameReport(reaudit, try await Auditor().audit(communities, on: city.auditDate), "fixed grant")
    }

    @Test("a re-audit validates the records that changed")
    func changedRecordsAreValidated() async throws {
        let city = SyntheticCity(communities: 5)
        let baseline = try await Auditor().audit(city.communities, on: city.auditDate)
        var communities = city.communities
        communities[2].households = -1
        await #expect(throws: AuditError.self) { try await Auditor().reaudit(baseline, of: communities) }
    }
}
