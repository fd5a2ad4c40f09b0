import PartyBuilding

/// An audit's findings as a document: the audit's date, packs and period, a table that counts each
/// community's findings by severity, and the table of findings, each with its rule, the period it
/// judges, the message and the clause behind it; optionally followed by other views' sections (the
/// fund and space gaps).
///
/// ```swift
/// let report = try await Auditor().audit(communities, on: CalendarDate("2025-12-31"))
/// let document = try AuditFindingsReport(report, communities: communities).document(.chinese)
/// ```
public struct AuditFindingsReport: Sendable {
    /// The audit.
    public let report: AuditReport
    /// The names and districts of the communities, by ID, in the audit's order.
    private let names: [CommunityID: (name: String, district: String)]

    /// The view of `report`, naming the communities audited.
    public init(_ report: AuditReport, communities: [Community]) {
        self.report = report
        var names: [CommunityID: (name: String, district: String)] = [:]
        for community in communities { names[community.id] = (community.name, community.district) }
        self.names = names
    }

    /// The document; `extra` sections (charts of other views) come after the findings.
    /// - Throws: ``ReportTableError`` (not expected: every row is built with the table's columns).
    public func document(_ language: Language, extra: [ReportSection] = []) throws(ReportTableError) -> ReportDocument {
        let l = language
        var facts = [
            ReportFact(label: l.pick("审核日期", "Audit date"), value: Period.day(report.date).formatted(language)),
            ReportFact(label: l.pick("审核期间", "Periods judged"), value: report.period.formatted(language)),
            ReportFact(label: l.pick("政策包", "Packs"), value: report.packIDs.joined(separator: l.pick("、", ", "))),
            ReportFact(label: l.pick("社区数", "Communities"), value: "\(report.communityIDs.count)"),
        ]
        if let scenario = report.scenarioName {
            facts.append(ReportFact(label: l.pick("情景", "Scenario"), value: scenario))
        }
        facts.append(
            ReportFact(
                label: l.pick("发现", "Findings"),
                value: Severity.allCases.map { "\($0.name(language)) \(report.count($0))" }.joined(separator: " · ")))
        if !report.rulesNotInForce.isEmpty {
            facts.append(
                ReportFact(
                    label: l.pick("审核日未生效的规则", "Rules not in force"),
                    value: report.rulesNotInForce.map(\.rawValue).joined(separator: ", ")))
        }
        return ReportDocument(
            title: l.pick("社区党建审核", "Community Party-building audit"), facts: facts,
            sections: [.table(try summary(language)), .table(try findings(language))] + extra)
    }

    /// Each community's findings counted by severity, and the total.
    private func summary(_ language: Language) throws(ReportTableError) -> ReportTable {
        let l = language
        var table = try ReportTable(
            title: l.pick("各社区发现统计", "Findings by community"),
            columns: ReportColumn.community(language)
                + Severity.allCases.map {
                    ReportColumn(key: $0.rawValue, header: $0.name(language), alignment: .trailing)
                })
        var totals = [Int](repeating: 0, count: Severity.allCases.count)
        for id in report.communityIDs {
            var counts = [Int](repeating: 0, count: Severity.allCases.count)
            for finding in report.findings(about: id) {
                counts[Severity.allCases.firstIndex(of: finding.severity) ?? 0] += 1
            }
            for (index, count) in counts.enumerated() { totals[index] += count }
            let known = names[id]
            try table.append(
                ReportRow(
                    [.text(id.rawValue), .text(known?.name ?? id.rawValue), .text(known?.district ?? "")]
                        + counts.map(ReportCell.integer)))
        }
        try table.append(
            ReportRow(
                [.text(""), .text(l.pick("合计", "Total")), .text("")] + totals.map(ReportCell.integer), kind: .total))
        return table
    }

    /// Every finding: community, severity, rule, period, message, clause.
    private func findings(_ language: Language) throws(ReportTableError) -> ReportTable {
        let l = language
        var table = try ReportTable(
            title: l.pick("发现明细", "Findings"),
            columns: [
                ReportColumn(key: "community", header: l.pick("社区", "Community")),
                ReportColumn(key: "severity", header: l.pick("性质", "Severity")),
                ReportColumn(key: "rule", header: l.pick("规则", "Rule")),
                ReportColumn(key: "period", header: l.pick("期间", "Period")),
                ReportColumn(key: "message", header: l.pick("说明", "Finding")),
                ReportColumn(key: "clause", header: l.pick("依据", "Clause")),
            ])
        for finding in report.findings {
            let community =
                finding.communityID.map { names[$0]?.name ?? $0.rawValue } ?? l.pick("全部社区", "All communities")
            var message = finding.message(language)
            if let exception = finding.exception {
                message += l.pick(
                    "（例外：\(exception.reason)，\(exception.approver)于\(exception.approvedOn.iso8601)批准）",
                    " (exception: \(exception.reason), approved by \(exception.approver) on \(exception.approvedOn.iso8601))"
                )
            }
            try table.append(
                ReportRow([
                    .text(community), .text(finding.severity.name(language)), .text(finding.ruleID.rawValue),
                    .text(finding.period.formatted(language)), .text(message),
                    .text(finding.citation.reference(language)),
                ]))
        }
        return table
    }
}
