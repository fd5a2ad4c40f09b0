extension NAT {
    /// The clauses of the national regulations the pack encodes, each quoted once.
    public enum Clauses {
        /// `NAT.dues.employed`: 党费规定 第二条.
        public static let duesEmployed = duesArticle(
            "第二条",
            "每月工资收入（税后）在3000元以下（含3000元）者，交纳月工资收入的0.5%；3000元以上至5000元（含5000元）者，交纳1%；5000元以上至10000元（含10000元）者，交纳1.5%；10000元以上者，交纳2%"
        )
        /// `NAT.dues.retired`: 党费规定 第五条.
        public static let duesRetired = duesArticle(
            "第五条", "5000元以下（含5000元）的按0.5%交纳党费，5000元以上的按1%交纳党费")
        /// `NAT.dues.flat`: 党费规定 第六条.
        public static let duesFlat = duesArticle(
            "第六条",
            "农民党员每月交纳党费0.2元-1元。学生党员、下岗失业的党员、依靠抚恤或救济生活的党员、领取当地最低生活保障金的党员，每月交纳党费0.2元")
        /// `NAT.dues.large-gift`: 党费规定 第十一条.
        public static let duesLargeGift = duesArticle("第十一条", "自愿一次多交纳1000元以上的党费，全部上缴中央")
        /// `NAT.dues.probationary`: 党费规定 (the article is not numbered in the catalog).
        public static let duesProbationary = Citation(
            document: id, article: "党费规定", wording: "预备党员从党支部党员大会通过其为预备党员之日起交纳党费")
        /// `NAT.lapse`: 党章 第九条.
        public static let lapse = Citation(
            document: id, article: "党章 第九条",
            wording: "党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党")

        // MARK: Organisations and membership

        /// `NAT.branch.min-members`: 党章 第三十条; 支部工作条例 第四条.
        public static let branchMinMembers = article(
            "党章 第三十条；支部工作条例", "第四条", "凡是有正式党员3人以上的，都应当成立党支部")
        /// `NAT.branch.joint`: 支部工作条例 第五条.
        public static let jointBranch = article(
            "支部工作条例", "第五条", "正式党员不足3人的单位，应当……成立联合党支部。联合党支部覆盖单位一般不超过5个")
        /// `NAT.branch.max-size`: 支部工作条例 第四条.
        public static let branchMaxSize = article("支部工作条例", "第四条", "党支部党员人数一般不超过50人")
        /// `NAT.branch.committee`: 支部工作条例 第二十条.
        public static let branchCommittee = article(
            "支部工作条例", "第二十条",
            "有正式党员7人以上的党支部，应当设立党支部委员会。党支部委员会由3至5人组成，一般不超过7人……正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记")
        /// `NAT.org-form`: 党和国家机关基层组织工作条例 第五、六条.
        public static let organisationForm = article(
            "党和国家机关基层组织工作条例", "第五、六条", "党员100人以上的，设立党的基层委员会……50人以上、100人以下的，设立党的总支部委员会")
        /// `NAT.term`: 关于党的基层组织任期的意见 一.
        public static let term = article(
            "关于党的基层组织任期的意见", "一", "村和社区党的委员会、总支部委员会、支部委员会每届任期为5年")
        /// `NAT.term` (the allowance): 选举工作条例 第三条.
        public static let termPostponement = article(
            "选举工作条例", "第三条", "如需延期或者提前进行换届选举，应当报上级党组织批准，延长或者提前期限一般不超过1年")
        /// `NAT.term.reminder`: the practice of higher committees.
        public static let termReminder = article("上级党组织工作惯例", "", "一般提前6个月……提醒做好换届准备")
        /// `NAT.probation`: 党章 第七条.
        public static let probation = article("党章", "第七条", "预备党员的预备期为一年")
        /// `NAT.min-age`: 党章 第一条.
        public static let minimumAge = article("党章", "第一条", "年满十八岁")
        /// `NAT.service-space`: 完整社区建设试点 (2022); 城市社区嵌入式服务设施建设导则（试行）(2024).
        public static let serviceSpace = article(
            "完整社区建设试点；城市社区嵌入式服务设施建设导则（试行）", "", "每百户居民拥有综合服务设施面积不低于30平方米")
        /// `NAT.grid`: 中办《关于加强和改进城市基层党的建设工作的意见》(2019).
        public static let grid = article("关于加强和改进城市基层党的建设工作的意见", "", "将党支部或党小组建在网格上")

        // MARK: Meetings

        /// `NAT.meetings.general`: 支部工作条例 第十一条.
        public static let meetingsGeneral = branchArticle("第十一条", "党员大会……一般每季度召开1次")
        /// `NAT.meetings.committee`: 支部工作条例 第十二条.
        public static let meetingsCommittee = branchArticle("第十二条", "党支部委员会会议一般每月召开1次")
        /// The size of a branch committee, from which a committee is taken to exist: 支部工作条例 第二十条.
        public static let meetingsCommitteeSize = branchArticle("第二十条", "党支部委员会由3至5人组成")
        /// `NAT.meetings.group`: 支部工作条例 第十三条.
        public static let meetingsGroup = branchArticle("第十三条", "党小组会一般每月召开1次")
        /// `NAT.meetings.theme-day`: 支部工作条例.
        public static let meetingsThemeDay = branchArticle(nil, "党支部每月相对固定1天开展主题党日")
        /// `NAT.meetings.life`: 支部工作条例 第十七条.
        public static let meetingsLife = branchArticle("第十七条", "党支部每年至少召开1次组织生活会，一般安排在第四季度")
        /// `NAT.meetings.evaluation`: 支部工作条例.
        public static let meetingsEvaluation = branchArticle(nil, "党支部一般每年开展1次民主评议党员")
        /// `NAT.meetings.talks`: 支部工作条例 第十九条.
        public static let meetingsTalks = branchArticle("第十九条", "每年谈心谈话一般不少于1次")
        /// `NAT.lessons`: 支部工作条例 第十六条.
        public static let lessons = branchArticle("第十六条", "党委（党组）书记每年至少讲1次党课")
    }
}
