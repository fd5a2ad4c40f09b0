import Foundation

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

    /// The unit of a value: what a ``ParameterKey`` reads and an override must match.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// ``ParameterValue/money(_:)``: yuan, written `150` or `97.5`.
        case money
        /// ``ParameterValue/count(_:)``: a whole number, written `50`.
        case count
        /// ``ParameterValue/ratio(_:)``: written `0.03`, `3%` or `1/3`.
        case ratio
        /// ``ParameterValue/days(_:)``: days to a tenth, written `7` or `2.5`.
        case days
        /// ``ParameterValue/years(_:)``: whole years, written `45`.
        case years
        /// ``ParameterValue/area(_:)``: square metres to 0.01 m², written `450.5`.
        case area
        /// ``ParameterValue/text(_:)``: any text.
        case text
        /// ``ParameterValue/texts(_:)``: names separated by commas (`,` or `、`).
        case texts

        /// The kind's name, as `--list-parameters` and errors show it.
        public var description: String { rawValue }
    }

    /// The unit of the value.
    public var kind: Kind {
        switch self {
        case .money: .money
        case .count: .count
        case .ratio: .ratio
        case .days: .days
        case .years: .years
        case .area: .area
        case .text: .text
        case .texts: .texts
        }
    }

    /// Reads a value of `kind` from text, as an analyst writes it on a command line or in a
    /// spreadsheet: `200` (money, yuan), `50` (count), `0.04`, `4%` or `1/25` (ratio), `7.5` (days),
    /// `45` (years), `450.5` (area, m²), any text, or names separated by `,` or `、` (texts).
    ///
    /// ```swift
    /// try ParameterValue(parsing: "200", as: .money, for: SZ2011.Parameters.activityFundPerMember.id)
    /// // .money(200.00)
    /// ```
    /// - Throws: ``ParameterError/unreadable(_:_:expected:)`` when the text is not a value of that
    ///   kind (or is finer than the unit holds: 0.001 yuan), ``ParameterError/outOfRange(_:_:)``
    ///   when it is one but no parameter can take it (a negative amount, a share above 100×).
    public init(parsing text: String, as kind: Kind, for id: ParameterID) throws(ParameterError) {
        let unreadable = ParameterError.unreadable(id, text, expected: kind)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let decimal = ExactDecimal.parse(trimmed)
        let value: ParameterValue
        switch kind {
        case .money:
            guard let decimal, let money = try? Money(yuan: decimal) else { throw unreadable }
            value = .money(money)
        case .count, .years:
            guard let whole = Int(trimmed) else { throw unreadable }
            value = kind == .count ? .count(whole) : .years(whole)
        case .days:
            guard let decimal, let days = try? Days(decimal) else { throw unreadable }
            value = .days(days)
        case .area:
            guard let decimal, let area = try? Area(squareMetres: decimal) else { throw unreadable }
            value = .area(area)
        case .ratio:
            guard let ratio = Self.ratio(trimmed) else { throw unreadable }
            value = .ratio(ratio)
        case .text:
            value = .text(trimmed)
        case .texts:
            let names = trimmed.split(whereSeparator: { $0 == "," || $0 == "、" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !names.isEmpty, !names.contains(where: \.isEmpty) else { throw unreadable }
            value = .texts(names)
        }
        if let allowed = value.outOfRange { throw .outOfRange(id, allowed) }
        self = value
    }

    /// A ratio written as a decimal (`0.04`), a percentage (`4%`) or a fraction (`1/25`).
    private static func ratio(_ text: String) -> Ratio? {
        if text.hasSuffix("%") {
            guard let percent = ExactDecimal.parse(String(text.dropLast())), let ratio = try? Ratio(percent) else {
                return nil
            }
            return Ratio(ratio.numerator, ratio.denominator * 100)
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let numerator = Int64(parts[0]), let denominator = Int64(parts[1]), denominator > 0 else {
                return nil
            }
            return Ratio(numerator, denominator)
        }
        return ExactDecimal.parse(text).flatMap { try? Ratio($0) }
    }

    /// The value in a language, with its unit.
    public func formatted(_ language: Language) -> String {
        switch self {
        case .money(let value): Quantity.money(value).formatted(language)
        case .count(let value): String(value)
        case .ratio(let value): (value < .one ? Quantity.share(value) : Quantity.multiple(value)).formatted(language)
        case .days(let value): Quantity.days(value).formatted(language)
        case .years(let value): Quantity.years(value).formatted(language)
        case .area(let value): Quantity.area(value).formatted(language)
        case .text(let value): value
        case .texts(let values): values.joined(separator: language == .chinese ? "、" : ", ")
        }
    }

    /// What the value breaks, or `nil` when it is a value a parameter can take: amounts are not
    /// negative nor above ``ValidationLimits/maximumParameterAmount``, counts, days, years and areas are
    /// not negative nor above ``ValidationLimits``, ratios lie between 0 and 100 with a denominator of
    /// at most 10⁹ (a billionth, the finest a decimal ratio holds). Within these limits
    /// every calculator and rule computes exactly (a rate times the largest count still fits).
    var outOfRange: String? {
        switch self {
        case .money(let value):
            value < .zero || value > ValidationLimits.maximumParameterAmount
                ? "an amount from 0 to \(ValidationLimits.maximumParameterAmount) CNY" : nil
        case .count(let value):
            (0...ValidationLimits.maximumCount).contains(value)
                ? nil : "a count from 0 to \(ValidationLimits.maximumCount)"
        case .days(let value): value < .zero || value > Days(36_600) ? "from 0 to 36600 days" : nil
        case .years(let value): (0...200).contains(value) ? nil : "from 0 to 200 years"
        case .area(let value):
            value < .zero || value > ValidationLimits.maximumArea
                ? "an area from 0 to \(ValidationLimits.maximumArea)" : nil
        case .ratio(let value):
            value < Ratio(0, 1) || value > Ratio(100, 1) || value.denominator > 1_000_000_000
                ? "a ratio from 0 to 100, in parts of at most 1,000,000,000" : nil
        case .text, .texts: nil
        }
    }
}
