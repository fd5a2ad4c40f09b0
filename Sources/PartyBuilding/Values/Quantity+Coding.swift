import Foundation

/// A quantity encodes as a self-describing object that names its unit and holds exact decimals as
/// strings, so that no reader passes an amount through binary floating point:
///
/// | quantity | JSON |
/// |---|---|
/// | 15,000 元 | `{"unit": "money", "value": "15000.00"}` |
/// | 450.5 m² | `{"unit": "area", "value": "450.50"}` |
/// | 7.5 天 | `{"unit": "days", "value": "7.5"}` |
/// | 80 名党员 | `{"unit": "count", "value": 80, "noun": "members"}` |
/// | 3 年 | `{"unit": "years", "value": 3}` |
/// | 2024年 | `{"unit": "year", "value": 2024}` |
/// | 45 岁 | `{"unit": "age", "value": 45}` |
/// | a median age of 42.5 | `{"unit": "fractional-age", "value": "42.5"}` |
/// | 1/3 | `{"unit": "share", "numerator": 1, "denominator": 3, "percent": "33.33"}` |
/// | 1.2 倍 | `{"unit": "multiple", "numerator": 6, "denominator": 5, "decimal": "1.2"}` |
/// | yes | `{"unit": "flag", "value": true}` |
/// | 2025-12-31 | `{"unit": "date", "value": "2025-12-31"}` |
/// | 党总支 | `{"unit": "label", "code": "generalBranch", "zh-Hans": "党总支", "en": "general branch"}` |
/// | 2025年3月 | `{"unit": "periods", "value": [{"kind": "month", "start": "2025-03-01", "end": "2025-03-31"}]}` |
///
/// A share's or multiple's `percent` and `decimal` are for reading; decoding uses the exact fraction.
extension Quantity: Codable {
    private enum CodingKeys: String, CodingKey {
        case unit, value, noun, numerator, denominator, percent, decimal, code
        case chinese = "zh-Hans"
        case english = "en"
    }

    /// The unit names a quantity encodes with.
    private enum Unit: String, Codable {
        case money, area, days, count, years, year, age, share, multiple, flag, date, label, periods
        case fractionalAge = "fractional-age"
    }

    /// Decodes a quantity from its self-describing object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func exact(_ make: (Decimal) throws -> Quantity) throws -> Quantity {
            let text = try container.decode(String.self, forKey: .value)
            guard let decimal = ExactDecimal.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .value, in: container, debugDescription: "\"\(text)\" is not a decimal number")
            }
            do { return try make(decimal) } catch {
                throw DecodingError.dataCorruptedError(
                    forKey: .value, in: container, debugDescription: "\(text): \(error.localizedDescription)")
            }
        }
        func fraction() throws -> Ratio {
            let denominator = try container.decode(Int64.self, forKey: .denominator)
            let numerator = try container.decode(Int64.self, forKey: .numerator)
            guard denominator != 0, denominator != .min, numerator != .min else {
                throw DecodingError.dataCorruptedError(
                    forKey: .denominator, in: container,
                    debugDescription: "a ratio's denominator cannot be zero, and neither part can be \(Int64.min)")
            }
            return Ratio(numerator, denominator)
        }
        switch try container.decode(Unit.self, forKey: .unit) {
        case .money: self = try exact { .money(try Money(yuan: $0)) }
        case .area: self = try exact { .area(try Area(squareMetres: $0)) }
        case .days: self = try exact { .days(try Days($0)) }
        case .fractionalAge: self = try exact { .fractionalAge($0) }
        case .count:
            self = .count(
                try container.decode(Int.self, forKey: .value), try container.decode(Noun.self, forKey: .noun))
        case .years: self = .years(try container.decode(Int.self, forKey: .value))
        case .year: self = .year(try container.decode(Int.self, forKey: .value))
        case .age: self = .age(try container.decode(Int.self, forKey: .value))
        case .share: self = .share(try fraction())
        case .multiple: self = .multiple(try fraction())
        case .flag: self = .flag(try container.decode(Bool.self, forKey: .value))
        case .date: self = .date(try container.decode(CalendarDate.self, forKey: .value))
        case .label:
            self = .label(
                Label(
                    code: try container.decode(String.self, forKey: .code),
                    chinese: try container.decode(String.self, forKey: .chinese),
                    english: try container.decode(String.self, forKey: .english)))
        case .periods: self = .periods(try container.decode([Period].self, forKey: .value))
        }
    }

    /// Encodes the quantity as the table above shows.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .money(let money):
            try container.encode(Unit.money, forKey: .unit)
            try container.encode(ExactDecimal.format(money.fen, scale: 2), forKey: .value)
        case .area(let area):
            try container.encode(Unit.area, forKey: .unit)
            try container.encode(ExactDecimal.format(area.hundredthsOfSquareMetre, scale: 2), forKey: .value)
        case .days(let days):
            try container.encode(Unit.days, forKey: .unit)
            try container.encode(days.description, forKey: .value)
        case .count(let count, let noun):
            try container.encode(Unit.count, forKey: .unit)
            try container.encode(count, forKey: .value)
            try container.encode(noun, forKey: .noun)
        case .years(let years):
            try container.encode(Unit.years, forKey: .unit)
            try container.encode(years, forKey: .value)
        case .year(let year):
            try container.encode(Unit.year, forKey: .unit)
            try container.encode(year, forKey: .value)
        case .age(let age):
            try container.encode(Unit.age, forKey: .unit)
            try container.encode(age, forKey: .value)
        case .fractionalAge(let age):
            try container.encode(Unit.fractionalAge, forKey: .unit)
            try container.encode(age.description, forKey: .value)
        case .share(let ratio):
            try container.encode(Unit.share, forKey: .unit)
            try container.encode(ratio.numerator, forKey: .numerator)
            try container.encode(ratio.denominator, forKey: .denominator)
            try container.encode(String(ratio.percentage.dropLast()), forKey: .percent)
        case .multiple(let ratio):
            try container.encode(Unit.multiple, forKey: .unit)
            try container.encode(ratio.numerator, forKey: .numerator)
            try container.encode(ratio.denominator, forKey: .denominator)
            try container.encode(ratio.decimalText, forKey: .decimal)
        case .flag(let flag):
            try container.encode(Unit.flag, forKey: .unit)
            try container.encode(flag, forKey: .value)
        case .date(let date):
            try container.encode(Unit.date, forKey: .unit)
            try container.encode(date, forKey: .value)
        case .label(let label):
            try container.encode(Unit.label, forKey: .unit)
            try container.encode(label.code, forKey: .code)
            try container.encode(label.chinese, forKey: .chinese)
            try container.encode(label.english, forKey: .english)
        case .periods(let periods):
            try container.encode(Unit.periods, forKey: .unit)
            try container.encode(periods, forKey: .value)
        }
    }
}
