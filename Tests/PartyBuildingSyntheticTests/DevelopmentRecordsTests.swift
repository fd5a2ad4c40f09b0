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
        "NAT.dev.probation-start": admission, "NAT.dev.full-membership": overdue,
        "NAT.dev.extension": { $0.probation.extended?.date }, "NAT.dev.oath": { $0.approval?.date },
    ]

    /// The day the branch meeting admitted the applicant.
    @Sendable static func admission(_ applicant: Applicant) -> CalendarDate? {
        applicant.vote.flatMap { $0.passes ? $0.date : nil }
    }

    /// The first day a decision on full membership is overdue: the day after the anniversary of the
    /// admission, plus an extension's months.
    @Sendable static func overdue(_ applicant: Applicant) -> CalendarDate? {
        admission(applicant).flatMap {
            $0.adding(years: 1).adding(months: applicant.probation.extended?.months ?? 0).adding(days: 1)
        }
    }

    /// The applicants of the city with their community's index and position.
    static var applicants: [(community: Int, position: Int, applicant: Applicant)] {
        city.communities.enumerated().flatMap { index, community in
            community.applicants.enumerated().map { (index, $0, $1) }
        }
    }

    /// The audit the city is built for: its year, on its audit date.
    static func audit() async throws -> AuditReport {
        try await Auditor(packs: PolicyPack.builtIn).audit(
            city.communities, on: city.auditDate, judging: .year(city.year))
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

    /// Each defect is reported by its rule about its applicant in the audit of the year, and nothing
    /// else of the pipeline is.
    @Test func defectsAreReportedByTheirRulesAndNothingElse() async throws {
        let report = try await Self.audit()
        var keys: [(CommunityID, Subject, RuleID)] = []
        for (community, position, applicant) in Self.applicants {
            guard let defect = DevelopmentDefect.ofApplicant(position, inCommunityAt: community) else { continue }
            keys.append((Self.city.communities[community].id, Subject.applicant(applicant.id), defect.ruleID))
        }
        let found = report.findings.filter { $0.ruleID.rawValue.hasPrefix("NAT.dev.") }
        #expect(found.allSatisfy { $0.severity != .information })
        let reported = Set(found.map { "\($0.communityID?.rawValue ?? "") \($0.subject) \($0.ruleID)" })
        #expect(reported == Set(keys.map { "\($0.0) \($0.1) \($0.2)" }))
        #expect(found.count == keys.count)
    }

    /// Every rule of the pipeline fails in some community and passes in another that has an
    /// applicant it judges, in the audit of the city's year on the city's audit date.
    @Test func everyDevelopmentRuleFailsAndPassesSomewhere() async throws {
        let year = try await Self.audit()
        #expect(Self.ruleIDs.count == 13)
        for id in Self.ruleIDs {
            let anchor = try #require(Self.anchors[id], "\(id): the step it judges is not known")
            #expect(year.rulesApplied.contains(id), "\(id) not in force")
            #expect(year.findings.contains { $0.ruleID == id && $0.severity != .information }, "\(id) never fails")
            let passing = Self.city.communities.contains { community in
                community.applicants.contains { anchor($0).map { $0.year == Self.city.year } ?? false }
                    && !year.findings(about: community.id).contains { $0.ruleID == id }
            }
            #expect(passing, "\(id) never passes")
        }
    }
}
