/// National Party regulations that the seeds invoke by name (`NAT`): their clauses, figures and, as
/// they are encoded, their rules.
///
/// The pack holds the dues of 中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》(2008)
/// (``DuesSchedule``) and the meeting cadences of 《中国共产党支部工作条例（试行）》(2018) (``rules``).
public enum NAT {
    /// The pack's ID, the prefix of its rules' and parameters' IDs.
    public static let id = "NAT"

    /// 中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》, issued 2008-02-28.
    public static let duesRegulation = SourceDocument(
        id: "NAT", title: "关于中国共产党党费收缴、使用和管理的规定",
        englishTitle: "Provisions on the collection, use and management of Party dues", issuer: "中共中央组织部",
        issued: "2008-02-28")

    /// A citation of the branch regulations, of one article or (`nil`) of the regulations as a whole.
    static func branchArticle(_ number: String?, _ wording: String) -> Citation {
        Citation(document: id, article: number.map { "支部工作条例 \($0)" } ?? "支部工作条例", wording: wording)
    }

    /// A citation of an article of the dues regulation.
    static func duesArticle(_ number: String, _ wording: String) -> Citation {
        Citation(document: id, article: "党费规定 \(number)", wording: wording)
    }
}

extension PolicyPack {
    /// The national Party regulations (`NAT`): the Party constitution, the branch regulations, the dues
    /// regulation and the other national texts the seeds invoke, with their rules (``NAT/rules``).
    /// Among ``builtIn``: applied with ``suzhou2011`` it gives one report, each source's finding
    /// citing its own clause.
    public static let national = PolicyPack(
        id: NAT.id, title: LocalizedText(chinese: "全国党内法规", english: "National Party regulations"),
        parameters: NAT.Parameters.all, rules: NAT.rules)
}
