/// The value of a parameter, with its unit.
///
/// In the interchange format a value is an object with one key naming its unit:
/// `{"money": 150}`, `{"ratio": {"numerator": 3, "denominator": 100}}`, `{"count": 50}`.
public enum ParameterValue: Sendable, Hashable, Codable {
    /// An amount of money, such as 150 CNY per member.
    case money(Money)
    /// A count, such as 50 members or 3000 households.
    case count(Int)
    /// An exact ratio, such as 3% or 1.2×.
    case ratio(Ratio)
    /// A number of days, such as 7 days of training.
    case days(Days)
    /// A number of years, such as an age of 45 or a 3-year cycle.
    case years(Int)
    /// A floor area.
    case area(Area)
    /// A choice among named options, such as a population base.
    case text(String)
    /// A list of names, such as the districts a cost split applies to.
    case texts([String])

    /// The kind of value, used to check that an override has the same unit as the parameter.
    public var kind: String {
        switch self {
        case .money: "money"
        case .count: "count"
        case .ratio: "ratio"
        case .days: "days"
        case .years: "years"
        case .area: "area"
        case .text: "text"
        case .texts: "texts"
        }
    }

    /// The value in a language, with its unit.
    public func formatted(_ language: Language) -> String {
        switch self {
        case .money(let value): Quantity.money(value).formatted(language)
        case .count(let value): Quantity.count(value).formatted(language)
        case .ratio(let value): Quantity.ratio(value).formatted(language)
        case .days(let value): Quantity.days(value).formatted(language)
        case .years(let value): Quantity.years(value).formatted(language)
        case .area(let value): Quantity.area(value).formatted(language)
        case .text(let value): value
        case .texts(let values): values.joined(separator: language == .chinese ? "、" : ", ")
        }
    }
}
