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

        /// Every parameter of the pack.
        public static let all: [Parameter] = [
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
            dues(retiredRate2, "离退休费第二档比例", "Rate above the pension limit", Clauses.duesRetired, .ratio(Ratio(1, 100))),
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
        ]

        /// A parameter of the dues regulation, in force from its date.
        private static func dues<Unit>(
            _ key: ParameterKey<Unit>, _ chinese: String, _ english: String, _ citation: Citation,
            _ value: ParameterValue
        ) -> Parameter {
            Parameter(
                key, title: LocalizedText(chinese: chinese, english: english), citation: citation,
                values: [.init(from: duesRegulation.issued, value: value)])
        }
    }
}
