/// How much a finding matters.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A clause that must or shall hold does not: something to fix.
    case violation
    /// An encouraged practice is not followed, or a goal is missed: worth considering.
    case advisory
    /// A check failed but an approved exception covers it; the finding carries the exception.
    case note
    /// Not a failure: a figure or a recommendation the rule reports, such as the form a count permits.
    case information

    private var rank: Int {
        switch self {
        case .violation: 0
        case .advisory: 1
        case .note: 2
        case .information: 3
        }
    }

    /// Violations first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The name in a language.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.violation, .chinese): "违反"
        case (.advisory, .chinese): "建议"
        case (.note, .chinese): "备注"
        case (.information, .chinese): "信息"
        case (.violation, .english): "violation"
        case (.advisory, .english): "advisory"
        case (.note, .english): "note"
        case (.information, .english): "information"
        }
    }
}
