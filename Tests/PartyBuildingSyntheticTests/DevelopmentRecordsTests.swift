import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// The synthetic city's applicants: deterministic, at every step, valid, and departing from the
/// `NAT.dev.*` rules exactly where their ``DevelopmentDefect`` says, so that every such rule passes
/// somewhere and fails somewhere.
@Suite struct DevelopmentRecordsTests {
    static let city = SyntheticCity(communities: 300)

    /// The rules of the pipeline, from the national pack.
    static let ruleIDs = NAT.rules.map(\.descriptor.id).filter { $0.rawValue.hasPrefix("NAT.dev.") }

    /// The step each rule judges an applicant by: the rule judges the applicants whose step falls in
    /// the periods audited.
    static let anchors: [RuleID: @Sendable (Applicant) -> CalendarDate?] = [
        "NAT.dev.min-age": \.applied, "NAT.dev.talk": \.applied, "NAT.dev.activist-year": { $0.target?.date },
        "NAT.dev.political-review": admission, "NAT.dev.training": admission, "NAT.dev.leaving": admission,
        "NAT.dev.vote": { $0.vote?.date }, "NAT.dev.approval": admission, "NAT.dev.approver": { $0.approval?.date },
        "NAT.dev.probation-start": admission, "NAT.dev.full-membership": admission,
        "NAT.dev.extension": { $0.probation.extended?.date }, "NAT.dev.oath": { $0.approval?.date },
    ]

    /// The day the branch meeting admitted the applicant.
    @Sendable static func admission(_ applicant: Applicant) -> CalendarDate? {
        applicant.vote.flatMap { $0.passes ? $0.date : nil }
    }

    /// The applicants of the city with their community's index and position.
    static var applicants: [(community: Int, position: Int, applicant: Applicant)] {
        city.communities.enumerated().flatMap { index, community in
            community.applicants.enumerated().map { (index, $0, $1) }
        }
    }

    /// The audit the city is built for, and the audit of the year before on the same date.
    static func audits() async throws -> (year: AuditReport, yearBefore: AuditReport) {
        let auditor = Auditor(packs: PolicyPack.builtIn)
        let year = try await auditor.audit(city.communities, on: city.auditDate, judging: .year(city.year))
        let before = try await auditor.audit(city.communities, on: city.auditDate, judging: .year(city.year - 1))
        return (year, before)
    }

    @Test func applicantsAreDeterministic() {
        let again = SyntheticCity(communities: 60)
        #expect(again.communities.map(\.applicants) == Self.city.communities.prefix(60).map(\.applicants))
        let other = SyntheticCity(communities: 5, seed: 7)
        #expect(other.communities.map(\.applicants) != Self.city.communities.prefix(5).map(\.applicants))
        #expect(SyntheticCity.community(at: 123).applicants == Self.city.communities[123].applicants)
    }

    @Test func everyCommunityValidatesAndHasAHandfulOfApplicants() throws {
        for community in Self.city.communities {
            try community.validate(on: Self.city.auditDate)
            #expect((2...8).contains(community.applicants.count), "\(community.id)")
            #expect(community.applicants.allSatisfy { $0.memberID == nil })
        }
    }

    @Test func everyStepAndEveryDefectOccurs() {
        var steps: [ApplicantStep: Int] = [:]
        var defects: [DevelopmentDefect: Int] = [:]
        for (community, position, applicant) in Self.applicants {
            let step = ApplicantStep(of: applicant)
            steps[step, default: 0] += 1
            #expect(step == ApplicantStep.ofApplicant(position, inCommunityAt: community), "\(applicant.id)")
            if let defect = DevelopmentDefect.ofApplicant(position, inCommunityAt: community) {
                #expect(defect.step == step)
                defects[defect, default: 0] += 1
            }
        }
        #expect(Set(steps.keys) == Set(ApplicantStep.allCases), "\(steps)")
        #expect(Set(defects.keys) == Set(DevelopmentDefect.allCases), "\(defects)")
        #expect(Set(DevelopmentDefect.allCases.map(\.ruleID)) == Set(Self.ruleIDs))
    }

    @Test func contactsAreFormalMembersOfTheBranch() {
        for community in Self.city.communities {
            for applicant in community.applicants {
                for contact in applicant.activist?.contacts ?? [] {
                    let member = community.members.first { $0.id == contact }
                    #expect(member?.organisationID == applicant.organisationID, "\(community.id) \(applicant.id)")
                    #expect(
                        member?.events.allSatisfy { !$0.kind.beginsMembership && !$0.kind.endsMembership } == true,
                        "\(community.id) \(applicant.id)")
                }
            }
        }
    }

    @Test func nothingIsDatedAfterTheAuditDate() {
        for (_, _, applicant) in Self.applicants {
            let dates: [CalendarDate?] = [
                applicant.applied, applicant.talk, applicant.activist?.date, applicant.target?.filedOn,
                applicant.politicalReview?.date, applicant.training?.date, applicant.leavingOn, applicant.vote?.date,
                applicant.approval?.date, applicant.oath, applicant.probation.extended?.date,
                applicant.probation.fullMembership, applicant.probation.disqualified,
            ]
            #expect(dates.allSatisfy { ($0 ?? Self.city.auditDate) <= Self.city.auditDate }, "\(applicant.id)")
        }
    }

    /// Each defect is reported by its rule about its applicant, and nothing else of the pipeline is:
    /// in the audit of the year, or, for a probation that ended without a decision, of the year before.
    @Test func defectsAreReportedByTheirRulesAndNothingElse() async throws {
        let (year, before) = try await Self.audits()
        var expected: [(CommunityID, Subject, RuleID)] = []
        var expectedBefore: [(CommunityID, Subject, RuleID)] = []
        for (community, position, applicant) in Self.applicants {
            guard let defect = DevelopmentDefect.ofApplicant(position, inCommunityAt: community) else { continue }
            let key = (Self.city.communities[community].id, Subject.applicant(applicant.id), defect.ruleID)
            if defect == .noDecision { expectedBefore.append(key) } else { expected.append(key) }
        }
        for (report, keys) in [(year, expected), (before, expectedBefore)] {
            let found = report.findings.filter { $0.ruleID.rawValue.hasPrefix("NAT.dev.") }
            #expect(found.allSatisfy { $0.severity != .information })
            let reported = Set(found.map { "\($0.communityID?.rawValue ?? "") \($0.subject) \($0.ruleID)" })
            #expect(reported == Set(keys.map { "\($0.0) \($0.1) \($0.2)" }))
            #expect(found.count == keys.count)
        }
    }

    /// Every rule of the pipeline fails in some community and passes in another that has an
    /// applicant it judges, in the audit of the city's year on the city's audit date; a probation
    /// is judged in the month of the vote, so one that ended in the year without a decision fails
    /// only in the audit of the year before.
    @Test func everyDevelopmentRuleFailsAndPassesSomewhere() async throws {
        let (year, before) = try await Self.audits()
        #expect(Self.ruleIDs.count == 13)
        let judgedTheYearBefore: Set<RuleID> = ["NAT.dev.full-membership"]
        for id in Self.ruleIDs {
            let anchor = try #require(Self.anchors[id], "\(id): the step it judges is not known")
            let failing = judgedTheYearBefore.contains(id) ? before : year
            #expect(year.rulesApplied.contains(id), "\(id) not in force")
            #expect(failing.findings.contains { $0.ruleID == id && $0.severity != .information }, "\(id) never fails")
            let passing = Self.city.communities.contains { community in
                community.applicants.contains { anchor($0).map { $0.year == Self.city.year } ?? false }
                    && !year.findings(about: community.id).contains { $0.ruleID == id }
            }
            #expect(passing, "\(id) never passes")
        }
    }
}
