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
