import PartyBuilding

/// A report ready to render: a title, a few facts under it, and its sections in order.
///
/// A document holds text already in the reader's language and values that are still exact (money in
/// fen, area in hundredths of a square metre), so that every renderer — ``TextReportRenderer``,
/// ``CSVReportRenderer``, ``MarkdownReportRenderer``, ``HTMLReportRenderer`` and ``JSONReportRenderer`` —
/// writes the same figures.
///
/// ```swift
/// let document = ReportDocument(
///     title: "社区党群服务中心审核",
///     facts: [ReportFact(label: "审核日期", value: "2025-12-31")],
///     sections: [.table(table), .note("金额单位：元。")])
/// let html = ReportFormat.html.render(document, language: .chinese)
/// ```
public struct ReportDocument: Sendable, Hashable {
    /// The report's title.
    public var title: String
    /// Label and value pairs shown under the title, such as the audit date.
    public var facts: [ReportFact]
    /// The tables, charts and notes, in reading order.
    public var sections: [ReportSection]

    /// Creates a document.
    public init(title: String, facts: [ReportFact] = [], sections: [ReportSection] = []) {
        self.title = title
        self.facts = facts
        self.sections = sections
    }

    /// The document's tables, in order.
    public var tables: [ReportTable] {
        sections.compactMap { section in
            if case .table(let table) = section { table } else { nil }
        }
    }

    /// The document's charts, in order.
    public var charts: [BarChart] {
        sections.compactMap { section in
            if case .chart(let chart) = section { chart } else { nil }
        }
    }
}
