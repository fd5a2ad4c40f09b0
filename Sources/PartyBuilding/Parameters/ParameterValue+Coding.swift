import Foundation

/// A parameter value encodes as an object with one key naming its unit, whose value is the value in
/// the interchange format's own form (the synthesized coding would nest it as `{"money": {"_0": 150}}`):
///
/// | value | JSON |
/// |---|---|
/// | 150 元 | `{"money": 150}` |
/// | 50 | `{"count": 50}` |
/// | 3% | `{"ratio": {"numerator": 3, "denominator": 100}}` |
/// | 7.5 天 | `{"days": 7.5}` |
/// | 45 年 | `{"years": 45}` |
/// | 450.5 m² | `{"area": 450.5}` |
/// | `resident` | `{"text": "resident"}` |
/// | 平江区、沧浪区 | `{"texts": ["平江区", "沧浪区"]}` |
///
/// Money, days and areas are JSON numbers, exact to the fen, the tenth of a day and 0.01 m².
extension ParameterValue {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case money, count, ratio, days, years, area, text, texts
    }

    /// Decodes a value from an object with exactly one key naming its unit: `{"money": 150}`.
    /// - Throws: `DecodingError.dataCorrupted` when the object has no key or more than one, or
    ///   `DecodingError` from the value (an amount finer than a fen, a ratio with a zero denominator).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.onlyKey(of: "a parameter value", among: CodingKeys.allCases, at: decoder.codingPath) {
        case .money: self = .money(try container.decode(Money.self, forKey: .money))
        case .count: self = .count(try container.decode(Int.self, forKey: .count))
        case .ratio: self = .ratio(try container.decode(Ratio.self, forKey: .ratio))
        case .days: self = .days(try container.decode(Days.self, forKey: .days))
        case .years: self = .years(try container.decode(Int.self, forKey: .years))
        case .area: self = .area(try container.decode(Area.self, forKey: .area))
        case .text: self = .text(try container.decode(String.self, forKey: .text))
        case .texts: self = .texts(try container.decode([String].self, forKey: .texts))
        }
    }

    /// Encodes the value as an object with one key naming its unit, as the table above shows.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .money(let value): try container.encode(value, forKey: .money)
        case .count(let value): try container.encode(value, forKey: .count)
        case .ratio(let value): try container.encode(value, forKey: .ratio)
        case .days(let value): try container.encode(value, forKey: .days)
        case .years(let value): try container.encode(value, forKey: .years)
        case .area(let value): try container.encode(value, forKey: .area)
        case .text(let value): try container.encode(value, forKey: .text)
        case .texts(let value): try container.encode(value, forKey: .texts)
        }
    }
}
