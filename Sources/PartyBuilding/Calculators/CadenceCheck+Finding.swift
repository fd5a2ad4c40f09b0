extension CadenceCheck.Unit {
    /// The noun that counts whole units of this kind in a finding: 周, 个月, 个季度 or 年.
    public var noun: Quantity.Noun {
        switch self {
        case .week: .weeks
        case .month: .months
        case .quarter: .quarters
        case .year: .years
        }
    }
}

extension CadenceCheck.Outcome {
    /// The units that had enough occurrences, counted in `unit`'s noun: a cadence finding's measured
    /// value (`10 个月` / `10 months`).
    public func met(in unit: CadenceCheck.Unit) -> Quantity {
        .count(judged.count - missed.count, unit.noun)
    }

    /// What a cadence asks of the units judged: every one of them (`不少于 12 个月` / `at least 12 months`).
    public func requirement(in unit: CadenceCheck.Unit) -> Requirement {
        Requirement(.noFewerThan, .count(judged.count, unit.noun))
    }

    /// The units missed, listed in order: a cadence finding's detail (``Quantity/periods(_:)``), in
    /// words `2025年2月、2025年5月` / `February 2025, May 2025` (weeks, which are ranges, are kept
    /// apart by semicolons in English).
    public var missedList: Quantity { .periods(missed) }
}
