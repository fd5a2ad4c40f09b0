/// Where a rule or a parameter comes from: the document, the article and the original wording.
public struct Citation: Sendable, Hashable, Codable {
    /// The document's ID, for example `SZ2011`.
    public var document: String
    /// The article (numbered paragraph) or section, for example `19`.
    public var article: String
    /// The original Chinese wording of the clause.
    public var wording: String

    /// Creates a citation.
    public init(document: String, article: String, wording: String) {
        self.document = document
        self.article = article
        self.wording = wording
    }

    /// A citation of an article of a source document.
    public init(_ document: SourceDocument, article: String, wording: String) {
        self.init(document: document.id, article: article, wording: wording)
    }

    /// A short reference in a language: `SZ2011 第19条` / `SZ2011 art. 19`. An article that is not a
    /// number (a section such as `一(二)`) is shown as written.
    public func reference(_ language: Language) -> String {
        let numbered = !article.isEmpty && article.allSatisfy(\.isASCII) && Int(article) != nil
        switch language {
        case .chinese: return numbered ? "\(document) 第\(article)条" : "\(document) \(article)"
        case .english: return numbered ? "\(document) art. \(article)" : "\(document) \(article)"
        }
    }
}
