import Foundation

/// Reads communities from a spreadsheet exported as CSV: one row a community, with the figures the
/// community-level rules need (size, floor areas, residents' committees, funds of a year by source,
/// membership headcount, last year's average wage, an exception).
///
/// The first row names the columns, in English (any case) or in Chinese; their order is free and unknown columns are an error, so that a misspelt header is not
/// silently ignored. Only `id` is required. The file may be UTF-8 (with or without a byte-order mark)
/// or GB18030/GBK, told apart without being told (``TextEncoding``). Numbers may be written with
/// full-width digits, thousands separators, `万` and a unit (`1.5万元`, `２，１４５户`, `5600㎡`).
///
/// The columns are the cases of ``Column``, each with its English and Chinese header;
/// `Documentation/DataFiles.md` describes what each holds. An empty cell, or a column the table does
/// not have, leaves its figure not recorded (`nil`), never zero.
///
/// A table with bad cells is read to its end, and every problem is reported at once in a
/// ``CommunityTableError``.
///
/// ```swift
/// let communities = try CommunityTable.read(contentsOf: URL(fileURLWithPath: "district.csv"))
/// let report = try await Auditor().audit(communities, on: CalendarDate("2025-12-31"))
/// ```
public enum CommunityTable {
    /// Reads communities from CSV text.
    /// - Parameter source: a name for the text in errors, such as its file name.
    /// - Throws: ``CommunityTableError`` with every problem of the table: each names the line, the
    ///   column as the header wrote it, the value and what is wrong.
    public static func read(csv text: String, source: String = "CSV") throws(CommunityTableError) -> [Community] {
        let rows = CSVParser.rows(text)
        guard let header = rows.first else {
            throw CommunityTableError(problems: [CommunityTableProblem(source: source, line: nil, reason: .emptyFile)])
        }
        var problems: [CommunityTableProblem] = []
        if let failure = header.failure {
            problems.append(CommunityTableProblem(source: source, line: header.line, reason: failure))
        }
        var columns: [Column?] = []
        var headers: [Column: String] = [:]
        for name in header.fields {
            let written = name.trimmingCharacters(in: .whitespaces)
            let column = Column(header: written)
            if let column, headers[column] == nil {
                headers[column] = written
                columns.append(column)
            } else {
                let reason: CommunityTableProblem.Reason = column == nil ? .unknownColumn : .duplicateColumn
                problems.append(
                    CommunityTableProblem(source: source, line: header.line, column: written, reason: reason))
                columns.append(nil)
            }
        }
        if headers[.id] == nil {
            problems.append(
                CommunityTableProblem(source: source, line: header.line, column: "id", reason: .missingColumn))
        }
        var seen = Set<String>()
        var communities: [Community] = []
        for row in rows.dropFirst() {
            if let failure = row.failure {
                problems.append(CommunityTableProblem(source: source, line: row.line, reason: failure))
                continue
            }
            guard row.fields.count == columns.count else {
                let reason = CommunityTableProblem.Reason.wrongCellCount(
                    found: row.fields.count, expected: columns.count)
                problems.append(CommunityTableProblem(source: source, line: row.line, reason: reason))
                continue
            }
            var reader = RowReader(source: source, line: row.line, headers: headers)
            for (column, value) in zip(columns, row.fields) {
                if let column { reader.values[column] = value.trimmingCharacters(in: .whitespaces) }
            }
            let community = reader.community()
            problems += inHeaderOrder(reader.problems, header: header.fields)
            if let id = reader.values[.id], !id.isEmpty, !seen.insert(id).inserted {
                problems.append(
                    CommunityTableProblem(
                        source: source, line: row.line, column: headers[.id], value: id, reason: .duplicateID))
            }
            if let community { communities.append(community) }
        }
        guard problems.isEmpty else { throw CommunityTableError(problems: problems) }
        return communities
    }

    /// The problems of one row in the order of the columns their headers name (the whole row's first).
    private static func inHeaderOrder(_ problems: [CommunityTableProblem], header: [String]) -> [CommunityTableProblem]
    {
        let written = header.map { $0.trimmingCharacters(in: .whitespaces) }
        func position(_ problem: CommunityTableProblem) -> Int {
            problem.column.map { written.firstIndex(of: $0) ?? written.count } ?? -1
        }
        return problems.enumerated().sorted { (position($0.element), $0.offset) < (position($1.element), $1.offset) }
            .map(\.element)
    }

    /// Reads communities from a CSV file.
    /// - Parameter encoding: the encoding of the file's bytes; by default, UTF-8 or GB18030 as the
    ///   bytes show.
    /// - Throws: ``CommunityTableError`` with every problem of the table, or the one problem of a
    ///   file that does not exist, cannot be read or is not text in `encoding`.
    public static func read(contentsOf url: URL, encoding: TextEncoding = .automatic) throws(CommunityTableError)
        -> [Community]
    {
        let source = url.lastPathComponent
        func failure(_ reason: CommunityTableProblem.Reason) -> CommunityTableError {
            CommunityTableError(problems: [CommunityTableProblem(source: source, line: nil, reason: reason)])
        }
        guard FileManager.default.fileExists(atPath: url.path) else { throw failure(.fileNotFound) }
        guard let data = try? Data(contentsOf: url) else { throw failure(.fileNotReadable) }
        guard let text = encoding.decode(data) else { throw failure(.notText(encoding)) }
        return try read(csv: text, source: source)
    }
}
