import PartyBuilding

/// Renders an audit report as text for a terminal: one section a community, its key figures, then
/// its findings with the clause behind each.
struct ReportPrinter {
    let language: Language

    func render(_ report: AuditReport, communities: [Community]) -> String {
        var lines: [String] = []
        let zh = language == .chinese
        lines.append(
            zh
                ? "社区党建审核 · \(report.packIDs.joined(separator: "、")) · 审核日期 \(Period.day(report.date).formatted(language)) · 审核期间 \(report.period.formatted(language))"
                : "Community Party-building audit · \(report.packIDs.joined(separator: ", ")) · on \(report.date) · judging \(report.period.formatted(language))"
        )
        let year = report.period.years.last?.start.year ?? report.date.year
        if !report.rulesNotInForce.isEmpty {
            lines.append(
                (zh ? "未生效的规则：" : "Rules not in force: ")
                    + report.rulesNotInForce.map(\.rawValue).joined(separator: ", "))
        }
        for community in communities {
            lines.append("")
            lines.append("■ \(community.name) (\(community.id))")
            lines.append(contentsOf: figures(of: community, year: year, on: report.date).map { "  " + $0 })
            let findings = report.findings(about: community.id)
            if findings.isEmpty { lines.append(zh ? "  无发现。" : "  No findings.") }
            for finding in findings {
                lines.append("  [\(finding.severity.name(language))] \(finding.ruleID)")
                lines.append("    \(finding.message(language))")
                lines.append(
                    "    ← \(finding.citation.reference(language))\(zh ? "：" : ": ")\(finding.citation.wording)")
                if let exception = finding.exception {
                    lines.append(
                        zh
                            ? "    例外：\(exception.reason)（\(exception.approver) 于 \(exception.approvedOn) 批准）"
                            : "    Exception: \(exception.reason) (approved by \(exception.approver) on \(exception.approvedOn))"
                    )
                }
            }
        }
        lines.append("")
        let counts = Severity.allCases.map { "\($0.name(language)) \(report.count($0))" }
        lines.append((zh ? "合计：" : "Totals: ") + counts.joined(separator: " · "))
        return lines.joined(separator: "\n")
    }

    /// An area as the messages show it, thousands grouped: `180,000.00 m²`.
    private func area(_ area: Area?) -> String { area.map { Quantity.area($0).formatted(language) } ?? "—" }

    /// The floors the calculators give for a community, next to its records.
    private func figures(of community: Community, year: Int, on date: CalendarDate) -> [String] {
        let zh = language == .chinese
        let held = MembershipSummary(community, on: date).heldByCommunity
        let activity = ActivityFundFloor.suzhou2011.floor(members: held)
        let work = WorkFundFloor.suzhou2011.floor(population: community.residents ?? 0)
        let space = SpaceFloors.suzhou2011
        let granted = (
            activity: community.fundsGranted(in: year, for: [.activity]),
            work: community.fundsGranted(in: year, for: [.work, .partyOffice])
        )
        if zh {
            return [
                "党员 \(held) 名 · 居民 \(community.residents.map(String.init) ?? "—") 人 · 住宅地面建筑面积 \(area(community.residentialFloorArea))",
                "活动经费：已拨 \(granted.activity) 元，下限 \(activity) 元；工作经费：已拨 \(granted.work) 元，下限 \(work) 元",
                "服务用房 \(area(community.serviceSpace))（下限 \(area(space.serviceSpace(forResidentialFloorArea: community.residentialFloorArea ?? .zero)))）"
                    + " · 工作活动用房 \(area(community.workAndActivityRoomArea))（下限 \(area(space.workSpace(forResidentialFloorArea: community.residentialFloorArea ?? .zero)))）",
            ]
        }
        return [
            "\(held) members · \(community.residents.map(String.init) ?? "—") residents · residential floor area \(area(community.residentialFloorArea))",
            "Activity funds: granted CNY \(granted.activity), floor CNY \(activity); work funds: granted CNY \(granted.work), floor CNY \(work)",
            "Service space \(area(community.serviceSpace)) (floor \(area(space.serviceSpace(forResidentialFloorArea: community.residentialFloorArea ?? .zero))))"
                + " · work-and-activity rooms \(area(community.workAndActivityRoomArea)) (floor \(area(space.workSpace(forResidentialFloorArea: community.residentialFloorArea ?? .zero))))",
        ]
    }
}
