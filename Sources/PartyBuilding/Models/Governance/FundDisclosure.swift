/// A disclosure of the Party organisation's funds within a given circle (公示或通报).
///
/// SZ2011 art. 19: "建立党组织办公和活动经费在一定范围内公示或通报制度".
public struct FundDisclosure: Sendable, Hashable, Codable {
    /// The year whose funds were disclosed.
    public var year: Int
    /// The day of the disclosure.
    public var date: CalendarDate
    /// The funds disclosed.
    public var funds: [Fund]
    /// How and to whom they were disclosed, for example `党务公开栏` or `党员大会通报`.
    public var means: String

    /// Creates a disclosure record.
    public init(year: Int, date: CalendarDate, funds: [Fund], means: String) {
        self.year = year
        self.date = date
        self.funds = funds
        self.means = means
    }

    /// A fund art. 19 wants disclosed.
    public enum Fund: String, Sendable, Hashable, Codable, CaseIterable {
        /// 党组织办公经费: the office share of the work funds.
        case office
        /// 党组织活动经费: the activity fund.
        case activity

        /// The fund's name.
        public var label: LocalizedText {
            switch self {
            case .office: LocalizedText(chinese: "党组织办公经费", english: "the office funds")
            case .activity: LocalizedText(chinese: "党组织活动经费", english: "the activity funds")
            }
        }
    }
}
