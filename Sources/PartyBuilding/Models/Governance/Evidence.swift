/// Dated evidence that a mechanism exists or a duty was done: a document with its reference, a
/// meeting, or another record.
///
/// A qualitative rule ("建立健全……协调机制") is satisfied by evidence, never by a bare flag: a finding
/// names the evidence that is missing.
public struct Evidence: Sendable, Hashable, Codable {
    /// What kind of evidence it is.
    public var kind: Kind
    /// The day of the document, meeting or record.
    public var date: CalendarDate
    /// The reference that finds it: a document number (`城中党发〔2024〕3号`), a meeting's ID, a
    /// register's name.
    public var reference: String
    /// What it is, in words, when recorded.
    public var title: String?

    /// Creates evidence.
    public init(kind: Kind, date: CalendarDate, reference: String, title: String? = nil) {
        self.kind = kind
        self.date = date
        self.reference = reference
        self.title = title
    }

    /// A kind of evidence.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A document, with its reference number (文件).
        case document
        /// A meeting, with the meeting record's ID or minutes (会议记录).
        case meeting
        /// Another record: a register, a ledger, a system (台账、记录).
        case record
    }
}
