import Foundation

/// The cells of one row of a ``CommunityTable``, read into a ``Community``; every cell that cannot be
/// read is a problem, and the row is read to its end.
struct RowReader {
    let source: String
    let line: Int
    /// The headers of the table's columns, as the table wrote them.
    let headers: [CommunityTable.Column: String]
    /// The row's cells, trimmed.
    var values: [CommunityTable.Column: String] = [:]
    /// What is wrong with the row's cells, in the order they were read.
    private(set) var problems: [CommunityTableProblem] = []

    init(source: String, line: Int, headers: [CommunityTable.Column: String]) {
        self.source = source
        self.line = line
        self.headers = headers
    }

    /// The community of the row, or `nil` when a cell cannot be read or the community cannot be right
    /// (the ``problems`` say why).
    mutating func community() -> Community? {
        let id = values[.id] ?? ""
        if id.isEmpty && headers[.id] != nil { report(.id, .empty) }
        var community = Community(id: CommunityID(id), name: text(.name) ?? id, district: text(.district) ?? "")
        community.street = text(.street)
        let developments: [(String, Community.Development)] = [
            ("existing", .existing), ("已建", .existing), ("planned", .planned), ("规划", .planned),
        ]
        if let development = word(.development, developments) {
            community.development = development
        }
        community.households = count(.households)
        community.residents = count(.residents)
        community.registeredResidents = count(.registeredResidents)
        community.residentialFloorArea = area(.residentialFloorArea)
        community.serviceSpace = area(.serviceSpace)
        community.workAndActivityRoomArea = area(.workAndActivityRoomArea)
        community.partyUseArea = area(.partyUseArea)
        community.isConcentratedResettlement = flag(.isConcentratedResettlement)
        community.hasManagementServiceCentre = flag(.hasManagementServiceCentre)

        readOrganisations(into: &community)
        readFunds(into: &community)
        readException(into: &community)
        // Without an ID (reported, or its column is missing and that is reported) the row is not validated.
        guard problems.isEmpty, !id.isEmpty else { return nil }
        validate(community)
        return problems.isEmpty ? community : nil
    }

    /// The column's header as the table wrote it, or its English name when the table has no such column.
    func header(_ column: CommunityTable.Column) -> String { headers[column] ?? column.rawValue }

    mutating func report(_ column: CommunityTable.Column?, _ reason: CommunityTableProblem.Reason) {
        problems.append(
            CommunityTableProblem(
                source: source, line: line, column: column.map(header), value: column.map { values[$0] ?? "" },
                reason: reason))
    }

    func text(_ column: CommunityTable.Column) -> String? {
        guard let value = values[column], !value.isEmpty else { return nil }
        return value
    }

    /// `value`, or a problem of `column` when a filled `filled` needs it and it is empty.
    mutating func required(_ value: Int?, _ column: CommunityTable.Column, by filled: CommunityTable.Column) -> Int? {
        if value == nil && text(column) == nil { report(column, .requiredBy(header(filled))) }
        return value
    }

    private mutating func number(_ column: CommunityTable.Column, _ unit: CellNumber.Unit) -> CellNumber? {
        guard let value = text(column) else { return nil }
        do { return try CellNumber(value, unit: unit) } catch {
            report(column, error.reason)
            return nil
        }
    }

    mutating func count(_ column: CommunityTable.Column, unit: CellNumber.Unit = .count) -> Int? {
        do { return try number(column, unit)?.count() } catch {
            report(column, error.reason)
            return nil
        }
    }

    private mutating func area(_ column: CommunityTable.Column) -> Area? {
        do { return try number(column, .squareMetre).map { try Area(squareMetres: $0.hundredths()) } } catch {
            report(column, (error as? CellNumber.Failure)?.reason ?? .tooLarge)
            return nil
        }
    }

    mutating func money(_ column: CommunityTable.Column) -> Money? {
        do { return try number(column, .yuan).map { try Money(yuan: $0.hundredths()) } } catch {
            report(column, (error as? CellNumber.Failure)?.reason ?? .tooLarge)
            return nil
        }
    }

    /// The date in the cell, `YYYY-MM-DD`.
    mutating func date(_ column: CommunityTable.Column) -> CalendarDate? {
        guard let value = text(column) else { return nil }
        do { return try CalendarDate(iso8601: value) } catch {
            report(column, .notADate)
            return nil
        }
    }

    private mutating func flag(_ column: CommunityTable.Column) -> Bool? {
        word(
            column,
            [
                ("true", true), ("yes", true), ("1", true), ("是", true), ("false", false), ("no", false), ("0", false),
                ("否", false),
            ])
    }

    /// The value of the first of `words` the cell holds (English words in any case).
    mutating func word<Value>(_ column: CommunityTable.Column, _ words: [(String, Value)]) -> Value? {
        guard let value = text(column) else { return nil }
        if let match = words.first(where: { $0.0.caseInsensitiveCompare(value) == .orderedSame }) { return match.1 }
        report(column, .notOneOf(words.map(\.0)))
        return nil
    }
}
