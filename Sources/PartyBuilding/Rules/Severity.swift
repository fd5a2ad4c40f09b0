/// How much a finding matters.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A clause that must or shall hold does not: something to fix.
    case violation
    /// Not (yet) a violation, but at risk or outside a permission: a form a "may" clause does not
    /// permit without a recorded approval, a deadline coming close. A recorded approval makes it a note.
    case warning
    /// An encouraged practice is not followed, or a goal is missed: worth considering.
    case advisory
    /// A check failed but an approved exception covers it; the finding carries the exception.
    case note
    /// Not a failure: a figure or a recommendation the rule reports, such as the form a count permits.
    case information

    /// The position in `allCases`: violations first.
    var rank: Int {
        switch self {
        case .violation: 0
        case .warning: 1
        case .advisory: 2
        case .note: 3
        case .information: 4
        }
    }

    /// Violations first, then warnings, advisories, notes and information.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The name in a language.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.violation, .chinese): "违反"
        case (.warning, .chinese): "预警"
        case (.advisory, .chinese): "建议"
        case (.note, .chinese): "备注"
        case (.information, .chinese): "信息"
        case (.violation, .english): "violation"
        case (.warning, .english): "warning"
        case (.advisory, .english): "advisory"
        case (.note, .english): "note"
        case (.information, .english): "information"
        }
    }
}
