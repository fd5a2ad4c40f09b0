extension NAT {
    /// 中共中央办公厅《中国共产党发展党员工作细则》, issued 2014-05-28: the pipeline of admission and its
    /// deadlines. A later revision supersedes a figure from its own date by a dated value of the
    /// parameter (``Parameter/values``) or a scenario's override, without code changes.
    public static let developmentRules = SourceDocument(
        id: "NAT", title: "中国共产党发展党员工作细则", englishTitle: "Detailed rules on admitting new Party members",
        issuer: "中共中央办公厅", issued: "2014-05-28")

    /// A citation of an article of the 细则.
    static func developmentArticle(_ number: String, _ wording: String) -> Citation {
        article("发展党员工作细则", number, wording)
    }
}

extension NAT.Clauses {
    /// `NAT.dev.min-age`: 细则 第五条; 党章 第一条.
    public static let developmentMinimumAge = NAT.developmentArticle("第五条", "年满十八岁")
    /// `NAT.dev.talk`: 细则 第七条.
    public static let developmentTalk = NAT.developmentArticle(
        "第七条", "党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话")
    /// `NAT.dev.activist-year`: 细则 第十三条.
    public static let developmentActivistYear = NAT.developmentArticle(
        "第十三条", "对经过一年以上培养教育和考察……经支部委员会讨论同意并报上级党委备案后，可列为发展对象")
    /// `NAT.dev.political-review`: 细则 第十六条.
    public static let developmentPoliticalReview = NAT.developmentArticle(
        "第十六条", "凡是未经政治审查或政治审查不合格的，不能发展入党")
    /// `NAT.dev.training`: 细则 第十七条.
    public static let developmentTraining = NAT.developmentArticle(
        "第十七条", "培训时间一般不少于三天（或不少于二十四个学时）")
    /// `NAT.dev.leaving`: 细则 第十九条.
    public static let developmentLeaving = NAT.developmentArticle(
        "第十九条", "发展对象未来三个月内将离开工作、学习单位的，一般不办理接收预备党员的手续")
    /// `NAT.dev.vote`: 细则 第二十条.
    public static let developmentVote = NAT.developmentArticle(
        "第二十条", "赞成人数超过应到会有表决权的正式党员的半数，才能通过接收预备党员的决议")
    /// `NAT.dev.approval`: 细则 第二十二条.
    public static let developmentApproval = NAT.developmentArticle(
        "第二十二条", "党委……应当在三个月内审批……不得超过六个月")
    /// `NAT.dev.approver`: 细则 第二十三条.
    public static let developmentApprover = NAT.developmentArticle(
        "第二十三条", "乡镇、街道党委的派出机构……不能审批")
    /// `NAT.dev.probation-start`: 细则 第三十二条.
    public static let developmentProbationStart = NAT.developmentArticle(
        "第三十二条", "预备期从支部大会通过其为预备党员之日算起")
    /// `NAT.dev.full-membership`: 细则 第三十二条.
    public static let developmentFullMembership = NAT.developmentArticle(
        "第三十二条", "预备党员预备期满，党支部应当及时讨论其能否转为正式党员")
    /// `NAT.dev.extension`: 细则 第三十二条; 党章 第七条.
    public static let developmentExtension = NAT.developmentArticle(
        "第三十二条", "可以延长一次预备期，延长时间不能少于半年，最长不超过一年")
    /// `NAT.dev.oath`: 党章 第六条.
    public static let developmentOath = NAT.article("党章", "第六条", "预备党员必须面向党旗进行入党宣誓")
}

extension NAT.Parameters {
    /// 在一个月内派人同入党申请人谈话: the months within which the talk is held.
    public static let talkMonths: CountKey = "NAT.dev.talk.months"
    /// 经过一年以上培养教育和考察: the years an activist is trained before becoming a target (以上: inclusive).
    public static let activistYears: YearsKey = "NAT.dev.activist-year.years"
    /// 培训时间一般不少于三天: the fewest days of intensive training.
    public static let trainingDays: DaysKey = "NAT.dev.training.days"
    /// 或不少于二十四个学时: the fewest class hours of intensive training.
    public static let trainingClassHours: CountKey = "NAT.dev.training.class-hours"
    /// 未来三个月内将离开: the months before leaving within which a target is not admitted.
    public static let leavingMonths: CountKey = "NAT.dev.leaving.months"
    /// 应当在三个月内审批: the months within which the higher committee decides.
    public static let approvalMonths: CountKey = "NAT.dev.approval.months"
    /// 不得超过六个月: the most months the decision may take in special cases.
    public static let approvalMaximumMonths: CountKey = "NAT.dev.approval.max-months"
    /// 延长时间不能少于半年: the fewest months of an extension.
    public static let extensionMinimumMonths: CountKey = "NAT.dev.extension.min-months"
    /// 最长不超过一年: the most months of an extension.
    public static let extensionMaximumMonths: CountKey = "NAT.dev.extension.max-months"
    /// 可以延长一次预备期: the most extensions.
    public static let extensionsAllowed: CountKey = "NAT.dev.extension.count"

    /// The figures of the 细则, in force from 2014-05-28.
    static let development: [Parameter] = [
        developmentParameter(
            talkMonths, "谈话期限（月内）", "Months within which the talk is held", NAT.Clauses.developmentTalk, .count(1)),
        developmentParameter(
            activistYears, "积极分子培养期（年以上）", "Years of an activist's training, at least",
            NAT.Clauses.developmentActivistYear, .years(1)),
        developmentParameter(
            trainingDays, "集中培训天数（不少于）", "Days of intensive training, at least", NAT.Clauses.developmentTraining,
            .days(Days(tenths: 30))),
        developmentParameter(
            trainingClassHours, "集中培训学时（不少于）", "Class hours of intensive training, at least",
            NAT.Clauses.developmentTraining, .count(24)),
        developmentParameter(
            leavingMonths, "将离开单位的月数（三个月内）", "Months before leaving within which no one is admitted",
            NAT.Clauses.developmentLeaving, .count(3)),
        developmentParameter(
            approvalMonths, "审批期限（月内）", "Months within which the admission is approved",
            NAT.Clauses.developmentApproval, .count(3)),
        developmentParameter(
            approvalMaximumMonths, "审批期限（最长，月）", "Most months an approval may take",
            NAT.Clauses.developmentApproval, .count(6)),
        developmentParameter(
            extensionMinimumMonths, "延长预备期（不少于，月）", "Fewest months of an extension",
            NAT.Clauses.developmentExtension, .count(6)),
        developmentParameter(
            extensionMaximumMonths, "延长预备期（最长，月）", "Most months of an extension", NAT.Clauses.developmentExtension,
            .count(12)),
        developmentParameter(
            extensionsAllowed, "延长预备期次数（至多）", "Most extensions of probation", NAT.Clauses.developmentExtension,
            .count(1)),
    ]

    /// A parameter of the 细则, in force from its date.
    private static func developmentParameter<Unit>(
        _ key: ParameterKey<Unit>, _ chinese: String, _ english: String, _ citation: Citation, _ value: ParameterValue
    ) -> Parameter {
        Parameter(
            key, title: LocalizedText(chinese: chinese, english: english), citation: citation,
            values: [.init(from: NAT.developmentRules.issued, value: value)])
    }
}
