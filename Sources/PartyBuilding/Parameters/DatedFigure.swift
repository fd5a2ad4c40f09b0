/// A parameter's values over time, as a rule reads them to judge each case with the figure in force
/// on the case's own day (``ParameterReader/dated(_:)``): under a later version of a figure, a case
/// before the version's date keeps the old value and one after it takes the new.
///
/// ```swift
/// let months = try parameters.dated(NAT.Parameters.talkMonths)
/// months.value(on: applicant.applied)  // 1 under the 2014 细则
/// ```
public struct DatedFigure<Unit: ParameterUnit>: Sendable {
    /// The parameter read.
    public let key: ParameterKey<Unit>
    /// The values resolved for the audit, with the packs' dated values and the scenario's overrides.
    let values: ParameterValues

    /// The value in force on `date`, or `nil` when none is.
    public func value(on date: CalendarDate) -> Unit.Value? {
        values.value(key.id, on: date).flatMap(Unit.value(of:))
    }
}
