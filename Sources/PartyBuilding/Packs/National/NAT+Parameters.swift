extension NAT {
    /// The figures of the national regulations, each a dated, cited parameter read by a typed key.
    /// The dues figures apply from the regulation's date, 2008-02-28.
    public enum Parameters {
        /// 3000元以下（含3000元）: the highest after-tax monthly wage of the 0.5% bracket.
        public static let employedLimit1: MoneyKey = "NAT.dues.employed.limit-1"
        /// 3000元以上至5000元（含5000元）: the highest wage of the 1% bracket.
        public static let employedLimit2: MoneyKey = "NAT.dues.employed.limit-2"
        /// 5000元以上至10000元（含10000元）: the highest wage of the 1.5% bracket.
        public static let employedLimit3: MoneyKey = "NAT.dues.employed.limit-3"
        /// 交纳月工资收入的0.5%: the rate of the first wage bracket.
        public static let employedRate1: RatioKey = "NAT.dues.employed.rate-1"
        /// 交纳1%: the rate of the second wage bracket.
        public static let employedRate2: RatioKey = "NAT.dues.employed.rate-2"
        /// 交纳1.5%: the rate of the third wage bracket.
        public static let employedRate3: RatioKey = "NAT.dues.employed.rate-3"
        /// 10000元以上者，交纳2%: the rate above the third limit.
        public static let employedRate4: RatioKey = "NAT.dues.employed.rate-4"
        /// 5000元以下（含5000元）: the highest monthly pension of the lower retired bracket.
        public static let retiredLimit: MoneyKey = "NAT.dues.retired.limit"
        /// 按0.5%交纳: the rate of the lower retired bracket.
        public static let retiredRate1: RatioKey = "NAT.dues.retired.rate-1"
        /// 5000元以上的按1%交纳: the rate above the retired limit.
        public static let retiredRate2: RatioKey = "NAT.dues.retired.rate-2"
        /// 每月交纳党费0.2元: the flat monthly dues of students, the unemployed, and members living on
        /// relief or the minimum living allowance.
        public static let flatAmount: MoneyKey = "NAT.dues.flat.amount"
        /// 农民党员每月交纳党费0.2元-1元: the least monthly dues of a farmer member.
        public static let farmerMinimum: MoneyKey = "NAT.dues.flat.farmer-minimum"
        /// 农民党员每月交纳党费0.2元-1元: the most monthly dues asked of a farmer member.
        public static let farmerMaximum: MoneyKey = "NAT.dues.flat.farmer-maximum"
        /// 自愿一次多交纳1000元以上: the voluntary one-off payment from which it is remitted in full.
        public static let largeGiftMinimum: MoneyKey = "NAT.dues.large-gift.minimum"

        // MARK: Organisations and membership

        /// 凡是有正式党员3人以上的，都应当成立党支部: the formal members from which an organisation is formed.
        public static let branchFormalMinimum: CountKey = "NAT.branch.min-members.formal-members"
        /// 联合党支部覆盖单位一般不超过5个: the most units a joint branch covers.
        public static let jointBranchUnits: CountKey = "NAT.branch.joint.units"
        /// 党支部党员人数一般不超过50人: the most members of a branch.
        public static let branchMaximum: CountKey = "NAT.branch.max-size.members"
        /// 有正式党员7人以上的党支部，应当设立党支部委员会: the formal members from which a branch has a committee.
        public static let committeeFormalMinimum: CountKey = "NAT.branch.committee.formal-members"
        /// 党支部委员会由3至5人组成: the fewest members of a branch committee.
        public static let committeeSizeLow: CountKey = "NAT.branch.committee.size-low"
        /// 由3至5人组成: the usual most members of a branch committee.
        public static let committeeSizeHigh: CountKey = "NAT.branch.committee.size-high"
        /// 一般不超过7人: the most members of a branch committee.
        public static let committeeSizeMaximum: CountKey = "NAT.branch.committee.size-maximum"
        /// 设1名书记，必要时可以设1名副书记: the most leaders of a branch without a committee.
        public static let smallBranchLeaders: CountKey = "NAT.branch.committee.small-branch-leaders"
        /// 党员100人以上的，设立党的基层委员会: the members from which a Party committee is set up.
        public static let formCommitteeMembers: CountKey = "NAT.org-form.committee-members"
        /// 50人以上、100人以下的，设立党的总支部委员会: the members from which a general branch is set up.
        public static let formGeneralBranchMembers: CountKey = "NAT.org-form.general-branch-members"
        /// 每届任期为5年: the term of a community Party organisation.
        public static let termYears: YearsKey = "NAT.term.years"
        /// 延长或者提前期限一般不超过1年: the most an election may be postponed.
        public static let termPostponementYears: YearsKey = "NAT.term.postponement-years"
        /// 一般提前6个月……提醒做好换届准备: the months before a term ends from which the reminder is given.
        public static let termReminderMonths: CountKey = "NAT.term.reminder.months"
        /// 预备党员的预备期为一年: the probation in years.
        public static let probationYears: YearsKey = "NAT.probation.years"
        /// 连续六个月: the consecutive months without organisational life, dues or assigned work after
        /// which a member is considered to have left the Party.
        public static let lapseMonths: CountKey = "NAT.lapse.months"
        /// The consecutive month from which a warning is given before the lapse (the fourth).
        public static let lapseWarningFrom: CountKey = "NAT.lapse.warning-from"
        /// 年满十八岁: the least age on admission.
        public static let minimumAge: YearsKey = "NAT.min-age.years"
        /// 每百户居民拥有综合服务设施面积不低于30平方米: the service space per unit of households.
        public static let serviceSpacePerUnit: AreaKey = "NAT.service-space.area"
        /// 每百户: the households of that unit.
        public static let serviceSpaceHouseholds: CountKey = "NAT.service-space.households"

        // MARK: Meetings

        /// 党员大会……一般每季度召开1次: general meetings of members a quarter, at least.
        public static let generalMeetingsPerQuarter: CountKey = "NAT.meetings.general.per-quarter"
        /// 党支部委员会会议一般每月召开1次: committee meetings a month, at least.
        public static let committeeMeetingsPerMonth: CountKey = "NAT.meetings.committee.per-month"
        /// 党支部委员会由3至5人组成: the fewest committee members elected for a branch to have a committee.
        public static let committeeMinimumMembers: CountKey = "NAT.meetings.committee.minimum-members"
        /// 党小组会一般每月召开1次: meetings of each Party group a month, at least.
        public static let groupMeetingsPerMonth: CountKey = "NAT.meetings.group.per-month"
        /// 党支部每月相对固定1天开展主题党日: theme days a month, at least.
        public static let themeDaysPerMonth: CountKey = "NAT.meetings.theme-day.per-month"
        /// 每年至少召开1次组织生活会: organisational-life meetings a year, at least.
        public static let lifeMeetingsPerYear: CountKey = "NAT.meetings.life.per-year"
        /// 一般安排在第四季度: the quarter in which the organisational-life meeting is normally held.
        public static let lifeMeetingQuarter: CountKey = "NAT.meetings.life.quarter"
        /// 一般每年开展1次民主评议党员: democratic evaluations a year, at least.
        public static let evaluationsPerYear: CountKey = "NAT.meetings.evaluation.per-year"
        /// 每年谈心谈话一般不少于1次: talks each committee member takes part in a year, at least.
        public static let talksPerYear: CountKey = "NAT.meetings.talks.per-year"
        /// 党委（党组）书记每年至少讲1次党课: lessons a committee's secretary gives a year, at least.
        public static let lessonsPerYear: CountKey = "NAT.lessons.per-year"

        /// The parameters of the branch regulations' meeting cadences, in force from 2018-10-28.
        static let meetings: [Parameter] = [
            branch(
                generalMeetingsPerQuarter, "党员大会每季度次数（以上）", "General meetings a quarter, at least",
                Clauses.meetingsGeneral, 1),
            branch(
                committeeMeetingsPerMonth, "支部委员会会议每月次数（以上）", "Committee meetings a month, at least",
                Clauses.meetingsCommittee, 1),
            branch(
                committeeMinimumMembers, "设立委员会的委员人数（以上）", "Committee members for a committee to exist",
                Clauses.meetingsCommitteeSize, 3),
            branch(
                groupMeetingsPerMonth, "党小组会每月次数（以上）", "Party-group meetings a month, at least",
                Clauses.meetingsGroup, 1),
            branch(themeDaysPerMonth, "主题党日每月次数（以上）", "Theme days a month, at least", Clauses.meetingsThemeDay, 1),
            branch(
                lifeMeetingsPerYear, "组织生活会每年次数（以上）", "Organisational-life meetings a year, at least",
                Clauses.meetingsLife, 1),
            branch(
                lifeMeetingQuarter, "组织生活会一般安排的季度", "Quarter of the organisational-life meeting",
                Clauses.meetingsLife, 4),
            branch(
                evaluationsPerYear, "民主评议党员每年次数（以上）", "Democratic evaluations a year, at least",
                Clauses.meetingsEvaluation, 1),
            branch(talksPerYear, "谈心谈话每年次数（不少于）", "Talks a year, at least", Clauses.meetingsTalks, 1),
            branch(lessonsPerYear, "党委书记每年讲党课次数（以上）", "Lessons by a committee's secretary a year", Clauses.lessons, 1),
        ]

        /// A count of the branch regulations, in force from their date.
        private static func branch(
            _ key: CountKey, _ chinese: String, _ english: String, _ citation: Citation, _ value: Int
        ) -> Parameter {
            Parameter(
                key, title: LocalizedText(chinese: chinese, english: english), citation: citation,
                values: [.init(from: branchRegulation.issued, value: .count(value))])
        }

        /// Every parameter of the pack.
        public static let all: [Parameter] =
            [
                dues(
                    employedLimit1, "工资收入第一档上限（含）", "Highest wage of the 0.5% bracket", Clauses.duesEmployed,
                    .money(Money(yuan: 3_000))),
                dues(
                    employedLimit2, "工资收入第二档上限（含）", "Highest wage of the 1% bracket", Clauses.duesEmployed,
                    .money(Money(yuan: 5_000))),
                dues(
                    employedLimit3, "工资收入第三档上限（含）", "Highest wage of the 1.5% bracket", Clauses.duesEmployed,
                    .money(Money(yuan: 10_000))),
                dues(
                    employedRate1, "工资收入第一档比例", "Rate of the first wage bracket", Clauses.duesEmployed,
                    .ratio(Ratio(1, 200))),
                dues(
                    employedRate2, "工资收入第二档比例", "Rate of the second wage bracket", Clauses.duesEmployed,
                    .ratio(Ratio(1, 100))),
                dues(
                    employedRate3, "工资收入第三档比例", "Rate of the third wage bracket", Clauses.duesEmployed,
                    .ratio(Ratio(3, 200))),
                dues(
                    employedRate4, "工资收入第四档比例", "Rate above the third wage limit", Clauses.duesEmployed,
                    .ratio(Ratio(1, 50))),
                dues(
                    retiredLimit, "离退休费第一档上限（含）", "Highest pension of the 0.5% bracket", Clauses.duesRetired,
                    .money(Money(yuan: 5_000))),
                dues(
                    retiredRate1, "离退休费第一档比例", "Rate of the lower pension bracket", Clauses.duesRetired,
                    .ratio(Ratio(1, 200))),
                dues(
                    retiredRate2, "离退休费第二档比例", "Rate above the pension limit", Clauses.duesRetired,
                    .ratio(Ratio(1, 100))),
                dues(flatAmount, "定额党费（元/月）", "Flat monthly dues", Clauses.duesFlat, .money(Money(fen: 20))),
                dues(
                    farmerMinimum, "农民党员党费下限（元/月）", "Least monthly dues of a farmer", Clauses.duesFlat,
                    .money(Money(fen: 20))),
                dues(
                    farmerMaximum, "农民党员党费上限（元/月）", "Most monthly dues of a farmer", Clauses.duesFlat,
                    .money(Money(yuan: 1))),
                dues(
                    largeGiftMinimum, "一次多交纳全部上缴中央的金额（以上）", "Voluntary payment remitted in full to the centre",
                    Clauses.duesLargeGift, .money(Money(yuan: 1_000))),
                // MARK: Organisations and membership
                cited(
                    branchFormalMinimum, "成立党组织的正式党员人数（以上）", "Formal members from which an organisation is formed",
                    Clauses.branchMinMembers, constitution, .count(3)),
                cited(
                    jointBranchUnits, "联合党支部覆盖单位数（不超过）", "Most units a joint branch covers", Clauses.jointBranch,
                    branchRegulation, .count(5)),
                cited(
                    branchMaximum, "党支部党员人数（不超过）", "Most members of a branch", Clauses.branchMaxSize, branchRegulation,
                    .count(50)),
                cited(
                    committeeFormalMinimum, "设立支部委员会的正式党员人数（以上）", "Formal members from which a branch has a committee",
                    Clauses.branchCommittee, branchRegulation, .count(7)),
                cited(
                    committeeSizeLow, "支部委员会人数下限", "Fewest members of a branch committee", Clauses.branchCommittee,
                    branchRegulation, .count(3)),
                cited(
                    committeeSizeHigh, "支部委员会人数上限（通常）", "Usual most members of a branch committee",
                    Clauses.branchCommittee, branchRegulation, .count(5)),
                cited(
                    committeeSizeMaximum, "支部委员会人数（一般不超过）", "Most members of a branch committee",
                    Clauses.branchCommittee,
                    branchRegulation, .count(7)),
                cited(
                    smallBranchLeaders, "不设委员会的党支部书记、副书记人数（至多）", "Most leaders of a branch without a committee",
                    Clauses.branchCommittee, branchRegulation, .count(2)),
                cited(
                    formCommitteeMembers, "设立党委的党员人数（以上）", "Members from which a Party committee is set up",
                    Clauses.organisationForm, organsRegulation, .count(100)),
                cited(
                    formGeneralBranchMembers, "设立党总支的党员人数（以上）", "Members from which a general branch is set up",
                    Clauses.organisationForm, organsRegulation, .count(50)),
                cited(termYears, "每届任期（年）", "Term in years", Clauses.term, termOpinion, .years(5)),
                cited(
                    termPostponementYears, "换届延期（一般不超过，年）", "Most years an election may be postponed",
                    Clauses.termPostponement, electionRegulation, .years(1)),
                cited(
                    termReminderMonths, "换届提醒提前月数", "Months before the term ends to remind", Clauses.termReminder,
                    termOpinion, .count(6)),
                cited(probationYears, "预备期（年）", "Probation in years", Clauses.probation, constitution, .years(1)),
                cited(minimumAge, "入党年龄（年满）", "Least age on admission", Clauses.minimumAge, constitution, .years(18)),
                cited(
                    lapseMonths, "自行脱党的连续月数", "Consecutive months of a lapse", Clauses.lapse, constitution, .count(6)),
                cited(
                    lapseWarningFrom, "脱党预警起始月（连续第几个月）", "Consecutive month from which a lapse is warned of",
                    Clauses.lapse, constitution, .count(4)),
                cited(
                    serviceSpacePerUnit, "综合服务设施面积（不低于，每百户）", "Service space per 100 households",
                    Clauses.serviceSpace, completeCommunity, .area(Area(squareMetres: 30))),
                cited(
                    serviceSpaceHouseholds, "服务设施面积的户数单位", "Households of that unit", Clauses.serviceSpace,
                    completeCommunity, .count(100)),
            ] + meetings + development

        /// A parameter of the dues regulation, in force from its date.
        private static func dues<Unit>(
            _ key: ParameterKey<Unit>, _ chinese: String, _ english: String, _ citation: Citation,
            _ value: ParameterValue
        ) -> Parameter {
            Parameter(
                key, title: LocalizedText(chinese: chinese, english: english), citation: citation,
                values: [.init(from: duesRegulation.issued, value: value)])
        }

        /// A parameter of a national document, in force from the document's date.
        private static func cited<Unit>(
            _ key: ParameterKey<Unit>, _ chinese: String, _ english: String, _ citation: Citation,
            _ document: SourceDocument, _ value: ParameterValue
        ) -> Parameter {
            Parameter(
                key, title: LocalizedText(chinese: chinese, english: english), citation: citation,
                values: [.init(from: document.issued, value: value)])
        }
    }
}
