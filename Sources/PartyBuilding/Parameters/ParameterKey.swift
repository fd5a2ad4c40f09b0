/// The unit of a parameter's value, carried by its ``ParameterKey`` so that reading a parameter as
/// another unit does not compile: a ``MoneyKey`` reads a ``Money``, a ``CountKey`` an `Int` count.
///
/// The library defines one unit per ``ParameterValue`` case; a pack names its parameters with the
/// key aliases (``MoneyKey``, ``CountKey``, ``YearsKey``, ``DaysKey``, ``RatioKey``, ``AreaKey``,
/// ``TextKey``, ``ListKey``).
public protocol ParameterUnit: Sendable {
    /// The Swift type a value of this unit is read as.
    associatedtype Value: Sendable & Hashable
    /// The kind of ``ParameterValue`` the unit holds.
    static var kind: ParameterValue.Kind { get }
    /// The value, when `parameterValue` is of this unit.
    static func value(of parameterValue: ParameterValue) -> Value?
    /// The value as a ``ParameterValue`` of this unit.
    static func parameterValue(_ value: Value) -> ParameterValue
}

/// Amounts of money (元).
public enum MoneyUnit: ParameterUnit {
    /// ``ParameterValue/Kind/money``.
    public static var kind: ParameterValue.Kind { .money }
    /// The amount of a ``ParameterValue/money(_:)`` value.
    public static func value(of parameterValue: ParameterValue) -> Money? {
        if case .money(let value) = parameterValue { value } else { nil }
    }
    /// A ``ParameterValue/money(_:)`` value.
    public static func parameterValue(_ value: Money) -> ParameterValue { .money(value) }
}

/// Counts of people, households, meetings or trainings.
public enum CountUnit: ParameterUnit {
    /// ``ParameterValue/Kind/count``.
    public static var kind: ParameterValue.Kind { .count }
    /// The count of a ``ParameterValue/count(_:)`` value.
    public static func value(of parameterValue: ParameterValue) -> Int? {
        if case .count(let value) = parameterValue { value } else { nil }
    }
    /// A ``ParameterValue/count(_:)`` value.
    public static func parameterValue(_ value: Int) -> ParameterValue { .count(value) }
}

/// Whole years: ages and cycles.
public enum YearsUnit: ParameterUnit {
    /// ``ParameterValue/Kind/years``.
    public static var kind: ParameterValue.Kind { .years }
    /// The years of a ``ParameterValue/years(_:)`` value.
    public static func value(of parameterValue: ParameterValue) -> Int? {
        if case .years(let value) = parameterValue { value } else { nil }
    }
    /// A ``ParameterValue/years(_:)`` value.
    public static func parameterValue(_ value: Int) -> ParameterValue { .years(value) }
}

/// Durations in days.
public enum DaysUnit: ParameterUnit {
    /// ``ParameterValue/Kind/days``.
    public static var kind: ParameterValue.Kind { .days }
    /// The duration of a ``ParameterValue/days(_:)`` value.
    public static func value(of parameterValue: ParameterValue) -> Days? {
        if case .days(let value) = parameterValue { value } else { nil }
    }
    /// A ``ParameterValue/days(_:)`` value.
    public static func parameterValue(_ value: Days) -> ParameterValue { .days(value) }
}

/// Exact shares and multiples.
public enum RatioUnit: ParameterUnit {
    /// ``ParameterValue/Kind/ratio``.
    public static var kind: ParameterValue.Kind { .ratio }
    /// The ratio of a ``ParameterValue/ratio(_:)`` value.
    public static func value(of parameterValue: ParameterValue) -> Ratio? {
        if case .ratio(let value) = parameterValue { value } else { nil }
    }
    /// A ``ParameterValue/ratio(_:)`` value.
    public static func parameterValue(_ value: Ratio) -> ParameterValue { .ratio(value) }
}

/// Floor areas.
public enum AreaUnit: ParameterUnit {
    /// ``ParameterValue/Kind/area``.
    public static var kind: ParameterValue.Kind { .area }
    /// The area of a ``ParameterValue/area(_:)`` value.
    public static func value(of parameterValue: ParameterValue) -> Area? {
        if case .area(let value) = parameterValue { value } else { nil }
    }
    /// A ``ParameterValue/area(_:)`` value.
    public static func parameterValue(_ value: Area) -> ParameterValue { .area(value) }
}

/// A choice among named options.
public enum TextUnit: ParameterUnit {
    /// ``ParameterValue/Kind/text``.
    public static var kind: ParameterValue.Kind { .text }
    /// The text of a ``ParameterValue/text(_:)`` value.
    public static func value(of parameterValue: ParameterValue) -> String? {
        if case .text(let value) = parameterValue { value } else { nil }
    }
    /// A ``ParameterValue/text(_:)`` value.
    public static func parameterValue(_ value: String) -> ParameterValue { .text(value) }
}

/// A list of names.
public enum ListUnit: ParameterUnit {
    /// ``ParameterValue/Kind/texts``.
    public static var kind: ParameterValue.Kind { .texts }
    /// The names of a ``ParameterValue/texts(_:)`` value.
    public static func value(of parameterValue: ParameterValue) -> [String]? {
        if case .texts(let value) = parameterValue { value } else { nil }
    }
    /// A ``ParameterValue/texts(_:)`` value.
    public static func parameterValue(_ value: [String]) -> ParameterValue { .texts(value) }
}

/// The typed name of a parameter: its ID and, in its type, its unit.
///
/// A rule reads its parameters through keys, and the keys it reads are its parameter list:
///
/// ```swift
/// static let perMember: MoneyKey = "SZ2011.19.activity-fund.per-member"
/// func bind(_ parameters: ParameterReader) throws(ParameterError) -> Money {
///     try parameters[perMember]          // a Money; reading it as a count does not compile
/// }
/// ```
public struct ParameterKey<Unit: ParameterUnit>: Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The parameter's ID.
    public let id: ParameterID

    /// Creates a key for the parameter `id`.
    public init(_ id: ParameterID) { self.id = id }

    /// Creates a key from the parameter's ID written as a literal.
    public init(stringLiteral id: String) { self.id = ParameterID(id) }

    /// The parameter's ID.
    public var description: String { id.rawValue }
}

/// The key of a money parameter.
public typealias MoneyKey = ParameterKey<MoneyUnit>
/// The key of a count parameter.
public typealias CountKey = ParameterKey<CountUnit>
/// The key of a years parameter (an age, a cycle).
public typealias YearsKey = ParameterKey<YearsUnit>
/// The key of a days parameter.
public typealias DaysKey = ParameterKey<DaysUnit>
/// The key of a ratio parameter.
public typealias RatioKey = ParameterKey<RatioUnit>
/// The key of an area parameter.
public typealias AreaKey = ParameterKey<AreaUnit>
/// The key of a text parameter.
public typealias TextKey = ParameterKey<TextUnit>
/// The key of a list-of-names parameter.
public typealias ListKey = ParameterKey<ListUnit>
