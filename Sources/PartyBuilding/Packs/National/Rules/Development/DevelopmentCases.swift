extension Community {
    /// The applicants whose `anchor` date (the step a rule judges them by) falls in `period`: each case
    /// is judged with the figures in force in the month of that step, so that a later version of the
    /// 细则 applies to the cases from its own date.
    func applicants(in period: Period, by anchor: (Applicant) -> CalendarDate?) -> [Applicant] {
        applicants.filter { applicant in anchor(applicant).map(period.contains) ?? false }
    }
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
}

extension Applicant {
    /// The day after probation is complete, the first on which a decision is overdue.
    func firstDayOverdue(years: Int) -> CalendarDate? {
        probationEnd(years: years).flatMap { $0.adding(days: 1) }
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
