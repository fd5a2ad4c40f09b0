extension Period {
    /// Whether the step a rule judges a case by (`nil` when not taken) falls in the period: the rules
    /// of the pipeline judge each applicant whose step falls in the audited range, then take the
    /// figures in force on that step's day (``DatedFigure``), so that a later version of the 细则
    /// applies to the cases from its own date.
    func holds(_ step: CalendarDate?) -> Bool { step.map(contains) ?? false }
}

extension Applicant {
    /// The vote's date when the vote admitted the applicant.
    var admissionDate: CalendarDate? { vote.flatMap { $0.passes ? $0.date : nil } }

    /// The day probation is complete, as `NAT.probation` counts it: the anniversary of the vote
    /// (``NAT/Parameters/probationYears`` years on), plus the months of an extension, with the month's
    /// end clamped (31 January plus one month is 28 or 29 February).
    func probationEnd(years: Int) -> CalendarDate? {
        guard let admitted = admissionDate else { return nil }
        return admitted.adding(years: years).adding(months: probation.extended?.months ?? 0)
    }

    /// The day after probation is complete, the first on which a decision is overdue, with the years
    /// of probation in force on the day of the branch meeting.
    func firstDayOverdue(under probation: DatedFigure<YearsUnit>) -> CalendarDate? {
        guard let years = admissionDate.flatMap(probation.value(on:)) else { return nil }
        return probationEnd(years: years).flatMap { $0.adding(days: 1) }
    }
}

extension FindingCollector {
    /// Reports that an applicant failed a step of the pipeline.
    mutating func failStep(
        _ applicant: Applicant, measured: Quantity?, detail: Quantity? = nil, message: MessageTemplate
    ) {
        fail(.applicant(applicant.id), measured: measured, required: nil, detail: detail, message: message)
    }
}
