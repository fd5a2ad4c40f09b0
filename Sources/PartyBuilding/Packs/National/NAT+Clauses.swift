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
