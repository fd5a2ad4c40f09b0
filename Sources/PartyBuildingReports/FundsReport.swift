import PartyBuilding

/// The fund view of a set of communities for one budget year: per community the activity-fund floor
/// (SZ2011 art. 19: 150 CNY a member, at least 15,000 CNY below 100 members) and the work-fund
/// floor (20 CNY a resident), what was granted and the gap, with street and district subtotals, and
/// where the city/district split applies, the city's and the district's parts of the floors.
///
/// The floors are computed with the parameter values in force on the year's first day, under the
/// packs and scenario given. A grant not recorded is not a grant of nothing: its cells and gap show
/// "not recorded", and subtotals add the recorded ones only.
///
/// ```swift
/// let funds = try FundsReport(communities, year: 2025, on: CalendarDate("2025-12-31"))
/// print(String(decoding: ReportFormat.text.render(try funds.document(.chinese), language: .chinese), as: UTF8.self))
/// ```
public struct FundsReport: Sendable {
    /// One community's floors, grants and gaps.
    public struct Line: Sendable, Hashable {
        /// The community's ID.
        public var id: CommunityID
        /// Its name.
        public var name: String
        /// Its district.
        public var district: String
        /// Its street, if recorded.
        public var street: String?
        /// The members whose membership the community holds on the audit date.
        public var members: Int
        /// The activity-fund floor for those members.
        public var activityFloor: Money
        /// The activity funds granted for the year, or `nil` when none is recorded.
        public var activityGranted: Money?
        /// The population the work fund counts, or `nil` when not recorded.
        public var population: Int?
        /// The work-fund floor, or `nil` when the population is not recorded.
        public var workFloor: Money?
        /// The work funds granted for the year (work and the Party office's share), or `nil`.
        public var workGranted: Money?
        /// The city's part of the two floors, where the city/district split applies.
        public var cityPart: Money?
        /// The district's part of the two floors, where the city/district split applies.
        public var districtPart: Money?

        /// What was granted less the floor (negative: a shortfall), or `nil` when either is missing.
        public var activityGap: Money? { activityGranted.map { $0 - activityFloor } }
        /// What was granted less the floor (negative: a shortfall), or `nil` when either is missing.
        public var workGap: Money? { workGranted.flatMap { granted in workFloor.map { granted - $0 } } }
    }

    /// The budget year.
    public let year: Int
    /// The audit date the memberships are counted on.
    public let date: CalendarDate
    /// One line a community, in the order given.
    public let lines: [Line]
    /// Whether the city/district split applies to any community in the year.
    public var hasSplit: Bool { lines.contains { $0.cityPart != nil } }

    /// Computes the view.
    /// - Throws: ``ParameterError`` when the fund parameters are not in force for the year.
    public init(
        _ communities: [Community], year: Int, on date: CalendarDate, packs: [PolicyPack] = PolicyPack.builtIn,
        scenario: Scenario? = nil
    ) throws(ParameterError) {
        let parameters = ParameterReader(try ParameterValues(packs: packs, scenario: scenario, for: .year(year)))
        let activity = try ActivityFundFloor(parameters)
        let work = try WorkFundFloor(parameters)
        // The split's parameters are in force only for some years (SZ2011 art. 19, until 2012-10-25).
        let split = try? CostSplit(parameters)
        let splitDistricts = (try? parameters[SZ2011.Parameters.splitDistricts]).map(Set.init) ?? []
        self.year = year
        self.date = date
        lines = communities.map { community in
            let members = MembershipSummary(community, on: date).heldByCommunity
            let population = work.population(of: community)
            var line = Line(
                id: community.id, name: community.name, district: community.district, street: community.street,
                members: members, activityFloor: activity.floor(members: members),
                activityGranted: Self.granted(community, year, [.activity]), population: population,
                workFloor: population.map { work.floor(population: $0) },
                workGranted: Self.granted(community, year, [.work, .partyOffice]), cityPart: nil, districtPart: nil)
            if let split, splitDistricts.contains(community.district), let workFloor = line.workFloor {
                (line.cityPart, line.districtPart) = split.split(line.activityFloor + workFloor)
            }
            return line
        }
    }

    /// The sum of the grants of `purposes` in `year`, or `nil` when none is recorded.
    private static func granted(_ community: Community, _ year: Int, _ purposes: [FundGrant.Purpose]) -> Money? {
        guard community.fundGrants.contains(where: { $0.year == year && purposes.contains($0.purpose) }) else {
            return nil
        }
        return community.fundsGranted(in: year, for: purposes)
    }

    /// The view as a document: the table with its subtotals, and a chart of each fund's gaps.
    /// - Throws: ``ReportTableError`` (not expected: every row is built with the table's columns).
    public func document(_ language: Language) throws(ReportTableError) -> ReportDocument {
        let l = language
        var columns =
            ReportColumn.community(language) + [
                ReportColumn(key: "street", header: l.pick("街道", "Street")),
                ReportColumn(key: "members", header: l.pick("党员（名）", "Members")),
                ReportColumn(key: "activityFloor", header: l.pick("活动经费下限（元）", "Activity floor (CNY)")),
                ReportColumn(key: "activityGranted", header: l.pick("活动经费已拨（元）", "Activity granted (CNY)")),
                ReportColumn(key: "activityGap", header: l.pick("活动经费差额（元）", "Activity gap (CNY)")),
                ReportColumn(key: "population", header: l.pick("居民（人）", "Residents")),
                ReportColumn(key: "workFloor", header: l.pick("工作经费下限（元）", "Work floor (CNY)")),
                ReportColumn(key: "workGranted", header: l.pick("工作经费已拨（元）", "Work granted (CNY)")),
                ReportColumn(key: "workGap", header: l.pick("工作经费差额（元）", "Work gap (CNY)")),
            ]
        if hasSplit {
            columns.append(ReportColumn(key: "cityPart", header: l.pick("市本级承担（元）", "City's part (CNY)")))
            columns.append(ReportColumn(key: "districtPart", header: l.pick("城区承担（元）", "District's part (CNY)")))
        }
        var table = try ReportTable(title: l.pick("\(year)年社区经费", "Community funds, \(year)"), columns: columns)
        let groups = CommunityGroups(lines.map { ($0.district, $0.street) })
        var districtRows: [Int] = []
        for (index, street) in groups.streets.enumerated() {
            for position in street.positions { try table.append(ReportRow(cells(of: [lines[position]], label: nil))) }
            districtRows += street.positions
            if street.street != nil {
                let label = l.pick("\(street.street ?? "") 小计", "\(street.street ?? "") subtotal")
                try table.append(
                    ReportRow(cells(of: street.positions.map { lines[$0] }, label: label), kind: .subtotal))
            }
            let isLastOfDistrict =
                index + 1 == groups.streets.count || groups.streets[index + 1].district != street.district
            if isLastOfDistrict {
                let name = street.district.isEmpty ? l.pick("（未填区）", "(no district)") : street.district
                try table.append(
                    ReportRow(
                        cells(of: districtRows.map { lines[$0] }, label: l.pick("\(name) 小计", "\(name) subtotal")),
                        kind: .subtotal))
                districtRows = []
            }
        }
        try table.append(ReportRow(cells(of: lines, label: l.pick("合计", "Total")), kind: .total))

        var facts = [
            ReportFact(label: l.pick("经费年度", "Budget year"), value: "\(year)"),
            ReportFact(label: l.pick("党员人数统计日", "Members counted on"), value: date.iso8601),
            ReportFact(label: l.pick("社区数", "Communities"), value: "\(lines.count)"),
        ]
        let short = lines.filter { ($0.activityGap ?? .zero) < .zero || ($0.workGap ?? .zero) < .zero }.count
        facts.append(ReportFact(label: l.pick("经费不足的社区", "Communities short of a floor"), value: "\(short)"))
        var sections: [ReportSection] = [.table(table)]
        sections.append(
            .note(
                l.pick(
                    "差额为已拨经费减下限，负数为缺口；未记录拨付的经费显示为“—”，小计只加已记录的数额。依据：苏州市2011年意见第十九条。",
                    "The gap is the amount granted less the floor; a negative gap is a shortfall. A grant not recorded shows as “—”, and subtotals add the recorded amounts only. Source: SZ2011 art. 19."
                )))
        if !hasSplit {
            sections.append(
                .note(l.pick("本年度没有适用市、区分级承担比例的社区。", "No community is under the city/district split in this year.")))
        }
        sections.append(.chart(gapChart(l.pick("活动经费差额", "Activity-fund gap"), \.activityGap, language)))
        sections.append(.chart(gapChart(l.pick("工作经费差额", "Work-fund gap"), \.workGap, language)))
        return ReportDocument(
            title: l.pick("社区经费：下限、已拨与差额", "Community funds: floors, grants and gaps"), facts: facts, sections: sections
        )
    }

    /// A chart of one gap for every community with it recorded.
    private func gapChart(_ title: String, _ gap: KeyPath<Line, Money?>, _ language: Language) -> BarChart {
        BarChart(
            title: title, unit: language.pick("元", "CNY"),
            bars: lines.compactMap { line in line[keyPath: gap].map { BarChart.Bar(label: line.name, money: $0) } })
    }

    /// The cells of a community's line, or of a subtotal of `lines` under `label`.
    private func cells(of lines: [Line], label: String?) -> [ReportCell] {
        func sum(_ values: [Money?]) -> ReportCell {
            let recorded = values.compactMap { $0 }
            return recorded.isEmpty ? .notRecorded : .money(recorded.reduce(.zero, +))
        }
        func signedSum(_ values: [Money?]) -> ReportCell {
            let recorded = values.compactMap { $0 }
            return recorded.isEmpty ? .notRecorded : .signedMoney(recorded.reduce(.zero, +))
        }
        let populations = lines.compactMap(\.population)
        var cells: [ReportCell]
        if let label {
            cells = [.text(""), .text(label), .text(""), .text("")]
        } else {
            let line = lines[0]
            cells = [
                .text(line.id.rawValue), .text(line.name), .text(line.district),
                line.street.map(ReportCell.text) ?? .notRecorded,
            ]
        }
        cells += [
            .integer(lines.reduce(0) { $0 + $1.members }), sum(lines.map(\.activityFloor)),
            sum(lines.map(\.activityGranted)),
            signedSum(lines.map(\.activityGap)),
            populations.isEmpty ? .notRecorded : .integer(populations.reduce(0, +)), sum(lines.map(\.workFloor)),
            sum(lines.map(\.workGranted)), signedSum(lines.map(\.workGap)),
        ]
        if hasSplit {
            cells += [sum(lines.map(\.cityPart)), sum(lines.map(\.districtPart))]
        }
        return cells
    }
}
