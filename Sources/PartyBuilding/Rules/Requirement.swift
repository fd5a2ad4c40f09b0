/// What a rule requires of a measured value: a bound as worded, and the value it bounds.
///
/// A required minimum shown in a unit (fen, 0.01 m²) is rounded up, so that meeting the displayed
/// figure always meets the rule; the comparison itself is exact.
public struct Requirement: Sendable, Hashable, Codable {
    /// The bound as the clause words it.
    public var bound: Bound
    /// The value bounded.
    public var value: Quantity

    /// Creates a requirement.
    public init(_ bound: Bound, _ value: Quantity) {
        self.bound = bound
        self.value = value
    }

    /// The requirement in a language: `不低于 15,000.00 元` / `≥ CNY 15,000.00`.
    /// In Chinese, 以上 and 以下 follow the number (`45 岁以下`) and the other words precede it (`不低于 7 天`).
    public func formatted(_ language: Language) -> String {
        switch (language, bound) {
        case (.english, _): bound.symbol + " " + value.formatted(language)
        case (.chinese, .orMore), (.chinese, .orLess): value.formatted(language) + bound.wording
        case (.chinese, _): bound.wording + " " + value.formatted(language)
        }
    }
}
