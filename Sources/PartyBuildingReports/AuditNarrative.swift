import PartyBuilding

/// An audit as text for a terminal, in the order a reader goes through it: one section a community
/// with its key figures (members, residents, funds against their floors, space against its floors),
/// then its findings, each with the clause's own words and any exception recorded.
///
/// ```swift
/// print(try AuditNarrative(report, communities: communities).render(.chinese))
/// ```
public struct AuditNarrative: Sendable {
    /// The audit.
    public let report: AuditReport
    /// The communities audited, in the audit's order.
    public let communities: [Community]
    /// The packs the floors are read from.
    public let packs: [PolicyPack]

    /// The narrative of `report` over `communities`, the floors read from `packs`.
    public init(_ report: AuditReport, communities: [Community], packs: [PolicyPack] = PolicyPack.builtIn) {
        self.report = report
        self.communities = communities
        self.packs = packs
    }

    /// The text, one line a finding or figure, ending without a line break.
    /// - Throws: ``ParameterError`` when the packs' fund or space parameters are not in force.
    public func render(_ language: Language) throws(ParameterError) -> String {
        let l = language
        let year = report.period.years.last?.start.year ?? Auditor.reportingYear(on: report.date)
        let funds = try FundsReport(communities, year: year, on: report.date, packs: packs)
        let space = try SpaceFloors(
            ParameterReader(ParameterValues(packs: packs, scenario: nil, for: .day(report.date))))
        var lines = [
            l.pick(
                "社区党建审核 · \(report.packIDs.joined(separator: "、")) · 审核日期 \(Period.day(report.date).formatted(language)) · 审核期间 \(report.period.formatted(language))",
                "Community Party-building audit · \(report.packIDs.joined(separator: ", ")) · on \(report.date) · judging \(report.period.formatted(language))"
            )
        ]
        if !report.rulesNotInForce.isEmpty {
            lines.append(
                l.pick("未生效的规则：", "Rules not in force: ")
                    + report.rulesNotInForce.map(\.rawValue).joined(separator: ", "))
        }
        for (community, line) in zip(communities, funds.lines) {
            lines.append("")
            lines.append("■ \(community.name) (\(community.id))")
            lines.append(contentsOf: figures(of: community, line, space, language).map { "  " + $0 })
            let findings = report.findings(about: community.id)
            if findings.isEmpty { lines.append(l.pick("  无发现。", "  No findings.")) }
            for finding in findings {
                lines.append("  [\(finding.severity.name(language))] \(finding.ruleID)")
                lines.append("    \(finding.message(language))")
                lines.append(
                    "    ← \(finding.citation.reference(language))\(l.pick("：", ": "))\(finding.citation.wording)")
                if let exception = finding.exception {
                    lines.append(
                        l.pick(
                            "    例外：\(exception.reason)（\(exception.approver) 于 \(exception.approvedOn) 批准）",
                            "    Exception: \(exception.reason) (approved by \(exception.approver) on \(exception.approvedOn))"
                        ))
                }
            }
        }
        lines.append("")
        let counts = Severity.allCases.map { "\($0.name(language)) \(report.count($0))" }
        lines.append(l.pick("合计：", "Totals: ") + counts.joined(separator: " · "))
        return lines.joined(separator: "\n")
    }

    /// A community's figures next to their floors; a figure not recorded is `—`.
    private func figures(
        of community: Community, _ funds: FundsReport.Line, _ space: SpaceFloors, _ language: Language
    ) -> [String] {
        let l = language
        func money(_ value: Money?) -> String { value.map { Quantity.money($0).formatted(language) } ?? "—" }
        func area(_ value: Area?) -> String { value.map { Quantity.area($0).formatted(language) } ?? "—" }
        let base = community.residentialFloorArea
        let serviceFloor = base.map(space.serviceSpace(forResidentialFloorArea:))
        let workFloor = base.map(space.workSpace(forResidentialFloorArea:))
        let residents = community.residents.map(String.init) ?? "—"
        return [
            l.pick(
                "党员 \(funds.members) 名 · 居民 \(residents) 人 · 住宅地面建筑面积 \(area(base))",
                "\(funds.members) members · \(residents) residents · residential floor area \(area(base))"),
            l.pick(
                "活动经费：已拨 \(money(funds.activityGranted))，下限 \(money(funds.activityFloor))；工作经费：已拨 \(money(funds.workGranted))，下限 \(money(funds.workFloor))",
                "Activity funds: granted \(money(funds.activityGranted)), floor \(money(funds.activityFloor)); work funds: granted \(money(funds.workGranted)), floor \(money(funds.workFloor))"
            ),
            l.pick(
                "服务用房 \(area(community.serviceSpace))（下限 \(area(serviceFloor))） · 工作活动用房 \(area(community.workAndActivityRoomArea))（下限 \(area(workFloor))）",
                "Service space \(area(community.serviceSpace)) (floor \(area(serviceFloor))) · work-and-activity rooms \(area(community.workAndActivityRoomArea)) (floor \(area(workFloor)))"
            ),
        ]
    }
}
