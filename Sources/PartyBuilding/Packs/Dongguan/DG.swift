/// The 东关 community's application for a demonstration site (`DG`): "社区创建党建工作示点的申报材料".
/// It states no date of issue, so its figures are in force from the start of the records.
///
/// Its weekly full meeting is the community's own practice, not a rule: the pack is shipped for a
/// caller to switch on, and what it finds is advisory (``PolicyPack/dongguan``). Its indicators
/// (mediation success, satisfaction, training coverage, household participation) are figures the
/// pack computes from the records and reports as information.
public enum DG {
    /// The pack's ID, the prefix of its rules' and parameters' IDs.
    public static let id = "DG"

    /// 东关社区《社区创建党建工作示点的申报材料》 (undated).
    public static let document = SourceDocument(
        id: id, title: "社区创建党建工作示点的申报材料", englishTitle: "Application for a Party-building demonstration site",
        issuer: "东关社区党支部", issued: .earliest)

    /// The clauses of the document the pack encodes, each quoted once.
    public enum Clauses {
        /// `DG.weekly-meeting`: section 二.
        public static let weeklyMeeting = Citation(
            document, article: "二", wording: "我社区党支部坚持每周至少召开一次全体成员会")
        /// `DG.indicators`: sections 一, 二, 三 and 五.
        public static let indicators = Citation(
            document, article: "一、二、三、五",
            wording: "调处各类矛盾纠纷38起，调解成功37起，调解成功率达到97.3%……群众满意率达98%以上……培训面达95%以上")
    }

    /// The figures of the document, each a dated, cited parameter read by a typed key.
    public enum Parameters {
        /// 每周至少召开一次: full meetings a week, at least.
        public static let fullMeetingsPerWeek: CountKey = "DG.weekly-meeting.per-week"

        /// 群众满意率达98%以上: the satisfaction the application reports, at least (以上: 98% counts).
        public static let satisfaction: RatioKey = "DG.indicators.satisfaction"
        /// 培训面达95%以上: the training coverage the application reports, at least.
        public static let trainingCoverage: RatioKey = "DG.indicators.training-coverage"

        /// Every parameter of the pack.
        public static let all: [Parameter] = [
            Parameter(
                fullMeetingsPerWeek,
                title: LocalizedText(chinese: "全体成员会每周次数（至少）", english: "Full meetings a week, at least"),
                citation: Clauses.weeklyMeeting, values: [.init(from: document.issued, value: .count(1))]),
            Parameter(
                satisfaction, title: LocalizedText(chinese: "群众满意率（以上）", english: "Residents' satisfaction, at least"),
                citation: Clauses.indicators, values: [.init(from: document.issued, value: .ratio(Ratio(percent: 98)))]),
            Parameter(
                trainingCoverage, title: LocalizedText(chinese: "党员培训面（以上）", english: "Training coverage, at least"),
                citation: Clauses.indicators, values: [.init(from: document.issued, value: .ratio(Ratio(percent: 95)))]),
        ]
    }

    /// The rules of the pack.
    public static let rules: [any Rule] = [WeeklyMeetingRule(), IndicatorsRule()]
}

extension PolicyPack {
    /// The 东关 local practice (`DG`): a weekly meeting of all members, and the indicators of its
    /// application. Shipped, not built in: a caller
    /// switches it on to follow the practice (``catalog``).
    public static let dongguan = PolicyPack(
        id: DG.id, title: LocalizedText(chinese: "东关社区每周全体成员会和创建指标", english: "东关 weekly full meeting and indicators"),
        parameters: DG.Parameters.all, rules: DG.rules)
}
