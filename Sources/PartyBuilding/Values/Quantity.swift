import Foundation

/// A measured or required value with its unit, as a finding reports it.
public enum Quantity: Sendable, Hashable {
    /// An amount of money.
    case money(Money)
    /// A floor area.
    case area(Area)
    /// A number of days.
    case days(Days)
    /// A count of something named by its noun: 80 members (名), 4 meetings (次), 2 committees (个).
    case count(Int, Noun)
    /// A span of whole years, such as a 3-year cycle.
    case years(Int)
    /// A calendar year, such as the year before the one judged: `2024年` / `2024`.
    case year(Int)
    /// An age in full years (周岁).
    case age(Int)
    /// An age that need not be whole, such as a median age of 42.5.
    indirect case fractionalAge(Decimal)
    /// A share of a whole, shown as a percentage: 3%, 0.5%, 33.33% (a third).
    case share(Ratio)
    /// A multiple, shown as 倍 / times: `1.2 倍` / `1.2 times`.
    case multiple(Ratio)
    /// Whether something holds (a certificate held, a role combined).
    case flag(Bool)
    /// A calendar date.
    case date(CalendarDate)
    /// A named category, such as an organisation form or an education level.
    indirect case label(Label)
    /// Periods listed in order, such as the months without dues or the quarters without a meeting:
    /// `2025年3月、2025年4月` / `March 2025, April 2025` (ranges, such as weeks, are separated by
    /// semicolons in English). The periods stay typed, and are written out only when a message is.
    case periods([Period])

    /// What a count counts, with its Chinese measure word and its English noun.
    public enum Noun: String, Sendable, Hashable, Codable, CaseIterable {
        /// Party members: 名 / member.
        case members
        /// People (residents, a population): 人 / person.
        case people
        /// Community workers: 名 / worker.
        case workers
        /// Households: 户 / household.
        case households
        /// Trainings attended: 次 / training.
        case trainings
        /// Meetings held: 次 / meeting.
        case meetings
        /// Party organisations: 个 / organisation.
        case organisations
        /// Residents' committees: 个 / residents' committee.
        case committees
        /// Periods of a cadence (months, quarters, years): `2 个周期`.
        case periods
        /// Whole weeks of a cadence: 周 / week.
        case weeks
        /// Whole months of a cadence: 个月 / month.
        case months
        /// Whole quarters of a cadence: 个季度 / quarter.
        case quarters
        /// Whole calendar years of a cadence: 年 / year.
        case years
        /// Days of the week used (a reception day's weekday): 天 / weekday.
        case weekdays
        /// Levels of a network or a grid: 级 / level.
        case levels
        /// Items of a checklist: 项 / item.
        case items
        /// Class hours of a training: 学时 / class hour.
        case classHours
        /// Extensions of probation: 次 / extension.
        case extensions

        /// The Chinese measure word.
        public var measureWord: String {
            switch self {
            case .members, .workers: "名"
            case .people: "人"
            case .households: "户"
            case .trainings, .meetings: "次"
            case .organisations, .committees: "个"
            case .periods: "个周期"
            case .weeks: "周"
            case .months: "个月"
            case .quarters: "个季度"
            case .years: "年"
            case .weekdays: "天"
            case .levels: "级"
            case .items: "项"
            case .classHours: "学时"
            case .extensions: "次"
            }
        }

        /// The English noun for a count.
        public func english(_ count: Int) -> String {
            let one = count == 1
            switch self {
            case .members: return one ? "member" : "members"
            case .people: return one ? "person" : "people"
            case .workers: return one ? "worker" : "workers"
            case .households: return one ? "household" : "households"
            case .trainings: return one ? "training" : "trainings"
            case .meetings: return one ? "meeting" : "meetings"
            case .organisations: return one ? "organisation" : "organisations"
            case .committees: return one ? "residents' committee" : "residents' committees"
            case .periods: return one ? "period" : "periods"
            case .weeks: return one ? "week" : "weeks"
            case .months: return one ? "month" : "months"
            case .quarters: return one ? "quarter" : "quarters"
            case .years: return one ? "year" : "years"
            case .weekdays: return one ? "weekday" : "weekdays"
            case .levels: return one ? "level" : "levels"
            case .items: return one ? "item" : "items"
            case .classHours: return one ? "class hour" : "class hours"
            case .extensions: return one ? "extension" : "extensions"
            }
        }
    }

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

    /// The value in a language, with its unit: `15,000.00 元` / `CNY 15,000.00`, `80 名` / `80 members`,
    /// `3,000.00 m²`, `7 天` / `7 days`, `3%`, `1.2 倍` / `1.2 times`, `2025年12月31日` / `31 December 2025`.
    ///
    /// A number is separated from its unit by a space (`80 名`, `3,000.00 m²`); a year or a date is
    /// written as one word (`2025年`, `2025年12月31日`). Money and areas group thousands with commas.
    public func formatted(_ language: Language) -> String {
        switch (self, language) {
        case (.money(let money), .chinese): "\(money) 元"
        case (.money(let money), .english): "CNY \(money)"
        case (.area(let area), _): ExactDecimal.format(area.hundredthsOfSquareMetre, scale: 2, grouping: true) + " m²"
        case (.days(let days), .chinese): "\(days) 天"
        case (.days(let days), .english): "\(days) day" + (days == Days(1) ? "" : "s")
        case (.count(let count, let noun), .chinese): "\(count) \(noun.measureWord)"
        case (.count(let count, let noun), .english): "\(count) \(noun.english(count))"
        case (.years(let years), .chinese): "\(years) 年"
        case (.years(let years), .english): "\(years) year" + (years == 1 ? "" : "s")
        case (.year(let year), .chinese): "\(year)年"
        case (.year(let year), .english): String(year)
        case (.age(let age), .chinese): "\(age) 岁"
        case (.age(let age), .english): "\(age) years old"
        case (.fractionalAge(let age), .chinese): "\(age) 岁"
        case (.fractionalAge(let age), .english): "\(age) years old"
        case (.share(let ratio), _): ratio.percentage
        case (.multiple(let ratio), .chinese): "\(ratio.decimalText) 倍"
        case (.multiple(let ratio), .english): ratio == .one ? "1 time" : "\(ratio.decimalText) times"
        case (.flag(let flag), .chinese): flag ? "是" : "否"
        case (.flag(let flag), .english): flag ? "yes" : "no"
        case (.date(let date), _): Period.day(date).formatted(language)
        case (.label(let label), .chinese): label.chinese
        case (.label(let label), .english): label.english
        case (.periods(let periods), .chinese): periods.map { $0.formatted(.chinese) }.joined(separator: "、")
        case (.periods(let periods), .english):
            // Weeks are ranges ("1 May 2025 to 7 May 2025"): semicolons keep them apart.
            periods.map { $0.formatted(.english) }.joined(
                separator: periods.contains { $0.kind == .range } ? "; " : ", ")
        }
    }

    /// The order of two quantities of one unit: −1, 0 or 1, or `nil` when their units differ (or a
    /// count's nouns do). Ages compare whole or fractional alike; flags order `false` before `true`;
    /// labels and lists of periods have no order, so two different ones compare by their codes or
    /// periods (only
    /// ``Bound/exactly`` means anything for them).
    public func compared(to other: Quantity) -> Int? {
        func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : a == b ? 0 : 1 }
        switch (self, other) {
        case (.money(let a), .money(let b)): return order(a, b)
        case (.area(let a), .area(let b)): return order(a, b)
        case (.days(let a), .days(let b)): return order(a, b)
        case (.count(let a, let nounA), .count(let b, let nounB)): return nounA == nounB ? order(a, b) : nil
        case (.years(let a), .years(let b)), (.year(let a), .year(let b)): return order(a, b)
        case (.age(let a), .age(let b)): return order(a, b)
        case (.fractionalAge(let a), .fractionalAge(let b)): return order(a, b)
        case (.fractionalAge(let a), .age(let b)): return order(a, Decimal(b))
        case (.age(let a), .fractionalAge(let b)): return order(Decimal(a), b)
        case (.share(let a), .share(let b)), (.multiple(let a), .multiple(let b)): return order(a, b)
        case (.date(let a), .date(let b)): return order(a, b)
        case (.flag(let a), .flag(let b)): return a == b ? 0 : a ? 1 : -1
        case (.label(let a), .label(let b)): return a == b ? 0 : a.code < b.code ? -1 : 1
        case (.periods(let a), .periods(let b)): return a == b ? 0 : a.lexicographicallyPrecedes(b) ? -1 : 1
        default: return nil
        }
    }

    /// The number without its unit, for the bound of a band (`35–45 岁`).
    func number(_ language: Language) -> String {
        switch self {
        case .age(let age): String(age)
        case .years(let years): String(years)
        case .count(let count, _): String(count)
        default: formatted(language)
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
