import PartyBuilding

/// The space view of a set of communities on a date: per community the service space, the
/// work-and-activity rooms and the Party-use area that SZ2011 art. 15 requires (3% and 0.5% of the
/// above-ground residential floor area, a third of the rooms), next to the national floor of 30 m²
/// of service space for every 100 households (`NAT.service-space`), with what is recorded and the
/// gap, for planned and existing communities side by side, and district subtotals.
///
/// Floors are rounded up to 0.01 m² as the rules round them, with the parameters in force on the
/// date. A figure not recorded is shown as not recorded and has no gap; it is never taken as zero.
///
/// ```swift
/// let space = try SpaceReport(communities, on: CalendarDate("2025-12-31"))
/// let document = try space.document(.chinese)
/// ```
public struct SpaceReport: Sendable {
    /// One community's space against its floors.
    public struct Line: Sendable, Hashable {
        /// The community's ID.
        public var id: CommunityID
        /// Its name.
        public var name: String
        /// Its district.
        public var district: String
        /// Built or planned, or `nil` when not recorded.
        public var development: Community.Development?
        /// The above-ground residential floor area, when recorded.
        public var residentialFloorArea: Area?
        /// The households, when recorded.
        public var households: Int?
        /// The service space SZ2011 requires (3% of the residential floor area), when computable.
        public var serviceRequired: Area?
        /// The service space recorded.
        public var service: Area?
        /// The work-and-activity rooms SZ2011 requires (0.5%), when computable.
        public var roomsRequired: Area?
        /// The work-and-activity rooms recorded.
        public var rooms: Area?
        /// The Party-use area required (a third of the rooms recorded), when computable.
        public var partyUseRequired: Area?
        /// The Party-use area recorded.
        public var partyUse: Area?
        /// The service space the national floor requires (30 m² per 100 households), when computable.
        public var nationalRequired: Area?

        /// Recorded less required (negative: short), or `nil` when either is missing.
        public var serviceGap: Area? { SpaceReport.gap(service, serviceRequired) }
        /// Recorded less required (negative: short), or `nil` when either is missing.
        public var roomsGap: Area? { SpaceReport.gap(rooms, roomsRequired) }
        /// Recorded less required (negative: short), or `nil` when either is missing.
        public var partyUseGap: Area? { SpaceReport.gap(partyUse, partyUseRequired) }
        /// Recorded service space less the national floor, or `nil` when either is missing.
        public var nationalGap: Area? { SpaceReport.gap(service, nationalRequired) }
    }

    /// The date judged.
    public let date: CalendarDate
    /// One line a community, in the order given.
    public let lines: [Line]

    /// Computes the view with the parameters of `packs` (and `scenario`) in force on `date`.
    /// - Throws: ``ParameterError`` when the space parameters are not in force on the date.
    public init(
        _ communities: [Community], on date: CalendarDate, packs: [PolicyPack] = PolicyPack.builtIn,
        scenario: Scenario? = nil
    ) throws(ParameterError) {
        let parameters = ParameterReader(try ParameterValues(packs: packs, scenario: scenario, for: .day(date)))
        let floors = try SpaceFloors(parameters)
        let national = try NAT.HouseholdServiceSpaceRule().bind(parameters)
        self.date = date
        lines = communities.map { community in
            let base = community.residentialFloorArea
            return Line(
                id: community.id, name: community.name, district: community.district,
                development: community.development, residentialFloorArea: base, households: community.households,
                serviceRequired: base.map(floors.serviceSpace(forResidentialFloorArea:)),
                service: community.serviceSpace,
                roomsRequired: base.map(floors.workSpace(forResidentialFloorArea:)),
                rooms: community.workAndActivityRoomArea,
                partyUseRequired: community.workAndActivityRoomArea.map(floors.partyUse(forRoomArea:)),
                partyUse: community.partyUseArea,
                nationalRequired: community.households.map { national.required(households: $0) })
        }
    }

    /// `recorded − required`, or `nil` when either is missing.
    static func gap(_ recorded: Area?, _ required: Area?) -> Area? {
        guard let recorded, let required else { return nil }
        return Area(hundredthsOfSquareMetre: recorded.hundredthsOfSquareMetre - required.hundredthsOfSquareMetre)
    }

    /// The view as a document: the table with district subtotals, notes citing the clauses, and
    /// charts of the service-space gaps under SZ2011 and under the national floor.
    /// - Throws: ``ReportTableError`` (not expected: every row is built with the table's columns).
    public func document(_ language: Language) throws(ReportTableError) -> ReportDocument {
        let l = language
        let columns =
            ReportColumn.community(language) + [
                ReportColumn(key: "development", header: l.pick("建设状态", "Built or planned")),
                ReportColumn(
                    key: "residentialFloorArea", header: l.pick("住宅地面建筑面积（m²）", "Residential floor area (m²)")),
                ReportColumn(key: "households", header: l.pick("户数", "Households")),
                ReportColumn(key: "serviceRequired", header: l.pick("服务用房应有（m²）", "Service space required (m²)")),
                ReportColumn(key: "service", header: l.pick("服务用房现有（m²）", "Service space (m²)")),
                ReportColumn(key: "serviceGap", header: l.pick("服务用房差额（m²）", "Service space gap (m²)")),
                ReportColumn(key: "roomsRequired", header: l.pick("工作活动用房应有（m²）", "Rooms required (m²)")),
                ReportColumn(key: "rooms", header: l.pick("工作活动用房现有（m²）", "Rooms (m²)")),
                ReportColumn(key: "roomsGap", header: l.pick("工作活动用房差额（m²）", "Rooms gap (m²)")),
                ReportColumn(key: "partyUseRequired", header: l.pick("党员活动用房应有（m²）", "Party use required (m²)")),
                ReportColumn(key: "partyUse", header: l.pick("党员活动用房现有（m²）", "Party use (m²)")),
                ReportColumn(key: "partyUseGap", header: l.pick("党员活动用房差额（m²）", "Party use gap (m²)")),
                ReportColumn(key: "nationalRequired", header: l.pick("每百户30m²应有（m²）", "30 m² per 100 households (m²)")),
                ReportColumn(key: "nationalGap", header: l.pick("每百户标准差额（m²）", "Gap to the national floor (m²)")),
            ]
        var table = try ReportTable(title: l.pick("社区用房", "Community space"), columns: columns)
        for district in districtsInOrder(lines.map(\.district)) {
            let members = lines.filter { $0.district == district }
            for line in members { try table.append(ReportRow(cells(of: [line], label: nil, language))) }
            let name = district.isEmpty ? l.pick("（未填区）", "(no district)") : district
            try table.append(
                ReportRow(
                    cells(of: members, label: l.pick("\(name) 小计", "\(name) subtotal"), language), kind: .subtotal))
        }
        try table.append(ReportRow(cells(of: lines, label: l.pick("合计", "Total"), language), kind: .total))

        func short(_ gap: KeyPath<Line, Area?>) -> String {
            "\(lines.count { ($0[keyPath: gap]?.hundredthsOfSquareMetre ?? 0) < 0 })"
        }
        let facts = [
            ReportFact(label: l.pick("审核日期", "Date"), value: Period.day(date).formatted(language)),
            ReportFact(label: l.pick("社区数", "Communities"), value: "\(lines.count)"),
            ReportFact(label: l.pick("服务用房不足3%", "Service space below 3%"), value: short(\.serviceGap)),
            ReportFact(label: l.pick("工作活动用房不足0.5%", "Rooms below 0.5%"), value: short(\.roomsGap)),
            ReportFact(label: l.pick("党员活动用房不足三分之一", "Party use below a third"), value: short(\.partyUseGap)),
            ReportFact(label: l.pick("不足每百户30m²", "Below 30 m² per 100 households"), value: short(\.nationalGap)),
        ]
        let note = l.pick(
            "依据：苏州市2011年意见第十五条，社区服务用房按住宅地面建筑面积的3%、工作活动用房按0.5%配置，其中用于党组织和党员活动的不少于三分之一；规划建设的社区按此配置，已建而未达到要求的逐步建设到位。国家标准：社区综合服务设施每百户居民不低于30平方米。应有面积向上取整到0.01 m²；差额为现有减应有，负数为不足；未记录的面积显示为“—”。",
            "Sources: SZ2011 art. 15 (service space 3% and work-and-activity rooms 0.5% of the residential floor area, at least a third of the rooms for the Party organisation and members; planned communities are built to it, existing ones brought up step by step), and the national floor of 30 m² of service facilities for every 100 households. Required areas are rounded up to 0.01 m²; a gap is the recorded area less the required one, negative when short; an area not recorded shows as “—”."
        )
        return ReportDocument(
            title: l.pick("社区用房：应有、现有与差额", "Community space: required, recorded and the gap"), facts: facts,
            sections: [
                .table(table), .note(note),
                .chart(chart(l.pick("服务用房差额（3%）", "Service space gap (3%)"), \.serviceGap)),
                .chart(chart(l.pick("服务用房差额（每百户30m²）", "Service space gap (30 m² per 100 households)"), \.nationalGap)),
            ])
    }

    /// A chart of one gap for every community with it computable.
    private func chart(_ title: String, _ gap: KeyPath<Line, Area?>) -> BarChart {
        BarChart(
            title: title, unit: "m²",
            bars: lines.compactMap { line in line[keyPath: gap].map { BarChart.Bar(label: line.name, area: $0) } })
    }

    /// The cells of a community's line, or of a subtotal of `lines` under `label`.
    private func cells(of lines: [Line], label: String?, _ language: Language) -> [ReportCell] {
        func sum(_ values: [Area?], signed: Bool = false) -> ReportCell {
            let recorded = values.compactMap { $0 }
            guard !recorded.isEmpty else { return .notRecorded }
            let total = Area(hundredthsOfSquareMetre: recorded.reduce(0) { $0 + $1.hundredthsOfSquareMetre })
            return signed ? .signedArea(total) : .area(total)
        }
        var cells: [ReportCell]
        if let label {
            cells = [.text(""), .text(label), .text(""), .text("")]
        } else {
            let line = lines[0]
            let development = line.development.map { development -> String in
                switch development {
                case .existing: language.pick("已建", "existing")
                case .planned: language.pick("规划", "planned")
                }
            }
            cells = [
                .text(line.id.rawValue), .text(line.name), .text(line.district),
                development.map(ReportCell.text) ?? .notRecorded,
            ]
        }
        let households = lines.compactMap(\.households)
        return cells + [
            sum(lines.map(\.residentialFloorArea)),
            households.isEmpty ? .notRecorded : .integer(households.reduce(0, +)),
            sum(lines.map(\.serviceRequired)), sum(lines.map(\.service)), sum(lines.map(\.serviceGap), signed: true),
            sum(lines.map(\.roomsRequired)), sum(lines.map(\.rooms)), sum(lines.map(\.roomsGap), signed: true),
            sum(lines.map(\.partyUseRequired)), sum(lines.map(\.partyUse)), sum(lines.map(\.partyUseGap), signed: true),
            sum(lines.map(\.nationalRequired)), sum(lines.map(\.nationalGap), signed: true),
        ]
    }
}
