import Foundation

/// Reads communities from a spreadsheet exported as CSV: one row a community, with the figures the
/// community-level rules need (size, floor areas, funds of a year, membership headcount, last year's
/// average wage).
///
/// The first row names the columns, in English (as below) or in Chinese (the name in brackets); their
/// order is free and unknown columns are an error, so that a misspelt header is not silently ignored.
/// Only `id` is required; an empty cell leaves the field at its default.
///
/// | column | meaning |
/// |---|---|
/// | `id` (编号) | the community's ID |
/// | `name` (名称) | its name |
/// | `district` (区) | its district or county-level city |
/// | `street` (街道) | its street |
/// | `development` (建设状态) | `existing` (已建) or `planned` (规划) |
/// | `households` (户数), `residents` (常住人口), `registeredResidents` (户籍人口) | counts |
/// | `residentialFloorArea` (住宅地面建筑面积), `serviceSpace` (社区服务用房), `workAndActivityRoomArea` (工作活动用房), `partyUseArea` (党组织活动用房) | m², up to two decimals |
/// | `isConcentratedResettlement` (集中安置), `hasManagementServiceCentre` (管理服务中心) | `true`/`false`, `是`/`否`, `1`/`0` |
/// | `organisationForm` (组织形式) | `branch` (党支部), `generalBranch` (党总支) or `committee` (党委) |
/// | `members` (党员), `probationaryMembers` (预备党员) | the headcount of members the community holds |
/// | `year` (年度) | the year the fund and wage columns are for (required when they are filled) |
/// | `workFunds` (工作经费), `activityFunds` (活动经费) | yuan granted that year |
/// | `lastYearAverageWage` (上年度平均工资) | yuan, the local average urban wage of the year before |
///
/// ```swift
/// let communities = try CommunityTable.read(contentsOf: URL(fileURLWithPath: "district.csv"))
/// let report = try await Auditor().audit(communities, on: CalendarDate("2025-12-31"))
/// ```
public enum CommunityTable {
    /// Reads communities from CSV text.
    /// - Parameter source: a name for the text in errors, such as its file name.
    /// - Throws: ``CommunityTableError`` naming the line, the column and the value.
    public static func read(csv text: String, source: String = "CSV") throws(CommunityTableError) -> [Community] {
        let rows: [CSVParser.Row]
        do { rows = try CSVParser.rows(text) } catch {
            throw CommunityTableError(source: source, line: error.line, column: nil, value: nil, reason: error.reason)
        }
        guard let header = rows.first else {
            throw CommunityTableError(source: source, line: 1, column: nil, value: nil, reason: "the file is empty")
        }
        var columns: [Column] = []
        for name in header.fields {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let column = Column(named: trimmed) else {
                throw CommunityTableError(
                    source: source, line: header.line, column: trimmed, value: nil,
                    reason: "unknown column; the columns are " + Column.allCases.map(\.rawValue).joined(separator: ", ")
                )
            }
            guard !columns.contains(column) else {
                throw CommunityTableError(
                    source: source, line: header.line, column: trimmed, value: nil, reason: "the column appears twice")
            }
            columns.append(column)
        }
        guard columns.contains(.id) else {
            throw CommunityTableError(
                source: source, line: header.line, column: "id", value: nil, reason: "the id column is required")
        }
        var seen = Set<String>()
        var communities: [Community] = []
        for row in rows.dropFirst() {
            guard row.fields.count == columns.count else {
                throw CommunityTableError(
                    source: source, line: row.line, column: nil, value: nil,
                    reason: "the row has \(row.fields.count) cells; the header has \(columns.count)")
            }
            var cells = RowReader(source: source, line: row.line)
            for (column, value) in zip(columns, row.fields) {
                cells.values[column] = value.trimmingCharacters(in: .whitespaces)
            }
            let community = try cells.community()
            guard seen.insert(community.id.rawValue).inserted else {
                throw CommunityTableError(
                    source: source, line: row.line, column: "id", value: community.id.rawValue,
                    reason: "the id appears on an earlier row")
            }
            communities.append(community)
        }
        return communities
    }

    /// Reads communities from a CSV file (UTF-8).
    /// - Throws: ``CommunityTableError`` naming the file, the line, the column and the value, also
    ///   when the file cannot be read.
    public static func read(contentsOf url: URL) throws(CommunityTableError) -> [Community] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw CommunityTableError(
                source: url.path, line: 0, column: nil, value: nil, reason: "cannot be read as UTF-8 text: \(error)")
        }
        return try read(csv: text, source: url.lastPathComponent)
    }

    /// A column of the table.
    public enum Column: String, Sendable, CaseIterable {
        /// The community's ID (required).
        case id
        /// Its name.
        case name
        /// Its district or county-level city.
        case district
        /// Its street.
        case street
        /// `existing` or `planned`.
        case development
        /// Households.
        case households
        /// Residents (常住人口).
        case residents
        /// Registered residents (户籍人口).
        case registeredResidents
        /// Above-ground residential floor area, m².
        case residentialFloorArea
        /// Service space, m².
        case serviceSpace
        /// Work-and-activity rooms, m².
        case workAndActivityRoomArea
        /// Party-use area, m².
        case partyUseArea
        /// Whether it is a concentrated resettlement area.
        case isConcentratedResettlement
        /// Whether it has a management service centre.
        case hasManagementServiceCentre
        /// The form of its Party organisation.
        case organisationForm
        /// Members the community holds (headcount).
        case members
        /// Probationary members among them.
        case probationaryMembers
        /// The year of the fund and wage columns.
        case year
        /// Work funds granted that year, yuan.
        case workFunds
        /// Activity funds granted that year, yuan.
        case activityFunds
        /// The local average urban wage of the year before, yuan.
        case lastYearAverageWage

        /// The Chinese header accepted for the column.
        public var chineseName: String {
            switch self {
            case .id: "编号"
            case .name: "名称"
            case .district: "区"
            case .street: "街道"
            case .development: "建设状态"
            case .households: "户数"
            case .residents: "常住人口"
            case .registeredResidents: "户籍人口"
            case .residentialFloorArea: "住宅地面建筑面积"
            case .serviceSpace: "社区服务用房"
            case .workAndActivityRoomArea: "工作活动用房"
            case .partyUseArea: "党组织活动用房"
            case .isConcentratedResettlement: "集中安置"
            case .hasManagementServiceCentre: "管理服务中心"
            case .organisationForm: "组织形式"
            case .members: "党员"
            case .probationaryMembers: "预备党员"
            case .year: "年度"
            case .workFunds: "工作经费"
            case .activityFunds: "活动经费"
            case .lastYearAverageWage: "上年度平均工资"
            }
        }

        init?(named name: String) {
            guard let column = Column(rawValue: name) ?? Column.allCases.first(where: { $0.chineseName == name })
            else { return nil }
            self = column
        }
    }
}

/// A cell of a CSV table that cannot be read, named by its source, line, column and value.
public struct CommunityTableError: Error, Sendable, Hashable, LocalizedError {
    /// The file name or the name given for the text.
    public var source: String
    /// The line of the text (1-based; 0 when the file could not be read).
    public var line: Int
    /// The column's header, if the error is in one column.
    public var column: String?
    /// The cell's text, if the error is in one cell.
    public var value: String?
    /// What is wrong.
    public var reason: String

    public var errorDescription: String? {
        var text = "\(source), line \(line)"
        if let column { text += ", column \(column)" }
        if let value { text += ", value \"\(value)\"" }
        return text + ": " + reason
    }
}
