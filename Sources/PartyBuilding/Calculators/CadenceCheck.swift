/// Checks that something recurring (a meeting, a reception day) happened often enough in every week,
/// month, quarter or year of a period, and lists the units it missed.
///
/// `NAT.meetings.committee` ("党支部委员会会议一般每月召开1次") is
/// `CadenceCheck(every: .month, atLeast: 1)`; `SZ2011.11.consultations` ("每年召开4次以上") is
/// `CadenceCheck(every: .year, atLeast: 4)`.
///
/// **Partial periods.** A unit is judged only when it lies wholly inside the period judged and wholly
/// inside the organisation's lifetime (``PartyOrganisation/lifetime``): an organisation founded on
/// 15 May is first held to a monthly meeting in June and to a quarterly one in the third quarter; one
/// dissolved on 10 March is last held to a monthly meeting in February. Nothing is asked of a unit
/// the organisation did not live through entirely, so no organisation is blamed for a period before
/// it existed.
public struct CadenceCheck: Sendable, Hashable {
    /// The unit of time the cadence counts in.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        /// A week, Monday to Sunday (ISO 8601).
        case week
        /// A calendar month.
        case month
        /// A calendar quarter.
        case quarter
        /// A calendar year.
        case year
    }

    /// The unit counted in.
    public var unit: Unit
    /// The least number of occurrences each unit asks for (以上: inclusive).
    public var minimum: Int

    /// Creates a cadence of at least `minimum` occurrences in every `unit`.
    public init(every unit: Unit, atLeast minimum: Int = 1) {
        self.unit = unit
        self.minimum = minimum
    }

    /// What a check found.
    public struct Outcome: Sendable, Hashable {
        /// The units judged, in order.
        public var judged: [Period]
        /// The units with fewer occurrences than the minimum, in order.
        public var missed: [Period]
        /// The number of occurrences in each judged unit, in the order of ``judged``.
        public var counts: [Int]

        /// Whether every judged unit had enough occurrences.
        public var isMet: Bool { missed.isEmpty }
    }

    /// The units of `period` that the organisation lived through entirely.
    public func units(of period: Period, lifetime: Period = .always) -> [Period] {
        guard let span = period.intersection(lifetime) else { return [] }
        switch unit {
        case .month: return span.months
        case .quarter: return span.quarters
        case .year: return span.years
        case .week: return Self.weeks(of: span)
        }
    }

    /// Counts the occurrences on `dates` (in any order) in each unit of `period` the organisation
    /// lived through, and lists the units with fewer than ``minimum``.
    public func check(_ dates: [CalendarDate], over period: Period, lifetime: Period = .always) -> Outcome {
        let judged = units(of: period, lifetime: lifetime)
        guard !judged.isEmpty else { return Outcome(judged: [], missed: [], counts: []) }
        var counts = [Int](repeating: 0, count: judged.count)
        let first = judged[0].start
        let last = judged[judged.count - 1].end
        for date in dates where first <= date && date <= last {
            if let index = Self.index(of: date, in: judged) { counts[index] += 1 }
        }
        var missed: [Period] = []
        for (index, count) in counts.enumerated() where count < minimum { missed.append(judged[index]) }
        return Outcome(judged: judged, missed: missed, counts: counts)
    }

    /// The unit holding `date`, found by bisection (units are in order and do not overlap).
    private static func index(of date: CalendarDate, in units: [Period]) -> Int? {
        var low = 0
        var high = units.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if date < units[middle].start {
                high = middle - 1
            } else if date > units[middle].end {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }

    /// The whole weeks, Monday to Sunday, inside a period, as ranges.
    private static func weeks(of period: Period) -> [Period] {
        // 0001-01-01 was a Monday in the proleptic Gregorian calendar.
        let offset = CalendarDate.earliest.days(until: period.start) % 7
        guard var monday = offset == 0 ? period.start : period.start.adding(days: 7 - offset) else { return [] }
        var weeks: [Period] = []
        while let sunday = monday.adding(days: 6), sunday <= period.end,
            let week = try? Period(from: monday, through: sunday)
        {
            weeks.append(week)
            guard let next = monday.adding(days: 7) else { break }
            monday = next
        }
        return weeks
    }
}
