/// The street's document (`ST`): "创新社区党建 营造温馨家园", in the collection with the four-level grid
/// plan. It states no date of issue, so its figures are in force from the start of the records.
public enum ST {
    /// The pack's ID, the prefix of its rules' and parameters' IDs.
    public static let id = "ST"

    /// **街道 "创新社区党建 营造温馨家园" (undated).
    public static let document = SourceDocument(
        id: id, title: "创新社区党建 营造温馨家园", englishTitle: "A street's innovations in community Party building",
        issuer: "**街道党委", issued: .earliest)

    /// The clauses of the document the pack encodes, each quoted once.
    public enum Clauses {
        /// `ST.joint-meeting`: 一是创新党建联席机制.
        public static let jointMeeting = Citation(
            document, article: "一是创新党建联席机制", wording: "街道所辖社区每季度召开一次党建联席会")
    }

    /// The figures of the document, each a dated, cited parameter read by a typed key.
    public enum Parameters {
        /// 每季度召开一次: joint Party-building meetings a quarter, at least.
        public static let jointMeetingsPerQuarter: CountKey = "ST.joint-meeting.per-quarter"

        /// Every parameter of the pack.
        public static let all: [Parameter] = [
            Parameter(
                jointMeetingsPerQuarter,
                title: LocalizedText(chinese: "党建联席会每季度次数", english: "Joint Party-building meetings a quarter"),
                citation: Clauses.jointMeeting, values: [.init(from: document.issued, value: .count(1))])
        ]
    }

    /// The rules of the pack.
    public static let rules: [any Rule] = [QuarterlyJointMeetingRule()]
}

extension PolicyPack {
    /// The street's pack (`ST`): a joint Party-building meeting every quarter. Shipped, not built in: a
    /// caller whose street follows the document adds it (``catalog``).
    public static let street = PolicyPack(
        id: ST.id, title: LocalizedText(chinese: "街道社区党建联席会", english: "A street's joint Party-building meetings"),
        parameters: ST.Parameters.all, rules: ST.rules)
}
