/// The Suzhou opinion of 2011 (`SZ2011`): its source document, parameter IDs and pack.
///
/// 中共苏州市委组织部《关于进一步加强和改进全市城市社区党组织建设的意见》 (June 2011). Its numbered
/// paragraphs 1–22 are cited as articles.
public enum SZ2011 {
    /// The source document.
    public static let document = SourceDocument.suzhou2011

    /// A citation of an article of the opinion.
    static func article(_ number: Int, _ wording: String) -> Citation {
        Citation(document, article: String(number), wording: wording)
    }

    /// The date the opinion was printed (2011-06-24), from which its rules are in force unless the
    /// opinion names another date.
    static let effective = CalendarDate("2011-06-24")
}

extension PolicyPack {
    /// The Suzhou opinion of 2011 (`SZ2011`): every rule its records can decide, with every figure as
    /// a dated, cited parameter.
    public static let suzhou2011 = PolicyPack(
        id: SZ2011.document.id,
        title: LocalizedText(
            chinese: "关于进一步加强和改进全市城市社区党组织建设的意见（苏州，2011）",
            english: "Suzhou opinion on urban community Party organisations (2011)"),
        parameters: SZ2011.Parameters.all,
        rules: SZ2011.rules)
}

extension SourceDocument {
    /// 中共苏州市委组织部《关于进一步加强和改进全市城市社区党组织建设的意见》, June 2011
    /// (printed 2011-06-24 by 中共苏州市委办公室; republished 2015-06-10). Its numbered paragraphs 1–22
    /// are cited as articles.
    public static let suzhou2011 = SourceDocument(
        id: "SZ2011",
        title: "关于进一步加强和改进全市城市社区党组织建设的意见",
        englishTitle: "Opinion on further strengthening and improving urban community Party organisations in Suzhou",
        issuer: "中共苏州市委组织部",
        issued: CalendarDate("2011-06-24")
    )
}
