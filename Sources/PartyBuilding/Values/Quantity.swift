import Foundation

/// A measured or required value with its unit, as a finding reports it.
public enum Quantity: Sendable, Hashable, Codable {
    /// An amount of money.
    case money(Money)
    /// A floor area.
    case area(Area)
    /// A number of days.
    case days(Days)
    /// A count of people, households, meetings, organisations or trainings.
    case count(Int)
    /// A span of whole years, such as a 3-year cycle.
    case years(Int)
    /// An age in full years (周岁).
    case age(Int)
    /// An age that need not be whole, such as a median age of 42.5.
    indirect case fractionalAge(Decimal)
    /// An exact ratio or share.
    case ratio(Ratio)
    /// Whether something holds (a certificate held, a role combined).
    case flag(Bool)
    /// A calendar date.
    case date(CalendarDate)
    /// A named category, such as an organisation form or an education level.
    indirect case label(Label)

    /// A category value shown in both languages.
    public struct Label: Sendable, Hashable, Codable {
        /// A stable machine-readable code, for example `generalBranch`.
        public var code: String
        /// The Chinese name, for example `党总支`.
        public var chinese: String
        /// The English name, for example `general branch`.
        public var english: String

        /// Creates a label.
        public init(code: String, chinese: String, english: String) {
            self.code = code
            self.chinese = chinese
            self.english = english
        }
    }

    /// The value in a language, with its unit: `15,000.00 元` / `CNY 15,000.00`.
    public func formatted(_ language: Language) -> String {
        switch (self, language) {
        case (.money(let money), .chinese): "\(money) 元"
        case (.money(let money), .english): "CNY \(money)"
        case (.area(let area), _): area.description
        case (.days(let days), .chinese): "\(days) 天"
        case (.days(let days), .english): "\(days) day" + (days == Days(1) ? "" : "s")
        case (.count(let count), _): String(count)
        case (.years(let years), .chinese): "\(years) 年"
        case (.years(let years), .english): "\(years) year" + (years == 1 ? "" : "s")
        case (.age(let age), .chinese): "\(age) 岁"
        case (.age(let age), .english): "\(age) years old"
        case (.fractionalAge(let age), .chinese): "\(age) 岁"
        case (.fractionalAge(let age), .english): "\(age) years old"
        case (.ratio(let ratio), _): ratio.description
        case (.flag(let flag), .chinese): flag ? "是" : "否"
        case (.flag(let flag), .english): flag ? "yes" : "no"
        case (.date(let date), _): date.iso8601
        case (.label(let label), .chinese): label.chinese
        case (.label(let label), .english): label.english
        }
    }
}

/// A language the library writes its messages in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Simplified Chinese.
    case chinese = "zh-Hans"
    /// English.
    case english = "en"
}

/// A string in both languages the library writes.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Simplified Chinese text.
    public var chinese: String
    /// The English text.
    public var english: String

    /// Creates a text in both languages.
    public init(chinese: String, english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The text in a language.
    public subscript(_ language: Language) -> String { language == .chinese ? chinese : english }

    private enum CodingKeys: String, CodingKey {
        case chinese = "zh-Hans"
        case english = "en"
    }
}
