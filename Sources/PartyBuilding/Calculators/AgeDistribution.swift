/// The ages of a community's workers on a date, for `SZ2011.6.age-structure`
/// (形成一支以40岁左右人员为主体，年龄梯次结构合理的社区工作者队伍, SZ2011 art. 6).
///
/// ```swift
/// let ages = AgeDistribution(community.workers, on: date)
/// ages.count(in: 35...45)     // workers aged 35 to 45
/// ages.twiceMedianAge         // 85 for a median of 42.5
/// ```
public struct AgeDistribution: Sendable, Hashable {
    /// The ages in full years (周岁), sorted.
    public let ages: [Int]

    /// The distribution of `workers`' ages on `date`.
    public init(_ workers: [CommunityWorker], on date: CalendarDate) {
        ages = workers.map { $0.age(on: date) }.sorted()
    }

    /// Twice the median age (an integer, since a median of an even count can be a half year), or
    /// `nil` when there are no workers.
    public var twiceMedianAge: Int? {
        guard !ages.isEmpty else { return nil }
        let middle = ages.count / 2
        return ages.count % 2 == 1 ? 2 * ages[middle] : ages[middle - 1] + ages[middle]
    }

    /// How many workers are of an age in `range`.
    public func count(in range: ClosedRange<Int>) -> Int { ages.count { range.contains($0) } }

    /// How many workers are in each band of `width` years, keyed by the band's lowest age (for example
    /// 30 for ages 30–39 with a width of 10).
    public func bands(width: Int = 10) -> [Int: Int] {
        var bands: [Int: Int] = [:]
        for age in ages { bands[(age / width) * width, default: 0] += 1 }
        return bands
    }
}
