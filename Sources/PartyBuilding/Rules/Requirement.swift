/// What a rule requires of a measured value: a bound as worded, and the value it bounds (for a band,
/// its two ends).
///
/// A required minimum shown in a unit (fen, 0.01 m²) is rounded up, so that meeting the displayed
/// figure always meets the rule; the comparison itself is exact.
public struct Requirement: Sendable, Hashable, Codable {
    /// The bound as the clause words it.
    public var bound: Bound
    /// The value bounded (for ``Bound/between``, the low end).
    public var value: Quantity
    /// The high end of a ``Bound/between`` band, otherwise `nil`.
    public var upperValue: Quantity?

    /// Creates a requirement of one bound.
    public init(_ bound: Bound, _ value: Quantity) {
        self.bound = bound
        self.value = value
        self.upperValue = nil
    }

    /// Creates a band from `low` to `high`, both included: 应在 35–45 岁之间.
    public init(between low: Quantity, and high: Quantity) {
        self.bound = .between
        self.value = low
        self.upperValue = high
    }

    /// The requirement in a language, the bound in the clause's own word:
    /// `不低于 15,000.00 元` / `at least CNY 15,000.00`, `不少于 7 天` / `at least 7 days`,
    /// `1 次以上` / `1 training or more`, `本科以上` / `bachelor's degree or higher`,
    /// `超过 50 名` / `more than 50 members`, `在 35–45 岁之间` / `between 35 and 45 years old`,
    /// `不早于2022年12月31日` / `on or after 31 December 2022`.
    ///
    /// In Chinese a space separates the bound word from a number (`不低于 15,000.00 元`), not from a
    /// year or a date, which is written as one word (`不早于2022年12月31日`). A template joins the
    /// requirement to the word before it (`应{required}`: `应不低于 15,000.00 元`); where the requirement
    /// starts with a number (`以上`, `以下`), the template writes the space (`应参加 {required}`:
    /// `应参加 1 次以上`).
    public func formatted(_ language: Language) -> String {
        let shown = value.formatted(language)
        if let upperValue, bound == .between {
            return language == .chinese
                ? "在 \(value.number(language))–\(upperValue.formatted(language))之间"
                : "between \(value.number(language)) and \(upperValue.formatted(language))"
        }
        switch (language, bound) {
        case (.chinese, .orMore), (.chinese, .orLess): return shown + bound.wording
        case (.chinese, .exactly): return bound.wording + shown
        case (.chinese, _): return bound.wording + (value.isWrittenAsOneWord ? "" : " ") + shown
        case (.english, .orMore): return shown + (value.isLevel ? " or higher" : " or more")
        case (.english, .orLess): return shown + " or less"
        case (.english, .moreThan): return "more than " + shown
        case (.english, .lessThan): return "less than " + shown
        case (.english, .notLessThan), (.english, .noFewerThan): return "at least " + shown
        case (.english, .exactly): return shown
        case (.english, .notEarlierThan): return "on or after " + shown
        case (.english, .between): return "at least " + shown
        }
    }
}

extension Quantity {
    /// Whether the Chinese text is a word of its own, joined to the words around it without a space: a
    /// year (`2025年`) or a date (`2025年12月31日`).
    fileprivate var isWrittenAsOneWord: Bool {
        switch self {
        case .year, .date: true
        default: false
        }
    }

    /// Whether the value is a level on a scale, such as an education level, above which is "higher",
    /// not "more": `bachelor's degree or higher`.
    fileprivate var isLevel: Bool {
        if case .label = self { return true }
        return false
    }
}
