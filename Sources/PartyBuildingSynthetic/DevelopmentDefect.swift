import PartyBuilding

/// The one way in which an applicant of ``SyntheticCity`` departs from the `NAT.dev.*` rules: a
/// quarter of the applicants at a step with defects have one (``CityStream/developmentDefect``,
/// value `v` below 25), the defect `v % n` of the `n` of their ``step``, in the order of the cases.
///
/// Every defect is valid data (``Community/validate(on:)`` accepts it) and is reported by its
/// ``ruleID`` in the audit of the city's year on its audit date. Every other step of the applicant
/// meets its rule.
public enum DevelopmentDefect: Int, Sendable, Hashable, CaseIterable {
    /// Applied in January–October and no talk by the audit date.
    case noTalk = 0
    /// Applied in January–October, the talk two months later.
    case talkLate = 1
    /// Sixteen or seventeen on applying.
    case tooYoung = 2
    /// A target ten months after becoming an activist.
    case activistYearShort = 3
    /// Admitted without a political review.
    case noPoliticalReview = 4
    /// Admitted after a training of 2 days.
    case shortTraining = 5
    /// Admitted in October, leaving the unit two months later.
    case leavingSoon = 6
    /// Admitted by a vote of 10 entitled, 7 present and 5 yes (short of the 6 needed), then approved.
    case voteShort = 7
    /// Approved four months after the vote (admitted in January–August): past the deadline, within
    /// the limit.
    case approvalAfterFourMonths = 8
    /// Approved seven months after the vote (admitted in January–May): beyond the limit.
    case approvalAfterSevenMonths = 9
    /// Approved by a street's sub-body (``Approval/Level/subBody``).
    case approvedBySubBody = 10
    /// Admitted the year before; probation ended in the year without a decision.
    case noDecision = 11
    /// Admitted in January–June, made full six months later, before the anniversary.
    case fullBeforeAnniversary = 12
    /// Admitted in November or December of the year before, approved two months later, made full on
    /// the anniversary without an oath.
    case fullWithoutOath = 13
    /// Probation extended by three months (admitted in October–December of the year before, so that
    /// it ends after the year).
    case shortExtension = 14

    /// The step of the applicants who have it.
    public var step: ApplicantStep {
        switch self {
        case .noTalk: .applied
        case .talkLate: .talkHeld
        case .tooYoung: .activist
        case .activistYearShort: .target
        case .noPoliticalReview, .shortTraining, .leavingSoon: .admitted
        case .voteShort, .approvalAfterFourMonths, .approvalAfterSevenMonths, .approvedBySubBody: .approved
        case .noDecision: .oathTaken
        case .fullBeforeAnniversary, .fullWithoutOath: .madeFull
        case .shortExtension: .extended
        }
    }

    /// The rule that reports it.
    public var ruleID: RuleID {
        switch self {
        case .noTalk, .talkLate: "NAT.dev.talk"
        case .tooYoung: "NAT.dev.min-age"
        case .activistYearShort: "NAT.dev.activist-year"
        case .noPoliticalReview: "NAT.dev.political-review"
        case .shortTraining: "NAT.dev.training"
        case .leavingSoon: "NAT.dev.leaving"
        case .voteShort: "NAT.dev.vote"
        case .approvalAfterFourMonths, .approvalAfterSevenMonths: "NAT.dev.approval"
        case .approvedBySubBody: "NAT.dev.approver"
        case .noDecision: "NAT.dev.full-membership"
        case .fullBeforeAnniversary: "NAT.dev.probation-start"
        case .fullWithoutOath: "NAT.dev.oath"
        case .shortExtension: "NAT.dev.extension"
        }
    }

    /// The defects of each step, by the step's raw value.
    private static let byStep = ApplicantStep.allCases.map { step in allCases.filter { $0.step == step } }

    /// The defect of an applicant at `step` whose ``CityStream/developmentDefect`` is `level`.
    static func of(_ step: ApplicantStep, level: Int) -> DevelopmentDefect? {
        let defects = byStep[step.rawValue]
        return level < 25 && !defects.isEmpty ? defects[level % defects.count] : nil
    }

    /// The defect of applicant `position` (0-based) of community `index` of any city with this seed,
    /// or `nil` for an applicant whose every step meets its rule.
    public static func ofApplicant(
        _ position: Int, inCommunityAt index: Int, seed: UInt64 = SyntheticStream.defaultSeed
    ) -> DevelopmentDefect? {
        let element = CityStream.recordIndex(community: index, record: position)
        return of(
            ApplicantStep.ofApplicant(position, inCommunityAt: index, seed: seed),
            level: CityStream.developmentDefect.stream(seed: seed).value(at: element, in: 0...99))
    }
}
