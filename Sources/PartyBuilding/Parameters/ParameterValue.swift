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

    /// What the value breaks, or `nil` when it is a value a parameter can take: amounts, counts, days,
    /// years and areas are not negative nor above ``ValidationLimits``, ratios lie between 0 and 100.
    var outOfRange: String? {
        switch self {
        case .money(let value):
            value < .zero || value > ValidationLimits.maximumAmount
                ? "an amount from 0 to \(ValidationLimits.maximumAmount) CNY" : nil
        case .count(let value):
            (0...ValidationLimits.maximumCount).contains(value)
                ? nil : "a count from 0 to \(ValidationLimits.maximumCount)"
        case .days(let value): value < .zero || value > Days(36_600) ? "from 0 to 36600 days" : nil
        case .years(let value): (0...200).contains(value) ? nil : "from 0 to 200 years"
        case .area(let value):
            value < .zero || value > ValidationLimits.maximumArea
                ? "an area from 0 to \(ValidationLimits.maximumArea)" : nil
        case .ratio(let value): value < Ratio(0, 1) || value > Ratio(100, 1) ? "a ratio from 0 to 100" : nil
        case .text, .texts: nil
        }
    }
}
