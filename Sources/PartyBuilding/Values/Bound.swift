/// A bound as the Chinese wording states it, so that the code of a rule says 超过 or 以上, not a bare `>`.
///
/// Chinese legal usage fixes whether a bound includes its own number (《中华人民共和国民法典》第一千二百五十九条:
/// "以上、以下、以内、届满，包括本数；不满、超过、以外，不包括本数").
///
/// ```swift
/// Bound.moreThan.admits(51, 50)      // 超过50人: true
/// Bound.orLess.admits(45, 45)        // 45岁以下: true
/// ```
public enum Bound: String, Sendable, Hashable, Codable, CaseIterable {
    /// 以上: the number itself or more (≥).
    case orMore
    /// 以下 / 以内: the number itself or less (≤).
    case orLess
    /// 超过: strictly more (>).
    case moreThan
    /// 少于 / 不满: strictly less (<).
    case lessThan
    /// 不低于: not below (≥), for amounts, areas and shares.
    case notLessThan
    /// 不少于: not fewer (≥), for days and counts where the clause says 不少于.
    case noFewerThan
    /// 均须 / 须为: exactly this (a state that must hold, such as a certificate held).
    case exactly
    /// 不早于: on or after a date (≥).
    case notEarlierThan
    /// 在…之间: from a low number to a high one, both included (a band such as 35–45 岁).
    /// ``admits(_:_:)`` checks its low end; a ``Requirement`` holds both ends.
    case between

    /// Whether `measured` satisfies the bound `value` (for ``between``, its low end).
    @inlinable
    public func admits<Value: Comparable>(_ measured: Value, _ value: Value) -> Bool {
        switch self {
        case .orMore, .notLessThan, .noFewerThan, .notEarlierThan, .between: measured >= value
        case .orLess: measured <= value
        case .moreThan: measured > value
        case .lessThan: measured < value
        case .exactly: measured == value
        }
    }

    /// Whether the bound includes its own number.
    public var isInclusive: Bool { self != .moreThan && self != .lessThan }

    /// The Chinese wording, for example `超过`.
    public var wording: String {
        switch self {
        case .orMore: "以上"
        case .orLess: "以下"
        case .moreThan: "超过"
        case .lessThan: "少于"
        case .notLessThan: "不低于"
        case .noFewerThan: "不少于"
        case .exactly: "须为"
        case .notEarlierThan: "不早于"
        case .between: "之间"
        }
    }

    /// The mathematical symbol: `≥`, `≤`, `>`, `<`, `=` or `–` (a band).
    public var symbol: String {
        switch self {
        case .orMore, .notLessThan, .noFewerThan, .notEarlierThan: "≥"
        case .orLess: "≤"
        case .moreThan: ">"
        case .lessThan: "<"
        case .exactly: "="
        case .between: "–"
        }
    }
}
