extension SZ2011 {
    /// The figures of the Suzhou opinion, each a dated, cited parameter.
    ///
    /// Each is a typed key (``ParameterKey``) whose ID is the rule's ID and a name. Values apply from 2011-06-24, the opinion's date, except
    /// where the opinion names its own: the activity fund "自2011年起" (from 2011-01-01), the
    /// certificate "到2015年" (from 2015-01-01), and the cost split's three districts, which merged into
    /// 姑苏区 on 2012-10-26.
    public enum Parameters {
        /// 党组织组建工作: the fewest formal members of an enterprise or social organisation for an
        /// organisation of its own (党章 第三十条: "有正式党员三人以上的，都应当成立党的基层组织"); fewer are
        /// covered by a joint branch or a Party-building instructor.
        public static let twoNewOwnOrganisationMembers: CountKey = "SZ2011.3.two-new-coverage.own-organisation-members"
        /// 超过50人 … 可以成立社区党总支: more than this many formal members permit a general branch.
        public static let generalBranchThreshold: CountKey = "SZ2011.3.general-branch.general-branch-members"
        /// 超过…100人 … 可以成立…党委: more than this many formal members permit a Party committee.
        public static let committeeThreshold: CountKey = "SZ2011.3.general-branch.committee-members"
        /// 规模超过3000户的集中安置居住区: the household count above which a resettlement area needs its own organisation.
        public static let resettlementHouseholds: CountKey = "SZ2011.3.resettlement.households"
        /// 下设若干居民委员会: the fewest residents' committees of such an area ("若干", read as two or more).
        public static let resettlementCommittees: CountKey = "SZ2011.3.resettlement.residents-committees"
        /// 一社区一名大学生: the fewest college-graduate workers a community has.
        public static let graduatesPerCommunity: CountKey = "SZ2011.6.graduate.minimum"
        /// 以40岁左右人员为主体: the lowest median age of the workforce before an advisory.
        public static let ageBandLow: YearsKey = "SZ2011.6.age-structure.median-low"
        /// 以40岁左右人员为主体: the highest median age of the workforce before an advisory.
        public static let ageBandHigh: YearsKey = "SZ2011.6.age-structure.median-high"
        /// 每三年对社区工作者轮训一遍: the rotation cycle in years.
        public static let rotationYears: YearsKey = "SZ2011.7.rotation.cycle"
        /// 累计集中培训时间不少于7天: the key roles' yearly centralised training days.
        public static let keyRoleTrainingDays: DaysKey = "SZ2011.7.key-role-training.days"
        /// 每年至少参加一次: the key roles' fewest centralised trainings a year.
        public static let keyRoleTrainings: CountKey = "SZ2011.7.key-role-training.count"
        /// 时间不少于5天: the other workers' yearly centralised training days.
        public static let otherTrainingDays: DaysKey = "SZ2011.7.other-training.days"
        /// 每年至少参加一次: the other workers' fewest centralised trainings a year.
        public static let otherTrainings: CountKey = "SZ2011.7.other-training.count"
        /// 年龄在40周岁以下: the highest age at which degree study is encouraged.
        public static let degreeMaxAge: YearsKey = "SZ2011.7.degree.max-age"
        /// 45岁以下的社区工作者均须取得…证书: the highest age at which the certificate is required.
        public static let certificateMaxAge: YearsKey = "SZ2011.8.certificate.max-age"
        /// 不低于上年度当地城镇职工平均工资水平: the staff's pay floor as a multiple of last year's average wage.
        public static let staffPayMultiple: RatioKey = "SZ2011.9.staff-pay.multiple"
        /// 不低于…平均工资水平的1.2倍: the secretary's pay floor as a multiple of last year's average wage.
        public static let secretaryPayMultiple: RatioKey = "SZ2011.9.secretary-pay.multiple"
        /// 每年召开4次以上征求群众意见座谈会: consultation meetings a year, at least (以上: inclusive).
        public static let consultationsPerYear: CountKey = "SZ2011.11.consultations.per-year"
        /// 每周固定一天接待群众来访: reception days a week, at least.
        public static let receptionDaysPerWeek: CountKey = "SZ2011.11.reception-day.per-week"
        /// 社区服务用房面积按不低于…3%: the service space's share of the residential floor area.
        public static let serviceSpaceShare: RatioKey = "SZ2011.15.service-space.share"
        /// 其中工作活动用房按0.5%进行配置: the work-and-activity rooms' share of the residential floor area.
        public static let workSpaceShare: RatioKey = "SZ2011.15.work-space.share"
        /// 不少于三分之一的面积…用于党组织和党员活动: Party use's share of the work-and-activity rooms.
        public static let partyShare: RatioKey = "SZ2011.15.party-share.share"
        /// 社区工作经费按不低于20元/人·年: work funds per resident a year.
        public static let workFundPerResident: MoneyKey = "SZ2011.19.work-fund.per-resident"
        /// The population the work fund counts: `resident` (常住, the default) or `registered` (户籍).
        public static let workFundPopulationBase: TextKey = "SZ2011.19.work-fund.population-base"
        /// 每名党员每年不低于150元: activity funds per member a year.
        public static let activityFundPerMember: MoneyKey = "SZ2011.19.activity-fund.per-member"
        /// 少于100名党员的社区: communities with fewer members than this get the minimum.
        public static let activityFundSmallCommunity: CountKey = "SZ2011.19.activity-fund.small-community-members"
        /// 按不低于1.5万元划拨: the small communities' minimum activity funds a year.
        public static let activityFundMinimum: MoneyKey = "SZ2011.19.activity-fund.minimum"
        /// 及时把他们编入相应的党组织: the days after a migrant member's arrival by which they are
        /// enrolled. The clause says only "及时" (promptly); the library reads it as within 30 days (一个月).
        public static let migrantEnrolmentDays: DaysKey = "SZ2011.12.migrant-enrolment.days"
        /// 定期派人向他们传达有关精神: how often a member with limited mobility is visited, as a
        /// ``CadenceCheck/Unit`` (`week`, `month`, `quarter` or `year`); the library reads "定期" as each quarter.
        public static let immobileVisitInterval: TextKey = "SZ2011.13.immobile.interval"
        /// 及时: the days after the end of a month within which its dues count as paid on time; the
        /// opinion names no day, so the library reads "及时" as by the month's last day (0 days).
        public static let duesGraceDays: DaysKey = "SZ2011.13.dues.grace-days"
        /// 市本级财政承担30%: the city's share of the three districts' funds.
        public static let citySplitShare: RatioKey = "SZ2011.19.cost-split.city-share"
        /// 三个城区财政承担70%: the districts' share.
        public static let districtSplitShare: RatioKey = "SZ2011.19.cost-split.district-share"
        /// 平江区、沧浪区、金阊区: the districts the split applies to.
        public static let splitDistricts: ListKey = "SZ2011.19.cost-split.districts"

        // MARK: Meetings

        /// "三会一课": general meetings of members a quarter, at least.
        public static let threeMeetingsGeneralPerQuarter: CountKey = "SZ2011.13.three-meetings.general-per-quarter"
        /// "三会一课": committee meetings a month, at least.
        public static let threeMeetingsCommitteePerMonth: CountKey = "SZ2011.13.three-meetings.committee-per-month"
        /// "三会一课": the fewest committee members elected for a branch to have a committee.
        public static let threeMeetingsCommitteeMembers: CountKey = "SZ2011.13.three-meetings.committee-members"
        /// "三会一课": meetings of each Party group a month, at least.
        public static let threeMeetingsGroupPerMonth: CountKey = "SZ2011.13.three-meetings.group-per-month"
        /// 民主评议党员制度: democratic evaluations a year, at least.
        public static let threeMeetingsEvaluationsPerYear: CountKey = "SZ2011.13.three-meetings.evaluations-per-year"
        /// 建立健全党建工作联席会议制度: joint Party-building meetings a year, at least.
        public static let jointMeetingsPerYear: CountKey = "SZ2011.17.joint-meeting.per-year"

        /// The parameters of the meeting rules, in force from the opinion's date.
        static let meetings: [Parameter] = [
            make(
                threeMeetingsGeneralPerQuarter, "党员大会每季度次数（以上）", "General meetings a quarter, at least",
                Clauses.threeMeetings, .count(1)),
            make(
                threeMeetingsCommitteePerMonth, "支部委员会会议每月次数（以上）", "Committee meetings a month, at least",
                Clauses.threeMeetings, .count(1)),
            make(
                threeMeetingsCommitteeMembers, "设立委员会的委员人数（以上）", "Committee members for a committee to exist",
                Clauses.threeMeetings, .count(3)),
            make(
                threeMeetingsGroupPerMonth, "党小组会每月次数（以上）", "Party-group meetings a month, at least",
                Clauses.threeMeetings, .count(1)),
            make(
                threeMeetingsEvaluationsPerYear, "民主评议党员每年次数（以上）", "Democratic evaluations a year, at least",
                Clauses.threeMeetings, .count(1)),
            make(
                jointMeetingsPerYear, "党建工作联席会议每年次数（以上）", "Joint Party-building meetings a year, at least",
                Clauses.jointMeeting, .count(1)),
        ]

        /// The figures of the rules about governance records.
        private static let governance: [Parameter] = [
            make(
                twoNewOwnOrganisationMembers, "单独建立党组织的正式党员人数（以上）",
                "Formal members from which a unit has an organisation of its own", Clauses.twoNewCoverage, .count(3))
        ]

        /// Every parameter of the pack, with its values, unit and citation.
        public static let all: [Parameter] =
            [
                make(
                    generalBranchThreshold, "成立党总支的正式党员人数（超过）",
                    "Formal members above which a general branch is permitted",
                    Clauses.generalBranch, .count(50)),
                make(
                    committeeThreshold, "成立党委的正式党员人数（超过）", "Formal members above which a Party committee is permitted",
                    Clauses.generalBranch, .count(100)),
                make(
                    resettlementHouseholds, "集中安置居住区户数（超过）",
                    "Households above which a resettlement area needs its own organisation",
                    Clauses.resettlement, .count(3000)),
                make(
                    resettlementCommittees, "集中安置居住区下设居民委员会数（以上）", "Fewest residents' committees of such an area",
                    Clauses.resettlement, .count(2)),
                make(
                    graduatesPerCommunity, "每个社区大学生人数（以上）", "Fewest college-graduate workers a community has",
                    Clauses.graduate, .count(1)),
                make(
                    ageBandLow, "社区工作者年龄中位数下限", "Lowest median age of the workforce",
                    Clauses.ageStructure, .years(35)),
                make(
                    ageBandHigh, "社区工作者年龄中位数上限", "Highest median age of the workforce",
                    Clauses.ageStructure, .years(45)),
                make(
                    rotationYears, "轮训周期（年）", "Rotation training cycle in years",
                    Clauses.rotation, .years(3)),
                make(
                    keyRoleTrainingDays, "书记、主任、站长年度集中培训天数（不少于）", "Key roles' yearly centralised training days",
                    Clauses.keyRoleTraining, .days(Days(7))),
                make(
                    keyRoleTrainings, "书记、主任、站长年度集中培训次数（以上）", "Key roles' fewest centralised trainings a year",
                    Clauses.keyRoleTraining, .count(1)),
                make(
                    otherTrainingDays, "其他社区工作者年度集中培训天数（不少于）", "Other workers' yearly centralised training days",
                    Clauses.otherTraining, .days(Days(5))),
                make(
                    otherTrainings, "其他社区工作者年度集中培训次数（以上）", "Other workers' fewest centralised trainings a year",
                    Clauses.otherTraining, .count(1)),
                make(
                    degreeMaxAge, "鼓励学历教育的年龄（以下）", "Highest age at which degree study is encouraged",
                    Clauses.degree, .years(40)),
                Parameter(
                    certificateMaxAge,
                    title: LocalizedText(
                        chinese: "须取得证书的年龄（以下）", english: "Highest age at which the certificate is required"),
                    citation: Clauses.certificate,
                    values: [.init(from: CalendarDate("2015-01-01"), value: .years(45))]),
                make(
                    staffPayMultiple, "专职人员待遇相对上年度平均工资的倍数（不低于）",
                    "Staff pay floor as a multiple of last year's average wage",
                    Clauses.staffPay, .ratio(.one)),
                make(
                    secretaryPayMultiple, "书记待遇相对上年度平均工资的倍数（不低于）",
                    "Secretary's pay floor as a multiple of last year's average wage",
                    Clauses.secretaryPay, .ratio(Ratio(6, 5))),
                make(
                    consultationsPerYear, "每年征求群众意见座谈会次数（以上）", "Consultation meetings a year",
                    Clauses.consultations, .count(4)),
                make(
                    receptionDaysPerWeek, "书记每周接待群众来访天数", "Secretary's reception days a week",
                    Clauses.receptionDay, .count(1)),
                make(
                    serviceSpaceShare, "社区服务用房占住宅地面建筑面积比例（不低于）",
                    "Service space as a share of the residential floor area",
                    Clauses.serviceSpace, .ratio(Ratio(percent: 3))),
                make(
                    workSpaceShare, "工作活动用房占住宅地面建筑面积比例",
                    "Work-and-activity rooms as a share of the residential floor area",
                    Clauses.workSpace, .ratio(Ratio(1, 200))),
                make(
                    partyShare, "党组织和党员活动面积占工作活动用房比例（不少于）", "Party use as a share of the work-and-activity rooms",
                    Clauses.partyShare, .ratio(Ratio(1, 3))),
                make(
                    workFundPerResident, "社区工作经费标准（元/人·年，不低于）", "Work funds per resident a year",
                    Clauses.workFund, .money(Money(yuan: 20))),
                make(
                    workFundPopulationBase, "社区工作经费人口口径", "Population base of the work funds (resident or registered)",
                    Clauses.workFund, .text("resident")),
                Parameter(
                    activityFundPerMember,
                    title: LocalizedText(chinese: "每名党员每年活动经费（不低于）", english: "Activity funds per member a year"),
                    citation: Clauses.activityFund,
                    values: [.init(from: CalendarDate("2011-01-01"), value: .money(Money(yuan: 150)))]),
                Parameter(
                    activityFundSmallCommunity,
                    title: LocalizedText(
                        chinese: "保底活动经费的党员人数（少于）", english: "Members below which the minimum activity funds apply"),
                    citation: Clauses.activityFund,
                    values: [.init(from: CalendarDate("2011-01-01"), value: .count(100))]),
                Parameter(
                    activityFundMinimum,
                    title: LocalizedText(
                        chinese: "保底活动经费（不低于）", english: "Minimum activity funds of a small community"),
                    citation: Clauses.activityFund,
                    values: [.init(from: CalendarDate("2011-01-01"), value: .money(Money(yuan: 15_000)))]),
                make(
                    migrantEnrolmentDays, "流动党员到达后编入党组织的期限（天以内）", "Days after arrival by which a migrant is enrolled",
                    Clauses.migrantEnrolment, .days(Days(30))),
                make(
                    immobileVisitInterval, "走访行动不便党员的周期", "How often members with limited mobility are visited",
                    Clauses.immobile, .text("quarter")),
                make(
                    duesGraceDays, "党费按时交纳的宽限天数（月末后）", "Days after a month's end its dues are on time",
                    Clauses.dues, .days(.zero)),
                splitParameter(citySplitShare, "市本级财政承担比例", "The city's share", .ratio(Ratio(3, 10))),
                splitParameter(districtSplitShare, "城区财政承担比例", "The districts' share", .ratio(Ratio(7, 10))),
                splitParameter(
                    splitDistricts, "分级承担经费的城区", "Districts the split applies to", .texts(["平江区", "沧浪区", "金阊区"])),
            ] + meetings + governance

        /// A parameter in force from the opinion's date on.
        private static func make<Unit>(
            _ key: ParameterKey<Unit>, _ chinese: String, _ english: String, _ citation: Citation,
            _ value: ParameterValue
        ) -> Parameter {
            Parameter(
                key, title: LocalizedText(chinese: chinese, english: english), citation: citation,
                values: [.init(from: effective, value: value)])
        }

        /// A parameter of the cost split, in force until the three districts merged into 姑苏区 (2012-10-26).
        private static func splitParameter<Unit>(
            _ key: ParameterKey<Unit>, _ chinese: String, _ english: String, _ value: ParameterValue
        ) -> Parameter {
            Parameter(
                key, title: LocalizedText(chinese: chinese, english: english), citation: Clauses.costSplit,
                values: [.init(from: effective, until: CalendarDate("2012-10-25"), value: value)])
        }
    }
}
