/// The highest education a worker has completed, ordered from the lowest.
public enum Education: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Junior secondary school or less (初中及以下).
    case juniorSecondaryOrLess
    /// Senior secondary or vocational school (高中、中专).
    case seniorSecondary
    /// An associate degree (大专), the lowest "college graduate" level.
    case associate
    /// A bachelor's degree (本科).
    case bachelor
    /// A master's degree (硕士).
    case master
    /// A doctorate (博士).
    case doctorate

    private var rank: Int {
        switch self {
        case .juniorSecondaryOrLess: 0
        case .seniorSecondary: 1
        case .associate: 2
        case .bachelor: 3
        case .master: 4
        case .doctorate: 5
        }
    }

    public static func < (lhs: Education, rhs: Education) -> Bool { lhs.rank < rhs.rank }

    /// Whether this level counts as a college graduate (大学生): an associate degree or higher.
    public var isCollegeGraduate: Bool { self >= .associate }

    /// The level as a label in both languages.
    public var label: Quantity.Label {
        let names: (String, String) =
            switch self {
            case .juniorSecondaryOrLess: ("初中及以下", "junior secondary or less")
            case .seniorSecondary: ("高中、中专", "senior secondary")
            case .associate: ("大专", "associate degree")
            case .bachelor: ("本科", "bachelor's degree")
            case .master: ("硕士", "master's degree")
            case .doctorate: ("博士", "doctorate")
            }
        return Quantity.Label(code: rawValue, chinese: names.0, english: names.1)
    }
}
