extension FindingCollector {
    /// Reports what a cadence check found: nothing when every unit judged had enough occurrences (or
    /// no unit was judged), otherwise one failure whose measured value is the units met, whose
    /// requirement is every unit judged, and whose detail lists exactly the units missed
    /// (``CadenceCheck/Outcome/missedList``).
    ///
    /// ```swift
    /// let outcome = cadence.check(dates, over: period, lifetime: organisation.lifetime)
    /// findings.check(.organisation(organisation.id), outcome, of: cadence, message: Self.missed)
    /// ```
    /// - Returns: whether the cadence was met.
    @discardableResult
    public mutating func check(
        _ subject: Subject, _ outcome: CadenceCheck.Outcome, of cadence: CadenceCheck, message: MessageTemplate
    ) -> Bool {
        guard !outcome.isMet else { return true }
        fail(
            subject, measured: outcome.met(in: cadence.unit), required: outcome.requirement(in: cadence.unit),
            detail: outcome.missedList, message: message)
        return false
    }
}
