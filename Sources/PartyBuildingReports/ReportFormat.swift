import Foundation
import PartyBuilding

/// The formats a report can be written in, for a command-line `--format` option.
///
/// ```swift
/// let format = ReportFormat(rawValue: "html") ?? .text
/// FileHandle.standardOutput.write(format.render(document, language: .chinese))
/// ```
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text for a terminal (``TextReportRenderer``).
    case text
    /// JSON with exact numbers (``JSONReportRenderer``).
    case json
    /// CSV for spreadsheets, with a UTF-8 byte-order mark (``CSVReportRenderer``).
    case csv
    /// GitHub-flavoured Markdown (``MarkdownReportRenderer``).
    case markdown
    /// A self-contained HTML page (``HTMLReportRenderer``).
    case html

    /// The file name extension for the format, without the dot: `txt`, `json`, `csv`, `md` or `html`.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .csv: "csv"
        case .markdown: "md"
        case .html: "html"
        }
    }

    /// The document in this format, as bytes: UTF-8, with a byte-order mark for CSV only.
    ///
    /// `language` is the page's language for HTML (its `lang` attribute and the renderer's own words);
    /// the other formats write only the document's text, which is in its language already.
    public func render(_ document: ReportDocument, language: Language) -> Data {
        switch self {
        case .text: Data(TextReportRenderer().render(document).utf8)
        case .json: Data(JSONReportRenderer().render(document).utf8)
        case .csv: CSVReportRenderer().render(document)
        case .markdown: Data(MarkdownReportRenderer().render(document).utf8)
        case .html: Data(HTMLReportRenderer(language: language).render(document).utf8)
        }
    }
}
