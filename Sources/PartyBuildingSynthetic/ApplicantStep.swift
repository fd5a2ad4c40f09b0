import PartyBuilding

/// The furthest step of an applicant's pipeline of admission in ``SyntheticCity``, finer than
/// ``DevelopmentStage``: each community has 2–8 applicants (``CityStream/applicants``), each at the
/// step ``CityStream/applicantStep`` picks.
///
/// A step's dates are drawn from ``CityStream/applicantMonth`` and ``CityStream/applicantDay`` (the
/// anchor's month and day, each step a week or whole months after the one before, so that no date
/// needs clamping); an applicant is 18–45 on applying (``CityStream/applicantAge``,
/// ``CityStream/applicantBirthday``). Every step the `NAT.dev.*` rules judge falls in the city's
/// year for some applicants and meets its rule, unless the applicant departs from it in the one way
/// of its ``DevelopmentDefect``:
///
/// | Step | Dated | Its defects |
/// |---|---|---|
/// | ``applied`` | applied in December | ``DevelopmentDefect/noTalk`` |
/// | ``talkHeld`` | applied in January–November, the talk a week later | ``DevelopmentDefect/talkLate`` |
/// | ``activist`` | applied in January–August, an activist four months later | ``DevelopmentDefect/tooYoung`` |
/// | ``target`` | a target in the year, 13 months after becoming an activist | ``DevelopmentDefect/activistYearShort`` |
/// | ``admitted`` | admitted in October–December, the approval pending | political review, training, leaving |
/// | ``approved`` | admitted in January–September, approved a month later | vote, approval, approver |
/// | ``oathTaken`` | admitted in January–October, the oath a week after the approval | ``DevelopmentDefect/noDecision`` |
/// | ``madeFull`` | admitted the year before, made full on the anniversary | probation start, oath |
/// | ``extended`` | admitted the year before, extended on the anniversary by 6 months (12 when they would end in the year) | ``DevelopmentDefect/shortExtension`` |
/// | ``disqualified`` | admitted the year before, disqualified on the anniversary | none |
///
/// Before a target: the application, a talk a week later, the designation as an activist four
/// months after the application, with the first two members of the branch's Party group as contacts
/// (formal members all year). Before the vote: the target's designation three months before it, filed
/// a week later; the political review two months before; the training (3 days, or 24 class hours
/// when the day is odd) and the pre-review one month before. The vote: 10–40 entitled
/// (``CityStream/voteEntitled``), a fifth of them absent, all but one of those present for. The
/// approval by the street's working committee; the oath a week after it.
public enum ApplicantStep: Int, Sendable, Hashable, CaseIterable {
    /// Applied; no talk yet.
    case applied = 0
    /// The talk held; not yet an activist.
    case talkHeld = 1
    /// An activist; not yet a development target.
    case activist = 2
    /// A development target; no vote that admitted yet.
    case target = 3
    /// Admitted as a probationary member by the branch meeting; the approval pending.
    case admitted = 4
    /// The admission approved; no oath yet.
    case approved = 5
    /// The oath taken; no decision on probation yet.
    case oathTaken = 6
    /// Made a full member.
    case madeFull = 7
    /// Probation extended; no decision yet.
    case extended = 8
    /// Disqualified during probation.
    case disqualified = 9

    /// The furthest step `applicant`'s records show: an approval after a vote that did not admit
    /// counts as ``approved``.
    public init(of applicant: Applicant) {
        let probation = applicant.probation
        self =
            if probation.disqualified != nil { .disqualified } else if probation.fullMembership != nil {
                .madeFull
            } else if probation.extended != nil { .extended } else if applicant.oath != nil {
                .oathTaken
            } else if applicant.approval != nil { .approved } else if applicant.vote?.passes == true {
                .admitted
            } else if applicant.target != nil { .target } else if applicant.activist != nil {
                .activist
            } else if applicant.talk != nil { .talkHeld } else { .applied }
    }

    /// The step of applicant `position` (0-based) of community `index` of any city with this seed.
    public static func ofApplicant(
        _ position: Int, inCommunityAt index: Int, seed: UInt64 = SyntheticStream.defaultSeed
    )
        -> ApplicantStep
    {
        let element = CityStream.recordIndex(community: index, record: position)
        return allCases[CityStream.applicantStep.stream(seed: seed).value(at: element, in: 0...(allCases.count - 1))]
    }
}
