/// How strongly a clause binds, read off its wording (the table in RULES.md).
///
/// | wording | strength | a failed check is |
/// |---|---|---|
/// | 必须, 须, 均须, 严格执行 | ``must`` | a violation |
/// | 应, 应当, 要 | ``shall`` | a violation |
/// | 原则上 | ``inPrinciple`` | a violation, or a note when an approved exception is recorded |
/// | 提倡, 鼓励, 积极推行, 积极探索 | ``encouraged`` | an advisory |
/// | 可以 | ``may`` | never a violation: going beyond the permission is a warning, a note when approved |
public enum NormativeStrength: String, Sendable, Hashable, Codable, CaseIterable {
    /// 必须, 须, 均须, 严格执行.
    case must
    /// 应, 应当, 要.
    case shall
    /// 原则上: a default that allows recorded exceptions.
    case inPrinciple
    /// 提倡, 鼓励, 积极推行, 积极探索.
    case encouraged
    /// 可以: a permission.
    case may

    /// The severity of a failed check of a clause of this strength, before exceptions. A permission
    /// (可以) never fails: what lies beyond it needs an approval, so it is a warning.
    public var severityOfFailure: Severity {
        switch self {
        case .must, .shall, .inPrinciple: .violation
        case .may: .warning
        case .encouraged: .advisory
        }
    }

    /// Whether a recorded, approved exception turns a failure into a note.
    public var allowsExceptions: Bool { self == .inPrinciple || self == .may }

    /// The name in a language: `原则上` / `in principle`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.must, .chinese): "必须"
        case (.shall, .chinese): "应当"
        case (.inPrinciple, .chinese): "原则上"
        case (.encouraged, .chinese): "提倡"
        case (.may, .chinese): "可以"
        case (.must, .english): "must"
        case (.shall, .english): "shall"
        case (.inPrinciple, .english): "in principle"
        case (.encouraged, .english): "encouraged"
        case (.may, .english): "may"
        }
    }
}
