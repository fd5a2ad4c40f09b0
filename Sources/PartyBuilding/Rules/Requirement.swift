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
    /// `不低于 15,000.00 元` / `at least CNY 15,000.00`, `1 次以上` / `1 training or more`,
    /// `超过 50 名` / `more than 50 members`, `在 35–45 岁之间` / `between 35 and 45 years old`.
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
        case (.chinese, _): return bound.wording + " " + shown
        case (.english, .orMore): return shown + " or more"
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
