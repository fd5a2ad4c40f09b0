/// A ledger the community keeps up to date (台账), with the days it was updated.
///
/// MY: "梳理形成困难群众、民生诉求、信访稳定等台账，实施'月更新'动态管理".
public struct Ledger: Sendable, Hashable, Codable {
    /// What the ledger records.
    public var kind: Kind
    /// The ledger's name as the community calls it, when it differs from the kind's.
    public var name: String?
    /// The days it was updated, in any order.
    public var updates: [CalendarDate]

    /// Creates a ledger record.
    public init(kind: Kind, name: String? = nil, updates: [CalendarDate] = []) {
        self.kind = kind
        self.name = name
        self.updates = updates
    }

    /// The latest update on or before `date`, or `nil` when there is none.
    public func lastUpdate(onOrBefore date: CalendarDate) -> CalendarDate? {
        var latest: CalendarDate?
        for update in updates where update <= date && latest.map({ update > $0 }) ?? true { latest = update }
        return latest
    }

    /// What a ledger records; MY names the first three.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 困难群众: households in difficulty.
        case householdsInDifficulty
        /// 民生诉求: residents' requests.
        case residentsRequests
        /// 信访稳定: petitions and stability.
        case petitions
        /// Another ledger the community keeps.
        case other

        /// The kind's name.
        public var label: LocalizedText {
            switch self {
            case .householdsInDifficulty: LocalizedText(chinese: "困难群众台账", english: "households in difficulty")
            case .residentsRequests: LocalizedText(chinese: "民生诉求台账", english: "residents' requests")
            case .petitions: LocalizedText(chinese: "信访稳定台账", english: "petitions")
            case .other: LocalizedText(chinese: "其他台账", english: "another ledger")
            }
        }

        /// The ledgers MY requires.
        public static let required: [Kind] = [.householdsInDifficulty, .residentsRequests, .petitions]
    }
}
