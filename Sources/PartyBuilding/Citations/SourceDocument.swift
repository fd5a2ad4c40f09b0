/// A published document that rules are taken from, such as the Suzhou opinion of 2011.
public struct SourceDocument: Sendable, Hashable, Codable, Identifiable {
    /// The short ID used as the prefix of rule IDs, for example `SZ2011`.
    public var id: String
    /// The document's title in its original Chinese.
    public var title: String
    /// The document's title in English.
    public var englishTitle: String
    /// Who issued it, in Chinese, for example `中共苏州市委组织部`.
    public var issuer: String
    /// When it was issued or took effect.
    public var issued: CalendarDate

    /// Creates a source document.
    public init(id: String, title: String, englishTitle: String, issuer: String, issued: CalendarDate) {
        self.id = id
        self.title = title
        self.englishTitle = englishTitle
        self.issuer = issuer
        self.issued = issued
    }
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
