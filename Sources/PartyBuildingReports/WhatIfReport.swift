import PartyBuilding

/// The packs as they are against a scenario: per community and per district, the change in every
/// amount a money rule requires (``RequiredAmounts``) and in the findings, with the parameters the
/// scenario changed for the periods judged.
///
/// ```swift
/// let baseline = try await Auditor().audit(communities, on: date)
/// let scenario = try Scenario(parsing: ["SZ2011.19.activity-fund.per-member=200"], packs: PolicyPack.builtIn)
/// let whatIf = try await Auditor(scenario: scenario).reaudit(baseline, of: communities)
/// let view = try WhatIfReport(communities, baseline: baseline, scenario: whatIf, applying: scenario)
/// ```
public struct WhatIfReport: Sendable {
    /// One community's required amounts before and after, and how its findings moved.
    public struct Line: Sendable {
        /// The community's ID.
        public let id: CommunityID
        /// Its name.
        public let name: String
        /// Its district.
        public let district: String
        /// The amounts under the packs as they are.
        public let before: RequiredAmounts
        /// The amounts under the scenario.
        public let after: RequiredAmounts
        /// How its findings moved.
        public let findings: FindingChanges
        /// Its violations before and after.
        public let violations: (before: Int, after: Int)

        /// The change of one amount (after − before), or `nil` when the records give it in neither.
        public func change(_ kind: RequiredAmounts.Kind) -> Money? {
            switch (before[kind], after[kind]) {
            case (nil, nil): nil
            case (let old, let new): (new ?? .zero) - (old ?? .zero)
            }
        }
    }

    /// The audit under the packs as they are.
    public let baseline: AuditReport
    /// The audit under the scenario.
    public let scenarioReport: AuditReport
    /// The budget year the amounts are for.
    public let year: Int
    /// One line a community, in the order given.
    public let lines: [Line]
    /// The amounts that any community's records allow to compute, in their order.
    public let kinds: [RequiredAmounts.Kind]

    /// Compares the two audits of `communities`, and the amounts each requires for the year judged
    /// under the packs and under `scenario`.
    /// - Throws: ``ParameterError`` when the packs' parameters cannot be read for the year.
    public init(
        _ communities: [Community], baseline: AuditReport, scenario report: AuditReport, applying scenario: Scenario,
        packs: [PolicyPack] = PolicyPack.builtIn
    ) throws(ParameterError) {
        let year = baseline.period.years.last?.start.year ?? Auditor.reportingYear(on: baseline.date)
        let period = Period.year(year)
        let before = ParameterReader(try ParameterValues(packs: packs, scenario: nil, for: period))
        let after = ParameterReader(try ParameterValues(packs: packs, scenario: scenario, for: period))
        self.baseline = baseline
        scenarioReport = report
        self.year = year
        lines = communities.map { community in
            let old = baseline.findings(about: community.id)
            let new = report.findings(about: community.id)
            return Line(
                id: community.id, name: community.name, district: community.district,
                before: RequiredAmounts(community, year: year, on: baseline.date, parameters: before),
                after: RequiredAmounts(community, year: year, on: baseline.date, parameters: after),
                findings: FindingChanges(before: old, after: new),
                violations: (old.count { $0.severity == .violation }, new.count { $0.severity == .violation }))
        }
        let present = Set(lines.flatMap { Array($0.before.amounts.keys) + Array($0.after.amounts.keys) })
        kinds = RequiredAmounts.Kind.allCases.filter(present.contains)
    }

    /// The view as a document: the parameters changed, the change of each amount by community and by
    /// district, the findings' moves by community and the first `limit` moves one by one, and a chart
    /// of each district's change in the fund floors.
    /// - Throws: ``ReportTableError`` (not expected: every row is built with the table's columns).
    public func document(_ language: Language, limit: Int = 20) throws(ReportTableError) -> ReportDocument {
        let l = language
        var facts = [
            ReportFact(label: l.pick("情景", "Scenario"), value: scenarioReport.scenarioName ?? ""),
            ReportFact(label: l.pick("审核日期", "Audit date"), value: Period.day(baseline.date).formatted(language)),
            ReportFact(label: l.pick("审核期间", "Periods judged"), value: baseline.period.formatted(language)),
            ReportFact(label: l.pick("社区数", "Communities"), value: "\(lines.count)"),
        ]
        let changes = scenarioReport.parameterChanges.map { change in
            let before = change.baseline?.formatted(language) ?? l.pick("未生效", "not in force")
            return l.pick(
                "\(change.parameterID)（\(change.period.formatted(language))）：\(before) → \(change.scenario.formatted(language))",
                "\(change.parameterID) for \(change.period.formatted(language)): \(before) → \(change.scenario.formatted(language))"
            )
        }
        facts.append(
            ReportFact(
                label: l.pick("改变的参数", "Parameters changed"),
                value: changes.isEmpty
                    ? l.pick(
                        "无：所设参数不适用于审核期间，或与现行值相同",
                        "none: the overrides do not apply to the periods judged or repeat the packs' values")
                    : changes.joined(separator: l.pick("；", "; "))))
        facts.append(
            ReportFact(
                label: l.pick("发现总数", "Findings"),
                value: "\(baseline.findings.count) → \(scenarioReport.findings.count)"))
        for severity in Severity.allCases {
            facts.append(
                ReportFact(
                    label: severity.name(language),
                    value: "\(baseline.count(severity)) → \(scenarioReport.count(severity))"))
        }
        let sections: [ReportSection] = [
            .table(try amountsByCommunity(language)), .table(try amountsByDistrict(language)),
            .table(try findingsByCommunity(language)), .table(try findingMoves(language, limit: limit)),
            .note(
                l.pick("金额依据：", "The amounts follow ")
                    + kinds.map { "\($0.name(language)) \($0.ruleIDs.map(\.rawValue).joined(separator: "、"))" }
                    .joined(separator: l.pick("；", "; ")) + l.pick("。", ".")),
            .chart(fundChart(language)),
        ]
        return ReportDocument(title: l.pick("情景测算", "What-if"), facts: facts, sections: sections)
    }

    /// Each community's change of every amount.
    private func amountsByCommunity(_ language: Language) throws(ReportTableError) -> ReportTable {
        let l = language
        var table = try ReportTable(
            title: l.pick("\(year)年各社区所需金额的变化（元）", "Change in the amounts required, \(year), by community (CNY)"),
            columns: ReportColumn.community(language)
                + kinds.map { ReportColumn(key: $0.rawValue, header: $0.name(language), alignment: .trailing) })
        for line in lines {
            try table.append(
                ReportRow(
                    [.text(line.id.rawValue), .text(line.name), .text(line.district)]
                        + kinds.map { line.change($0).map(ReportCell.signedMoney) ?? .notRecorded }))
        }
        return table
    }

    /// Each district's amounts before and after, and the change.
    private func amountsByDistrict(_ language: Language) throws(ReportTableError) -> ReportTable {
        let l = language
        var table = try ReportTable(
            title: l.pick("\(year)年各区所需金额（元）", "Amounts required, \(year), by district (CNY)"),
            columns: [
                ReportColumn(key: "district", header: l.pick("区", "District")),
                ReportColumn(key: "amount", header: l.pick("金额", "Amount")),
                ReportColumn(key: "before", header: l.pick("现行", "As is"), alignment: .trailing),
                ReportColumn(key: "after", header: l.pick("情景", "Scenario"), alignment: .trailing),
                ReportColumn(key: "change", header: l.pick("变化", "Change"), alignment: .trailing),
            ])
        let districts = districtsInOrder(lines.map(\.district))
        for (district, kind) in districts.map({ ($0, false) }) + [(l.pick("合计", "Total"), true)] {
            let members = kind ? lines : lines.filter { $0.district == district }
            for amount in kinds {
                let before = members.compactMap { $0.before[amount] }
                let after = members.compactMap { $0.after[amount] }
                guard !before.isEmpty || !after.isEmpty else { continue }
                let old = before.reduce(Money.zero, +)
                let new = after.reduce(Money.zero, +)
                try table.append(
                    ReportRow(
                        [
                            .text(district), .text(amount.name(language)), .money(old), .money(new),
                            .signedMoney(new - old),
                        ],
                        kind: kind ? .total : .data))
            }
        }
        return table
    }

    /// Each community's violations before and after, and its findings' moves.
    private func findingsByCommunity(_ language: Language) throws(ReportTableError) -> ReportTable {
        let l = language
        var table = try ReportTable(
            title: l.pick("各社区审核发现的变化", "Change in the findings, by community"),
            columns: [
                ReportColumn(key: "id", header: l.pick("编号", "ID")),
                ReportColumn(key: "name", header: l.pick("社区", "Community")),
                ReportColumn(key: "violationsBefore", header: l.pick("现行违反", "Violations as is")),
                ReportColumn(key: "violationsAfter", header: l.pick("情景违反", "Violations in the scenario")),
                ReportColumn(key: "new", header: l.pick("新增", "New")),
                ReportColumn(key: "resolved", header: l.pick("消除", "Resolved")),
                ReportColumn(key: "changed", header: l.pick("变化", "Changed")),
            ])
        for line in lines where !line.findings.isEmpty {
            try table.append(
                ReportRow([
                    .text(line.id.rawValue), .text(line.name), .integer(line.violations.before),
                    .integer(line.violations.after), .integer(line.findings.new.count),
                    .integer(line.findings.resolved.count), .integer(line.findings.changed.count),
                ]))
        }
        let moved = lines.filter { !$0.findings.isEmpty }
        try table.append(
            ReportRow(
                [
                    .text(""), .text(l.pick("合计（\(moved.count) 个社区有变化）", "Total (\(moved.count) communities changed)")),
                    .integer(lines.reduce(0) { $0 + $1.violations.before }),
                    .integer(lines.reduce(0) { $0 + $1.violations.after }),
                    .integer(lines.reduce(0) { $0 + $1.findings.new.count }),
                    .integer(lines.reduce(0) { $0 + $1.findings.resolved.count }),
                    .integer(lines.reduce(0) { $0 + $1.findings.changed.count }),
                ], kind: .total))
        return table
    }

    /// The moves of the first `limit` communities that changed, one finding a row.
    private func findingMoves(_ language: Language, limit: Int) throws(ReportTableError) -> ReportTable {
        let l = language
        let moved = lines.filter { !$0.findings.isEmpty }
        var table = try ReportTable(
            title: moved.count > limit
                ? l.pick(
                    "发现变化明细（前 \(limit) 个社区，共 \(moved.count) 个）",
                    "Findings that moved (first \(limit) of \(moved.count) communities)")
                : l.pick("发现变化明细", "Findings that moved"),
            columns: [
                ReportColumn(key: "community", header: l.pick("社区", "Community")),
                ReportColumn(key: "move", header: l.pick("变化", "Move")),
                ReportColumn(key: "severity", header: l.pick("性质", "Severity")),
                ReportColumn(key: "rule", header: l.pick("规则", "Rule")),
                ReportColumn(key: "message", header: l.pick("说明", "Finding")),
            ])
        for line in moved.prefix(limit) {
            func row(_ move: String, _ finding: Finding, _ message: String) throws(ReportTableError) {
                try table.append(
                    ReportRow([
                        .text(line.name), .text(move), .text(finding.severity.name(language)),
                        .text(finding.ruleID.rawValue), .text(message),
                    ]))
            }
            for finding in line.findings.new { try row(l.pick("新增", "new"), finding, finding.message(language)) }
            for finding in line.findings.resolved {
                try row(l.pick("消除", "resolved"), finding, finding.message(language))
            }
            for (before, after) in line.findings.changed {
                try row(l.pick("变化", "changed"), after, before.message(language) + " → " + after.message(language))
            }
        }
        return table
    }

    /// Each district's change of the two fund floors.
    private func fundChart(_ language: Language) -> BarChart {
        var change: [String: Money] = [:]
        for line in lines {
            change[line.district, default: .zero] +=
                (line.change(.activityFund) ?? .zero) + (line.change(.workFund) ?? .zero)
        }
        return BarChart(
            title: language.pick("各区经费下限的变化", "Change in the fund floors, by district"),
            unit: language.pick("元", "CNY"),
            bars: districtsInOrder(lines.map(\.district)).map { BarChart.Bar(label: $0, money: change[$0] ?? .zero) })
    }
}
