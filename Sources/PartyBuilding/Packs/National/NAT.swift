/// National Party regulations that the seeds invoke by name (`NAT`): their clauses, figures and, as
/// they are encoded, their rules.
///
/// Today the pack holds the dues of 中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》(2008)
/// (``DuesSchedule``); the rules over meetings, dues payments and membership records follow with them.
public enum NAT {
    /// The pack's ID, the prefix of its rules' and parameters' IDs.
    public static let id = "NAT"

    /// 中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》, issued 2008-02-28.
    public static let duesRegulation = SourceDocument(
        id: "NAT", title: "关于中国共产党党费收缴、使用和管理的规定",
        englishTitle: "Provisions on the collection, use and management of Party dues", issuer: "中共中央组织部",
        issued: "2008-02-28")

    /// A citation of an article of the dues regulation.
    static func duesArticle(_ number: String, _ wording: String) -> Citation {
        Citation(document: id, article: "党费规定 \(number)", wording: wording)
    }
}

extension PolicyPack {
    /// The national regulations (`NAT`): the figures of the dues regulation and the rules over
    /// organisations and membership records (``NAT/rules``).
    public static let national = PolicyPack(
        id: NAT.id, title: LocalizedText(chinese: "全国党内法规", english: "National Party regulations"),
        parameters: NAT.Parameters.all, rules: NAT.rules)
}
