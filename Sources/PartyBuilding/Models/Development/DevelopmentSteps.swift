/// The designation of an applicant as an activist (确定入党积极分子), with the members assigned as
/// contacts (培养联系人).
///
/// 细则 第十条: "党组织应当指定一至二名正式党员作为入党积极分子的培养联系人".
public struct ActivistDesignation: Sendable, Hashable, Codable {
    /// The day of the designation.
    public var date: CalendarDate
    /// The contact persons, formal members of the community.
    public var contacts: [MemberID]

    /// Creates a designation.
    public init(date: CalendarDate, contacts: [MemberID]) {
        self.date = date
        self.contacts = contacts
    }
}

/// The designation of an activist as a development target (确定发展对象): the committee's discussion
/// and the filing with the higher committee.
///
/// 细则 第十三条: "对经过一年以上培养教育和考察……经支部委员会讨论同意并报上级党委备案后，可列为发展对象".
public struct TargetDesignation: Sendable, Hashable, Codable {
    /// The day of the branch committee's discussion, the designation's date.
    public var date: CalendarDate
    /// The day it was filed with the higher committee (报上级党委备案), when recorded.
    public var filedOn: CalendarDate?

    /// Creates a designation.
    public init(date: CalendarDate, filedOn: CalendarDate? = nil) {
        self.date = date
        self.filedOn = filedOn
    }
}

/// The political review of a development target (政治审查).
///
/// 细则 第十六条: "凡是未经政治审查或政治审查不合格的，不能发展入党".
public struct PoliticalReview: Sendable, Hashable, Codable {
    /// The day the review concluded.
    public var date: CalendarDate
    /// Whether the target passed it (政治审查合格).
    public var passed: Bool

    /// Creates a review record.
    public init(date: CalendarDate, passed: Bool) {
        self.date = date
        self.passed = passed
    }
}

/// The short intensive training of a development target (集中培训), in days or class hours.
///
/// 细则 第十七条: "培训时间一般不少于三天（或不少于二十四个学时）".
public struct IntensiveTraining: Sendable, Hashable, Codable {
    /// The last day of the training.
    public var date: CalendarDate
    /// Its length in days, when recorded that way.
    public var days: Days?
    /// Its length in class hours (学时), when recorded that way.
    public var classHours: Int?

    /// Creates a training record.
    public init(date: CalendarDate, days: Days? = nil, classHours: Int? = nil) {
        self.date = date
        self.days = days
        self.classHours = classHours
    }
}

/// The branch meeting's vote on admitting a development target (支部大会讨论接收预备党员).
///
/// 细则 第二十条: "赞成人数超过应到会有表决权的正式党员的半数，才能通过接收预备党员的决议".
public struct BranchVote: Sendable, Hashable, Codable {
    /// The day of the branch meeting.
    public var date: CalendarDate
    /// The formal members entitled to vote (应到会有表决权的正式党员).
    public var entitled: Int
    /// Those present.
    public var present: Int
    /// Those voting yes.
    public var yes: Int

    /// Creates a vote record.
    public init(date: CalendarDate, entitled: Int, present: Int, yes: Int) {
        self.date = date
        self.entitled = entitled
        self.present = present
        self.yes = yes
    }

    /// The yes votes needed: more than half of those entitled (10 entitled → 6).
    public var needed: Int { entitled / 2 + 1 }

    /// Whether the vote admits: yes votes more than half of those entitled, not of those present.
    public var passes: Bool { yes >= needed }
}

/// The higher committee's approval of an admission (上级党委审批).
///
/// 细则 第二十二、二十三条: "党委……应当在三个月内审批……不得超过六个月"; "乡镇、街道党委的派出机构……不能审批".
public struct Approval: Sendable, Hashable, Codable {
    /// The day of the decision.
    public var date: CalendarDate
    /// Who approved.
    public var approver: String
    /// At which level.
    public var level: Level
    /// Whether the committee approved (a refusal ends the pipeline).
    public var approved: Bool

    /// Creates an approval record.
    public init(date: CalendarDate, approver: String, level: Level, approved: Bool = true) {
        self.date = date
        self.approver = approver
        self.level = level
        self.approved = approved
    }

    /// The level of the body that approves.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// A primary Party committee with the authority to approve (具有审批权限的基层党委), such as a street's
        /// Party working committee.
        case primaryCommittee
        /// A sub-body sent out by a street's or township's committee (派出机构): may review, not approve.
        case subBody
        /// A higher committee (县级党委组织部 and above).
        case higherCommittee

        /// Whether a body of this level may approve an admission.
        public var mayApprove: Bool { self != .subBody }

        /// The level's name.
        public var label: LocalizedText {
            switch self {
            case .primaryCommittee: LocalizedText(chinese: "基层党委", english: "a primary Party committee")
            case .subBody:
                LocalizedText(chinese: "街道、乡镇党委的派出机构", english: "a sub-body of a street's or township's committee")
            case .higherCommittee: LocalizedText(chinese: "上级党委", english: "a higher committee")
            }
        }
    }
}

/// How a probation ended, or was extended (预备期满的讨论).
///
/// 细则 第三十二条; 党章 第七条: "可以延长一次预备期，延长时间不能少于半年，最长不超过一年".
public struct ProbationDecisions: Sendable, Hashable, Codable {
    /// The extension, when there was one.
    public var extended: ProbationExtension?
    /// The day of the decision to make the member full (转为正式党员).
    public var fullMembership: CalendarDate?
    /// The day the probationary member was disqualified (取消预备党员资格).
    public var disqualified: CalendarDate?

    /// Creates the decisions, none taken by default.
    public init(
        extended: ProbationExtension? = nil, fullMembership: CalendarDate? = nil, disqualified: CalendarDate? = nil
    ) {
        self.extended = extended
        self.fullMembership = fullMembership
        self.disqualified = disqualified
    }
}

/// An extension of probation (延长预备期).
public struct ProbationExtension: Sendable, Hashable, Codable {
    /// The day of the decision.
    public var date: CalendarDate
    /// By how many months: 6 to 12.
    public var months: Int

    /// Creates an extension record.
    public init(date: CalendarDate, months: Int) {
        self.date = date
        self.months = months
    }
}
