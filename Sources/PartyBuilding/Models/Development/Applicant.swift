/// The ID of an ``Applicant``.
public typealias ApplicantID = Identifier<Applicant>

/// A person in the pipeline of admission (发展党员): from the application to full membership, each
/// step dated.
///
/// 中共中央办公厅《中国共产党发展党员工作细则》(2014): 申请入党 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员. Each step
/// is a field of its own, absent until it is taken (``DevelopmentStage`` names the article of each).
/// The pipeline feeds the member's record: once admitted, ``memberID`` names the ``Member`` whose
/// events must include the admission on the vote's date, an extension and the full membership
/// (``membershipEvents``).
public struct Applicant: Sendable, Hashable, Codable, Identifiable {
    /// The applicant's ID, unique within the community.
    public var id: ApplicantID
    /// The applicant's name (sample data invents its people).
    public var name: String
    /// The day of birth, when recorded (`NAT.dev.min-age`).
    public var birthDate: CalendarDate?
    /// The branch that handles the application.
    public var organisationID: OrganisationID
    /// The member record once admitted as a probationary member.
    public var memberID: MemberID?
    /// The day the Party organisation received the written application (收到入党申请书).
    public var applied: CalendarDate
    /// The talk with the applicant (派人谈话).
    public var talk: CalendarDate?
    /// The designation as an activist (入党积极分子), with the contact persons.
    public var activist: ActivistDesignation?
    /// The designation as a development target (发展对象).
    public var target: TargetDesignation?
    /// The political review (政治审查).
    public var politicalReview: PoliticalReview?
    /// The short intensive training (集中培训).
    public var training: IntensiveTraining?
    /// The pre-review by the higher committee (预审).
    public var preReview: CalendarDate?
    /// The day the target is to leave the unit where they work or study, when known
    /// (`NAT.dev.leaving`).
    public var leavingOn: CalendarDate?
    /// The branch meeting's vote (支部大会讨论).
    public var vote: BranchVote?
    /// The higher committee's approval (上级党委审批).
    public var approval: Approval?
    /// The oath (入党宣誓).
    public var oath: CalendarDate?
    /// How probation ended, or was extended.
    public var probation: ProbationDecisions

    /// Creates an applicant who has applied; the later steps start absent.
    public init(
        id: ApplicantID, name: String, organisationID: OrganisationID, applied: CalendarDate,
        birthDate: CalendarDate? = nil, memberID: MemberID? = nil
    ) {
        self.id = id
        self.name = name
        self.organisationID = organisationID
        self.applied = applied
        self.birthDate = birthDate
        self.memberID = memberID
        self.probation = ProbationDecisions()
    }

    /// The stage reached on `date` (inclusive), from the steps dated on or before it.
    public func stage(on date: CalendarDate) -> DevelopmentStage? {
        if let full = probation.fullMembership, full <= date { return .fullMember }
        if let disqualified = probation.disqualified, disqualified <= date { return .disqualified }
        if let vote, vote.date <= date, vote.passes { return .probationary }
        if let target, target.date <= date { return .target }
        if let activist, activist.date <= date { return .activist }
        return applied <= date ? .applicant : nil
    }

    /// The membership events the pipeline implies for the member record: admitted on the vote's
    /// date (预备期从支部大会通过其为预备党员之日算起), the extension, made full on the decision's date.
    public var membershipEvents: [MembershipEvent] {
        var events: [MembershipEvent] = []
        guard let vote, vote.passes else { return events }
        events.append(MembershipEvent(.admitted, on: vote.date))
        if let extended = probation.extended {
            events.append(MembershipEvent(.probationExtended(months: extended.months), on: extended.date))
        }
        if let full = probation.fullMembership { events.append(MembershipEvent(.madeFull, on: full)) }
        return events
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, birthDate, organisationID, memberID, applied, talk, activist, target, politicalReview,
            training, preReview, leavingOn, vote, approval, oath, probation
    }

    /// Decodes an applicant; the steps not yet taken are absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ApplicantID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        birthDate = try container.decodeIfPresent(CalendarDate.self, forKey: .birthDate)
        organisationID = try container.decode(OrganisationID.self, forKey: .organisationID)
        memberID = try container.decodeIfPresent(MemberID.self, forKey: .memberID)
        applied = try container.decode(CalendarDate.self, forKey: .applied)
        talk = try container.decodeIfPresent(CalendarDate.self, forKey: .talk)
        activist = try container.decodeIfPresent(ActivistDesignation.self, forKey: .activist)
        target = try container.decodeIfPresent(TargetDesignation.self, forKey: .target)
        politicalReview = try container.decodeIfPresent(PoliticalReview.self, forKey: .politicalReview)
        training = try container.decodeIfPresent(IntensiveTraining.self, forKey: .training)
        preReview = try container.decodeIfPresent(CalendarDate.self, forKey: .preReview)
        leavingOn = try container.decodeIfPresent(CalendarDate.self, forKey: .leavingOn)
        vote = try container.decodeIfPresent(BranchVote.self, forKey: .vote)
        approval = try container.decodeIfPresent(Approval.self, forKey: .approval)
        oath = try container.decodeIfPresent(CalendarDate.self, forKey: .oath)
        probation = try container.decode(ProbationDecisions.self, forKey: .probation, default: ProbationDecisions())
    }

    /// Encodes the steps taken, omitting those not yet taken.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(birthDate, forKey: .birthDate)
        try container.encode(organisationID, forKey: .organisationID)
        try container.encodeIfPresent(memberID, forKey: .memberID)
        try container.encode(applied, forKey: .applied)
        try container.encodeIfPresent(talk, forKey: .talk)
        try container.encodeIfPresent(activist, forKey: .activist)
        try container.encodeIfPresent(target, forKey: .target)
        try container.encodeIfPresent(politicalReview, forKey: .politicalReview)
        try container.encodeIfPresent(training, forKey: .training)
        try container.encodeIfPresent(preReview, forKey: .preReview)
        try container.encodeIfPresent(leavingOn, forKey: .leavingOn)
        try container.encodeIfPresent(vote, forKey: .vote)
        try container.encodeIfPresent(approval, forKey: .approval)
        try container.encodeIfPresent(oath, forKey: .oath)
        if probation != ProbationDecisions() { try container.encode(probation, forKey: .probation) }
    }
}
