/// 绵阳市涪城区委组织部, 城市社区"四型党建" (`MY`). The seed text is in traditional characters and is
/// quoted as written. It states no date of issue, so its figures are in force from the start of the
/// records.
public enum MY {
    /// The pack's ID, the prefix of its rules' and parameters' IDs.
    public static let id = "MY"

    /// 绵阳市涪城区委组织部《城市社区"四型党建"》 (undated).
    public static let document = SourceDocument(
        id: id, title: "城市社区“四型党建”", englishTitle: "Four kinds of urban community Party building (Fucheng, Mianyang)",
        issuer: "绵阳市涪城区委组织部", issued: .earliest)

    /// The clauses of the document the pack encodes, each quoted once.
    public enum Clauses {
        /// `MY.theme-day`: 深化服務型社區黨組織建設.
        public static let themeDay = Citation(document, article: "服務型", wording: "嚴格落實“主題黨日”活動制度")
        /// `MY.annual-claiming`: 深化區域型社區黨組織建設.
        public static let annualClaiming = Citation(
            document, article: "區域型", wording: "實行年初成員單位集體商議認領工作事項,月初委員單位召開區域事務推進協調會")
    }

    /// The figures of the document, each a dated, cited parameter read by a typed key.
    public enum Parameters {
        /// 嚴格落實"主題黨日"活動制度: theme days a month, at least.
        public static let themeDaysPerMonth: CountKey = "MY.theme-day.per-month"
        /// 年初: the last month of the year in which member units' task claims count as "at the start of
        /// the year" (1: January).
        public static let claimingMonth: CountKey = "MY.annual-claiming.by-month"
        /// 月初: the last day of the month on which the coordination meeting counts as "at the start of
        /// the month" (10: by the 10th).
        public static let coordinationDay: CountKey = "MY.annual-claiming.coordination-by-day"

        /// Every parameter of the pack.
        public static let all: [Parameter] = [
            make(themeDaysPerMonth, "主题党日每月次数", "Theme days a month", Clauses.themeDay, 1),
            make(claimingMonth, "年初认领工作事项的截止月份", "Month by which tasks are claimed", Clauses.annualClaiming, 1),
            make(
                coordinationDay, "月初召开协调会的截止日", "Day of the month by which the coordination meeting is held",
                Clauses.annualClaiming, 10),
        ]

        /// A count of the document, in force from the start of the records.
        private static func make(
            _ key: CountKey, _ chinese: String, _ english: String, _ citation: Citation, _ value: Int
        ) -> Parameter {
            Parameter(
                key, title: LocalizedText(chinese: chinese, english: english), citation: citation,
                values: [.init(from: document.issued, value: .count(value))])
        }
    }

    /// The rules of the pack.
    public static let rules: [any Rule] = [MonthlyThemeDayRule(), AnnualClaimingRule()]
}

extension PolicyPack {
    /// The 涪城区 pack (`MY`): the monthly theme day, and tasks claimed at the start of each year with a
    /// coordination meeting at the start of each month. Shipped, not built in (``catalog``).
    public static let mianyang = PolicyPack(
        id: MY.id,
        title: LocalizedText(
            chinese: "绵阳市涪城区城市社区“四型党建”", english: "Fucheng, Mianyang: four kinds of community Party building"),
        parameters: MY.Parameters.all, rules: MY.rules)
}
