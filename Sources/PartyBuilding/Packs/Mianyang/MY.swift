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
        /// `MY.street-checklist`: 深化精細型社區黨組織建設.
        public static let streetChecklist = Citation(
            document, article: "精細型",
            wording: "對街道制定以黨組織為核心、隊伍建設強、服務能力強、制度保障強、文化引領強的“一核四強”規范化建設清單,細化44項具體任務")
        /// `MY.community-checklist`: 深化精細型社區黨組織建設.
        public static let communityChecklist = Citation(
            document, article: "精細型",
            wording:
                "對社區制定組織建設區域化、隊伍建設多元化、服務群眾親情化、活動開展經常化、陣地建設功能化、文化建設內生化的“六化體系”規范化建設清單,明確48項具體指標")
        /// `MY.compound-branch`: 深化區域型社區黨組織建設.
        public static let compoundBranch = Citation(
            document, article: "區域型", wording: "在商住小區、“三無小區”及老舊院落建立健全小區黨支部、樓棟黨小組")
        /// `MY.monthly-ledgers`: 深化服務型社區黨組織建設.
        public static let monthlyLedgers = Citation(
            document, article: "服務型", wording: "梳理形成困難群眾、民生訴求、信訪穩定等臺賬,實施“月更新”動態管理")
        /// `MY.six-bodies`: 深化治理型社區黨組織建設.
        public static let sixBodies = Citation(
            document, article: "治理型", wording: "全面建立黨組織、居委會、居務監督委員會、綜合服務站、社會組織、業主委員會“六位一體”共治體系")
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

        /// 細化44項具體任務: the tasks of a street's checklist.
        public static let streetChecklistItems: CountKey = "MY.street-checklist.items"
        /// 明確48項具體指標: the indicators of a community's checklist.
        public static let communityChecklistItems: CountKey = "MY.community-checklist.items"
        /// 月更新: the most whole months a ledger's last update may lie before the audit date.
        public static let ledgerUpdateMonths: CountKey = "MY.monthly-ledgers.months"

        /// Every parameter of the pack.
        public static let all: [Parameter] = [
            make(themeDaysPerMonth, "主题党日每月次数", "Theme days a month", Clauses.themeDay, 1),
            make(claimingMonth, "年初认领工作事项的截止月份", "Month by which tasks are claimed", Clauses.annualClaiming, 1),
            make(
                coordinationDay, "月初召开协调会的截止日", "Day of the month by which the coordination meeting is held",
                Clauses.annualClaiming, 10),
            make(streetChecklistItems, "街道“一核四强”清单具体任务数", "Tasks of a street's checklist", Clauses.streetChecklist, 44),
            make(
                communityChecklistItems, "社区“六化体系”清单具体指标数", "Indicators of a community's checklist",
                Clauses.communityChecklist, 48),
            make(
                ledgerUpdateMonths, "台账更新间隔（月，以内）", "Months within which a ledger is updated", Clauses.monthlyLedgers, 1
            ),
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
    public static let rules: [any Rule] = [
        ChecklistRule(.street), ChecklistRule(.community), MonthlyThemeDayRule(), CompoundBranchRule(),
        AnnualClaimingRule(), MonthlyLedgersRule(), SixBodiesRule(),
    ]
}

extension PolicyPack {
    /// The 涪城区 pack (`MY`): the street's and the community's checklists, the monthly theme day,
    /// branches in compounds and groups in buildings, tasks claimed at the start of each year with a
    /// coordination meeting at the start of each month, ledgers updated monthly and the six bodies of
    /// governance. Shipped, not built in (``catalog``).
    public static let mianyang = PolicyPack(
        id: MY.id,
        title: LocalizedText(
            chinese: "绵阳市涪城区城市社区“四型党建”", english: "Fucheng, Mianyang: four kinds of community Party building"),
        parameters: MY.Parameters.all, rules: MY.rules)
}
