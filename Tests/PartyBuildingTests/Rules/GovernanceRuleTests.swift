import Foundation
import Testing

@testable import PartyBuilding

/// The rules over governance records (SZ2011, TA, MY, GRID, NAT.grid): the compliant community passes
/// each, one broken record fails it, and a community without the records cannot be checked.
@Suite("Governance rules")
struct GovernanceRuleTests {
    /// Every governance rule's ID.
    static let rules: [RuleID] = [
        "SZ2011.3.branch-sizing", "SZ2011.3.two-new-coverage", "SZ2011.5.coordination", "SZ2011.8.recruitment",
        "SZ2011.8.dual-report", "SZ2011.15.one-stop", "SZ2011.18.funds-follow-tasks", "SZ2011.19.office-share",
        "SZ2011.19.disclosure", "SZ2011.21.e-ledger", "TA.decision-chain", "TA.mediation-network",
        "MY.street-checklist", "MY.community-checklist", "MY.compound-branch", "MY.monthly-ledgers",
        "MY.six-bodies", "GRID.levels", "NAT.grid",
    ]

    /// The findings of `rule` that are failures (not information).
    func failures(_ rule: RuleID, _ community: Community, on date: CalendarDate = Fixture.auditDate) throws
        -> [Finding]
    {
        try GovernanceFixture.findings(rule, auditing: community, on: date).filter { $0.severity != .information }
    }

    @Test("the compliant community passes every governance rule", arguments: rules)
    func compliantPasses(rule: RuleID) throws {
        let found = try GovernanceFixture.findings(rule, auditing: GovernanceFixture.compliant())
        #expect(found.isEmpty, "\(found.map { $0.message(.english) })")
    }

    @Test("a community that records no governance cannot be checked: information only", arguments: rules)
    func nothingRecorded(rule: RuleID) throws {
        var community = GovernanceFixture.compliant()
        community.governance = CommunityGovernance()
        let found = try GovernanceFixture.findings(rule, auditing: community)
        #expect(found.allSatisfy { $0.severity == .information })
        for finding in found { expectMessages(finding) }
    }

    @Test("branch sizing: a general branch needs a branch under it; a branch needs none")
    func branchSizing() throws {
        let bare = Fixture.community(form: .generalBranch, formal: 60)
        let found = try failures("SZ2011.3.branch-sizing", bare)
        #expect(found.count == 1)
        #expect(found.first?.measured == .count(0, .organisations))
        expectFinding(
            try #require(found.first), rule: "SZ2011.3.branch-sizing", severity: .violation,
            subject: .organisation(Fixture.organisationID), article: "3")
        let branch = Fixture.community(form: .branch, formal: 10)
        #expect(try GovernanceFixture.findings("SZ2011.3.branch-sizing", auditing: branch).isEmpty)
    }

    @Test("two-new coverage: 3 formal members need an organisation of their own, 2 a joint branch or an instructor")
    func twoNewCoverage() throws {
        func unit(formal: Int?, own: String? = nil, joint: OrganisationID? = nil, instructor: String? = nil)
            -> Community
        {
            GovernanceFixture.with {
                $0.governance.residentUnits = [
                    ResidentUnit(
                        id: "U-9", name: "新兴公司", kind: .nonPublicEnterprise, formalMembers: formal,
                        ownOrganisation: own, jointOrganisationID: joint, instructor: instructor)
                ]
            }
        }
        #expect(try failures("SZ2011.3.two-new-coverage", unit(formal: 3)).count == 1)
        #expect(try failures("SZ2011.3.two-new-coverage", unit(formal: 3, own: "新兴公司党支部")).isEmpty)
        #expect(try failures("SZ2011.3.two-new-coverage", unit(formal: 2)).count == 1)
        #expect(try failures("SZ2011.3.two-new-coverage", unit(formal: 2, joint: "B-2")).isEmpty)
        #expect(try failures("SZ2011.3.two-new-coverage", unit(formal: 0, instructor: "党建指导员甲")).isEmpty)
        let uncounted = try GovernanceFixture.findings("SZ2011.3.two-new-coverage", auditing: unit(formal: nil))
        #expect(uncounted.map(\.severity) == [.information])
        let found = try failures("SZ2011.3.two-new-coverage", unit(formal: 4))
        #expect(found.first?.message(.chinese) == "新兴公司有正式党员 4 名，未单独建立党组织（正式党员 3 名以上应单独建立）")
    }

    @Test("coordination: the four bodies in one mechanism, with dated evidence")
    func coordination() throws {
        let withoutOwners = GovernanceFixture.with {
            $0.governance.coordination[0].participants.removeAll { $0 == .ownersCommittee }
        }
        let found = try failures("SZ2011.5.coordination", withoutOwners)
        #expect(found.count == 1)
        #expect(found.first?.message(.chinese).contains("业主委员会") == true)
        let noEvidence = GovernanceFixture.with { $0.governance.coordination[0].evidence = [] }
        #expect(try failures("SZ2011.5.coordination", noEvidence).count == 1)
        // Evidence dated after the audit date does not count on it.
        let later = GovernanceFixture.with {
            $0.governance.coordination[0].evidence = [Evidence(kind: .meeting, date: "2026-01-05", reference: "纪要")]
        }
        #expect(try failures("SZ2011.5.coordination", later).count == 1)
        #expect(try failures("SZ2011.5.coordination", later, on: "2026-01-31").isEmpty)
    }

    @Test("recruitment: by the street is a violation from 2011, not before")
    func recruitment() throws {
        let byStreet = GovernanceFixture.with { $0.governance.recruitments[1].organisedBy = .street }
        let found = try failures("SZ2011.8.recruitment", byStreet)
        #expect(found.map(\.subject) == [.worker("W-02")])
        #expect(found.first?.message(.chinese) == "社区工作者 W-02 由街道招录，社区工作者招录工作应由县级市、区统一组织实施")
        let in2010 = GovernanceFixture.with {
            $0.governance.recruitments = [
                WorkerRecruitment(workerID: "W-02", date: "2010-05-01", organisedBy: .street, organiser: "某街道")
            ]
        }
        let report = try Auditor(packs: PolicyPack.catalog).auditSequentially(
            [in2010], on: "2010-12-31", judging: .year(2010))
        #expect(!report.rulesApplied.contains("SZ2011.8.recruitment"))
    }

    @Test("dual report: both audiences each year; a year the organisation did not live through is not judged")
    func dualReport() throws {
        let oneSided = GovernanceFixture.with { $0.governance.secretaryReports.removeLast() }
        let found = try failures("SZ2011.8.dual-report", oneSided)
        #expect(found.count == 1)
        #expect(found.first?.message(.chinese) == "2025年社区党组织书记未向党员群众述职（应向街道党工委和党员群众双向述职）")
        let foundedLate = GovernanceFixture.with {
            $0.governance.secretaryReports.removeLast()
            $0.organisations[0].founded = "2025-03-01"
        }
        #expect(try failures("SZ2011.8.dual-report", foundedLate).isEmpty)
    }

    @Test("one-stop: the secretary's post needs a badge and must be held on the audit date")
    func oneStop() throws {
        let noBadge = GovernanceFixture.with { $0.governance.oneStopPosts[0].wearsNameBadge = false }
        #expect(try failures("SZ2011.15.one-stop", noBadge).first?.message(.chinese) == "社区党组织书记 W-01 在“一站式”大厅未挂牌上岗")
        let left = GovernanceFixture.with { $0.governance.oneStopPosts[0].until = "2025-12-30" }
        #expect(try failures("SZ2011.15.one-stop", left).count == 1)
        let lastDay = GovernanceFixture.with { $0.governance.oneStopPosts[0].until = "2025-12-31" }
        #expect(try failures("SZ2011.15.one-stop", lastDay).isEmpty)
    }

    @Test("funds follow tasks: zero funding is a violation, unrecorded funding cannot be checked")
    func fundsFollowTasks() throws {
        let zero = GovernanceFixture.with { $0.governance.delegatedTasks[0].funding = .zero }
        let found = try failures("SZ2011.18.funds-follow-tasks", zero)
        #expect(found.first?.message(.chinese) == "区民政局委托的“高龄津贴审核”拨付的工作经费为 0.00 元，委托社区承办的事项应拨付相应的工作经费")
        let oneFen = GovernanceFixture.with { $0.governance.delegatedTasks[0].funding = Money(fen: 1) }
        #expect(try failures("SZ2011.18.funds-follow-tasks", oneFen).isEmpty)
        let unrecorded = GovernanceFixture.with { $0.governance.delegatedTasks[0].funding = nil }
        #expect(
            try GovernanceFixture.findings("SZ2011.18.funds-follow-tasks", auditing: unrecorded).map(\.severity) == [
                .information
            ])
    }

    @Test("office share: more than zero of a year with work funds; a year without its share cannot be checked")
    func officeShare() throws {
        let zero = GovernanceFixture.with { $0.governance.officeFundShares[0].amount = .zero }
        #expect(try failures("SZ2011.19.office-share", zero).count == 1)
        let otherYear = GovernanceFixture.with { $0.governance.officeFundShares[0].year = 2024 }
        #expect(
            try GovernanceFixture.findings("SZ2011.19.office-share", auditing: otherYear).map(\.severity) == [
                .information
            ])
        let noFunds = GovernanceFixture.with {
            $0.fundGrants.removeAll { $0.purpose == .work }
            $0.governance.officeFundShares[0].amount = .zero
        }
        #expect(try GovernanceFixture.findings("SZ2011.19.office-share", auditing: noFunds).isEmpty)
    }

    @Test("disclosure: both funds of the year, by the audit date")
    func disclosure() throws {
        let activityOnly = GovernanceFixture.with { $0.governance.fundDisclosures[0].funds = [.activity] }
        let found = try failures("SZ2011.19.disclosure", activityOnly)
        #expect(found.first?.message(.chinese) == "2025年的党组织办公经费未在一定范围内公示或通报")
        let late = GovernanceFixture.with { $0.governance.fundDisclosures[0].date = "2026-01-10" }
        #expect(try failures("SZ2011.19.disclosure", late).count == 1)
    }

    @Test("electronic ledger: needs dated evidence; a community keeping its governance but no ledger fails")
    func electronicLedger() throws {
        let none = GovernanceFixture.with { $0.governance.electronicLedger = nil }
        #expect(try failures("SZ2011.21.e-ledger", none).count == 1)
        let noEvidence = GovernanceFixture.with { $0.governance.electronicLedger?.evidence = [] }
        #expect(try failures("SZ2011.21.e-ledger", noEvidence).count == 1)
    }

    @Test("decision chain: a missing step and a step dated before the one it follows are each flagged")
    func decisionChain() throws {
        let skipped = GovernanceFixture.with { $0.governance.decisions[0].steps.remove(at: 2) }
        let missing = try failures("TA.decision-chain", skipped)
        #expect(missing.count == 1)
        #expect(missing.first?.message(.chinese) == "重大事项“老旧小区加装电梯”缺少以下环节：居民代表听证")
        let reversed = GovernanceFixture.with { $0.governance.decisions[0].steps[2].date = "2025-03-04" }
        let found = try failures("TA.decision-chain", reversed)
        #expect(found.count == 1)
        #expect(
            found.first?.message(.chinese)
                == "重大事项“老旧小区加装电梯”的环节顺序颠倒：“居民代表听证”（2025年3月4日）、“社区党员议事会参与”（2025年3月5日），前者应在后者之后")
        // The same day as the step before is in order.
        let sameDay = GovernanceFixture.with { $0.governance.decisions[0].steps[2].date = "2025-03-05" }
        #expect(try failures("TA.decision-chain", sameDay).isEmpty)
        // A decision of 2024 is judged with 2024.
        let earlier = GovernanceFixture.with {
            $0.governance.decisions[0].steps = $0.governance.decisions[0].steps.map {
                var step = $0
                step.date = step.date.adding(years: -1)
                return step
            }
            $0.governance.decisions[0].steps.removeLast()
        }
        #expect(try failures("TA.decision-chain", earlier).isEmpty)
    }

    @Test("mediation network: five levels, each with evidence by the audit date")
    func mediationNetwork() throws {
        let four = GovernanceFixture.with { $0.governance.mediationNetwork.removeLast() }
        let found = try failures("TA.mediation-network", four)
        #expect(found.first?.measured == .count(4, .levels))
        #expect(found.first?.message(.chinese).contains("第5级（未记录）") == true)
        let unproven = GovernanceFixture.with { $0.governance.mediationNetwork[1].evidence = [] }
        #expect(try failures("TA.mediation-network", unproven).first?.message(.chinese).contains("第2级（无证明）") == true)
    }

    @Test("checklists: the item count the document states, an assessment each year, completion exact")
    func checklists() throws {
        let short = GovernanceFixture.with {
            $0.governance.checklists[0].headings[0].items.removeLast()
            $0.governance.checklistAssessments[0].completedItems = 43
        }
        let found = try failures("MY.street-checklist", short)
        #expect(found.count == 1)
        #expect(found.first?.measured == .count(43, .items))
        #expect(found.first?.required == Requirement(.exactly, .count(44, .items)))
        #expect(found.first?.message(.chinese) == "“一核四强”规范化建设清单有 43 项，文件规定为 44 项，二者不符")
        let partial = GovernanceFixture.with { $0.governance.checklistAssessments[1].completedItems = 40 }
        let incomplete = try failures("MY.community-checklist", partial)
        #expect(incomplete.first?.measured == .share(Ratio(40, 48)))
        #expect(incomplete.first?.message(.chinese) == "2025年“六化体系”规范化建设清单共 48 项，完成 40 项，完成率 83.33%")
        let unassessed = GovernanceFixture.with { $0.governance.checklistAssessments.removeAll() }
        #expect(try failures("MY.community-checklist", unassessed).count == 1)
    }

    @Test("compound branch: a courtyard without a branch, and buildings without a group, are listed")
    func compoundBranch() throws {
        let bare = GovernanceFixture.with {
            $0.governance.compounds[0].organisationID = nil
            $0.governance.compounds[0].buildings[1].partyGroupID = nil
        }
        let found = try failures("MY.compound-branch", bare)
        #expect(found.count == 2)
        #expect(found.last?.message(.chinese) == "小区“东关大街12号院”的以下楼栋未建立楼栋党小组：2号楼")
        let other = GovernanceFixture.with {
            $0.governance.compounds[0].kind = .other
            $0.governance.compounds[0].organisationID = nil
        }
        #expect(try failures("MY.compound-branch", other).isEmpty)
    }

    @Test("monthly ledgers: an update exactly a month before the audit date counts, a day earlier does not")
    func monthlyLedgers() throws {
        func ledgers(lastUpdate: CalendarDate) -> Community {
            GovernanceFixture.with {
                $0.governance.ledgers[0].updates = [lastUpdate]
            }
        }
        #expect(try failures("MY.monthly-ledgers", ledgers(lastUpdate: "2025-11-30")).isEmpty)
        let stale = try failures("MY.monthly-ledgers", ledgers(lastUpdate: "2025-11-29"))
        #expect(stale.count == 1)
        #expect(stale.first?.message(.chinese) == "困难群众台账最后更新于2025年11月29日，应不早于2025年11月30日（实施“月更新”动态管理）")
        // 31 March: one month before is 28 February, the month's end. The later updates are not
        // counted on 31 March, and each ledger that has them says so.
        func march(_ lastUpdate: CalendarDate) -> Community {
            GovernanceFixture.with {
                for index in $0.governance.ledgers.indices { $0.governance.ledgers[index].updates = [lastUpdate] }
            }
        }
        #expect(try failures("MY.monthly-ledgers", march("2025-02-28"), on: "2025-03-31").isEmpty)
        #expect(try failures("MY.monthly-ledgers", march("2025-02-27"), on: "2025-03-31").count == 3)
        let future = try GovernanceFixture.findings(
            "MY.monthly-ledgers", auditing: GovernanceFixture.compliant(), on: "2025-03-31")
        #expect(future.count == 3 && future.allSatisfy { $0.severity == .information })
        #expect(future.first?.message(.chinese) == "困难群众台账有晚于核查日期的更新（2025年4月5日），本次核查不计入")
        let missing = GovernanceFixture.with { $0.governance.ledgers.removeAll { $0.kind == .petitions } }
        #expect(try failures("MY.monthly-ledgers", missing).count == 1)
    }

    @Test("six bodies: each of the six, the recorded four with evidence")
    func sixBodies() throws {
        let noOwners = GovernanceFixture.with {
            $0.governance.bodies.removeAll { $0.kind == .ownersCommittee }
            $0.governance.bodies[0].evidence = []
        }
        let found = try failures("MY.six-bodies", noOwners)
        #expect(found.first?.message(.chinese) == "“六位一体”共治体系不完整：居务监督委员会（无证明）、业主委员会（未建立）")
        let noCommittees = GovernanceFixture.with { $0.residentsCommittees = nil }
        let unrecorded = try GovernanceFixture.findings("MY.six-bodies", auditing: noCommittees)
        #expect(unrecorded.map(\.severity) == [.information])
    }

    @Test("grid levels: one leader a grid, every member in exactly one level-4 grid, all four levels")
    func gridLevels() throws {
        let twoLeaders = GovernanceFixture.with { $0.governance.grids[4].leaders.append(GridLeader(name: "副格长")) }
        let found = try failures("GRID.levels", twoLeaders)
        #expect(found.first?.measured == .count(2, .people))
        #expect(found.first?.message(.chinese) == "网格“东片四级网格”有格长 2 人，每个网格应确定格长（联络员）1名")
        let noLeader = GovernanceFixture.with { $0.governance.grids[0].leaders = [] }
        #expect(try failures("GRID.levels", noLeader).count == 1)
        let leftOut = GovernanceFixture.with { $0.governance.grids[5].memberIDs.removeLast() }
        let outside = try failures("GRID.levels", leftOut)
        #expect(outside.first?.message(.chinese) == "有 1 名党员未划入四级网格：B-B-2-2")
        let twice = GovernanceFixture.with { $0.governance.grids[5].memberIDs.append($0.members[0].id) }
        #expect(try failures("GRID.levels", twice).first?.measured == .count(1, .members))
        let threeLevels = GovernanceFixture.with { $0.governance.grids.removeAll { $0.level == 2 } }
        // The level-3 grids' parent is then unknown: validation refuses it, so remove the parent too.
        let flat = GovernanceFixture.with {
            $0.governance.grids.removeAll { $0.level == 2 }
            for index in $0.governance.grids.indices where $0.governance.grids[index].level == 3 {
                $0.governance.grids[index].parentID = nil
            }
        }
        #expect(throws: AuditError.self) { try failures("GRID.levels", threeLevels) }
        #expect(try failures("GRID.levels", flat).first?.message(.chinese) == "社区党建网格共有 3 级，缺少第2级（社区基层党建分为四级网格）")
    }

    @Test("NAT.grid: a level-3 or level-4 grid needs a branch or a group; the leadership's grids do not")
    func gridOrganisation() throws {
        let bare = GovernanceFixture.with { $0.governance.grids[4].partyGroupID = nil }
        let found = try failures("NAT.grid", bare)
        #expect(found.first?.message(.chinese) == "网格“东片四级网格”上未建立党支部或党小组（应将党支部或党小组建在网格上）")
        #expect(found.first?.citation.document == "NAT")
        #expect(try failures("NAT.grid", GovernanceFixture.compliant()).isEmpty)
    }
}

/// Every message of the TA, MY, GRID and DG governance rules, reached by a broken record each, reads
/// as plain text in its language (the SZ2011 and NAT ones are in the message golden tests).
@Suite("Governance rules: messages")
struct GovernanceMessageTests {
    /// Each template, by name.
    static let templates: [(name: String, template: MessageTemplate)] = [
        ("DecisionChainRule.missingSteps", TA.DecisionChainRule.missingSteps),
        ("DecisionChainRule.outOfOrder", TA.DecisionChainRule.outOfOrder),
        ("MediationNetworkRule.incomplete", TA.MediationNetworkRule.incomplete),
        ("ChecklistRule.itemCount", MY.ChecklistRule.itemCount),
        ("ChecklistRule.notAssessed", MY.ChecklistRule.notAssessed),
        ("ChecklistRule.incomplete", MY.ChecklistRule.incomplete),
        ("CompoundBranchRule.noBranch", MY.CompoundBranchRule.noBranch),
        ("CompoundBranchRule.noGroup", MY.CompoundBranchRule.noGroup),
        ("MonthlyLedgersRule.afterAuditDate", MY.MonthlyLedgersRule.afterAuditDate),
        ("MonthlyLedgersRule.notKept", MY.MonthlyLedgersRule.notKept),
        ("MonthlyLedgersRule.neverUpdated", MY.MonthlyLedgersRule.neverUpdated),
        ("MonthlyLedgersRule.stale", MY.MonthlyLedgersRule.stale),
        ("SixBodiesRule.incomplete", MY.SixBodiesRule.incomplete),
        ("GridLevelsRule.missingLevels", GRID.GridLevelsRule.missingLevels),
        ("GridLevelsRule.leaders", GRID.GridLevelsRule.leaders),
        ("GridLevelsRule.outside", GRID.GridLevelsRule.outside),
        ("GridLevelsRule.twice", GRID.GridLevelsRule.twice),
        ("IndicatorsRule.mediation", DG.IndicatorsRule.mediation),
        ("IndicatorsRule.satisfaction", DG.IndicatorsRule.satisfaction),
        ("IndicatorsRule.training", DG.IndicatorsRule.training),
        ("IndicatorsRule.participation", DG.IndicatorsRule.participation),
        ("IndicatorsRule.units", DG.IndicatorsRule.units),
        ("IndicatorsRule.unitsPartly", DG.IndicatorsRule.unitsPartly),
    ]

    /// Communities that break one record each, so that every template is reached.
    static func broken() -> [Community] {
        [
            GovernanceFixture.with {
                $0.governance.decisions[0].steps.remove(at: 1)
                $0.governance.decisions[0].steps[2].date = "2025-02-01"
                $0.governance.mediationNetwork.removeLast()
                $0.governance.checklists[0].headings[0].items.removeLast()
                $0.governance.checklistAssessments[0].completedItems = 40
                $0.governance.checklistAssessments.removeLast()
                $0.governance.compounds[0].organisationID = nil
                $0.governance.compounds[0].buildings[0].partyGroupID = nil
                $0.governance.ledgers[0].updates = ["2025-10-01", "2026-01-05"]
                $0.governance.ledgers[1].updates = []
                $0.governance.ledgers.removeLast()
                $0.governance.bodies.removeFirst()
                $0.governance.grids[0].leaders = []
                $0.governance.grids[5].memberIDs.removeLast()
                $0.governance.grids[5].memberIDs.append($0.members[0].id)
                $0.governance.residentUnits[2].members = nil
            },
            GovernanceFixture.with {
                $0.governance.grids.removeAll { $0.level == 2 }
                for index in $0.governance.grids.indices where $0.governance.grids[index].level == 3 {
                    $0.governance.grids[index].parentID = nil
                }
            },
        ]
    }

    @Test("every template is reached, and each message reads as plain text in its language")
    func messages() throws {
        var found: [Finding] = []
        for community in Self.broken() {
            found += try Auditor(packs: PolicyPack.catalog).auditSequentially([community], on: Fixture.auditDate)
                .findings.filter {
                    ["TA", "MY", "GRID", "DG"].contains($0.ruleID.rawValue.split(separator: ".").first)
                }
        }
        for (name, template) in Self.templates {
            #expect(found.contains { $0.template === template }, "no sample reaches \(name)")
        }
        for finding in found {
            expectMessages(finding)
            let chinese = finding.message(.chinese)
            for symbol in ["×", "/", "≥", "≤", ">", "<", "=", "{", "}"] {
                #expect(!chinese.contains(symbol), "\(finding.ruleID): \"\(symbol)\" in \(chinese)")
            }
            #expect(finding.message(.english).first?.isUppercase == true, "\(finding.message(.english))")
            #expect(
                chinese.range(of: #"[\p{Han}] [\p{Han}]"#, options: .regularExpression) == nil,
                "a space between Chinese characters in \(chinese)")
        }
    }
}
