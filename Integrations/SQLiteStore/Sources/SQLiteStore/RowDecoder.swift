import PartyBuilding

/// Reads the typed columns of the current row of a statement, turning a value that is not what
/// its column holds into a `StoreError` with code `corrupted` that names the community, table and column.
struct RowDecoder {
    /// The statement positioned on the row.
    let statement: SQLiteStatement
    /// The table the row comes from.
    let table: String
    /// The community the row belongs to.
    let community: CommunityID
    /// The database file's path.
    let path: String

    /// An enumeration stored as its raw value.
    func enumeration<Value: RawRepresentable>(_ column: Int32, _ name: String) throws(StoreError) -> Value
    where Value.RawValue == String {
        let text = statement.text(column)
        guard let value = Value(rawValue: text) else { throw corrupted(name, text) }
        return value
    }

    /// An enumeration stored as its raw value, or `nil` for NULL.
    func optionalEnumeration<Value: RawRepresentable>(_ column: Int32, _ name: String) throws(StoreError) -> Value?
    where Value.RawValue == String {
        statement.isNull(column) ? nil : try enumeration(column, name)
    }

    /// A flag stored as 0 or 1, or `nil` for NULL.
    func optionalFlag(_ column: Int32, _ name: String) throws(StoreError) -> Bool? {
        statement.isNull(column) ? nil : try flag(column, name)
    }

    /// An area stored in hundredths of a square metre, or `nil` for NULL.
    func optionalArea(_ column: Int32) -> Area? {
        statement.isNull(column) ? nil : Area(hundredthsOfSquareMetre: statement.int64(column))
    }

    /// A flag stored as 0 or 1.
    func flag(_ column: Int32, _ name: String) throws(StoreError) -> Bool {
        switch statement.int64(column) {
        case 0: return false
        case 1: return true
        case let value: throw corrupted(name, String(value))
        }
    }

    /// A date stored as `YYYY-MM-DD`.
    func date(_ column: Int32, _ name: String) throws(StoreError) -> CalendarDate {
        if let date = statement.date(column) { return date }
        let text = statement.text(column)
        do { return try CalendarDate(iso8601: text) } catch { throw corrupted(name, text) }
    }

    /// A month stored as `YYYY-MM`.
    func month(_ column: Int32, _ name: String) throws(StoreError) -> CalendarMonth {
        if let month = statement.month(column) { return month }
        let text = statement.text(column)
        do { return try CalendarMonth(iso8601: text) } catch { throw corrupted(name, text) }
    }

    /// A date stored as `YYYY-MM-DD`, or `nil` for NULL.
    func optionalDate(_ column: Int32, _ name: String) throws(StoreError) -> CalendarDate? {
        statement.isNull(column) ? nil : try date(column, name)
    }

    /// Checks that a column of a value recorded in several columns is not NULL: a step of an applicant
    /// is in all its columns or in none.
    func required(_ column: Int32, _ name: String) throws(StoreError) {
        if statement.isNull(column) { throw corrupted(name, "NULL") }
    }

    /// The error for a stored value that its column cannot hold.
    func corrupted(_ column: String, _ value: String) -> StoreError {
        let underlying = SQLiteDecodingError(table: table, column: column, value: value)
        return StoreError(
            .corrupted, "community \(community): \(underlying)", recordID: community.rawValue, path: path,
            underlying: underlying)
    }
}
