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
    }
}
