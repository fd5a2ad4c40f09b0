/// A survey of residents' satisfaction (群众满意率).
///
/// DG: "群众满意率达98%以上".
public struct SatisfactionSurvey: Sendable, Hashable, Codable {
    /// The day the survey closed.
    public var date: CalendarDate
    /// How many answered.
    public var respondents: Int
    /// How many of them were satisfied: at most ``respondents``.
    public var satisfied: Int

    /// Creates a survey record.
    public init(date: CalendarDate, respondents: Int, satisfied: Int) {
        self.date = date
        self.respondents = respondents
        self.satisfied = satisfied
    }
}
