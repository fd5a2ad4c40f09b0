/// The electronic ledger in which the community keeps its Party-building records (党建工作电子台账), with
/// the evidence that it is in use.
///
/// SZ2011 art. 21: "全面推进社区内部管理电子化，建立党建工作电子台账制度".
public struct ElectronicLedger: Sendable, Hashable, Codable {
    /// The system that holds the ledger, for example `智慧党建平台`.
    public var system: String
    /// The day the ledger came into use.
    public var since: CalendarDate
    /// The document, meeting or record that shows it.
    public var evidence: [Evidence]

    /// Creates an electronic-ledger record.
    public init(system: String, since: CalendarDate, evidence: [Evidence] = []) {
        self.system = system
        self.since = since
        self.evidence = evidence
    }
}
