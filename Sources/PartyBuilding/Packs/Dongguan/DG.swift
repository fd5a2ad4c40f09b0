/// The 东关 community's application for a demonstration site (`DG`): "社区创建党建工作示点的申报材料".
/// It states no date of issue, so its figures are in force from the start of the records.
///
/// Its weekly full meeting is the community's own practice, not a rule: the pack is shipped for a
/// caller to switch on, and what it finds is advisory (``PolicyPack/dongguan``).
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
    }

    /// The figures of the document, each a dated, cited parameter read by a typed key.
    public enum Parameters {
        /// 每周至少召开一次: full meetings a week, at least.
        public static let fullMeetingsPerWeek: CountKey = "DG.weekly-meeting.per-week"

        /// Every parameter of the pack.
        public static let all: [Parameter] = [
            Parameter(
                fullMeetingsPerWeek,
                title: LocalizedText(chinese: "全体成员会每周次数（至少）", english: "Full meetings a week, at least"),
                citation: Clauses.weeklyMeeting, values: [.init(from: document.issued, value: .count(1))])
        ]
    }

    /// The rules of the pack.
    public static let rules: [any Rule] = [WeeklyMeetingRule()]
}

extension PolicyPack {
    /// The 东关 local practice (`DG`): a weekly meeting of all members. Shipped, not built in: a caller
    /// switches it on to follow the practice (``catalog``).
    public static let dongguan = PolicyPack(
        id: DG.id, title: LocalizedText(chinese: "东关社区每周全体成员会", english: "东关 weekly full meeting"),
        parameters: DG.Parameters.all, rules: DG.rules)
}
