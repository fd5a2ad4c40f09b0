/// A recorded plan to bring an existing community's service space up to the ratios of SZ2011 art. 15
/// (已建而未达到要求的逐步建设到位).
public struct RemediationPlan: Sendable, Hashable, Codable {
    /// What the plan does, in the records' language.
    public var summary: String
    /// When the plan is due to be completed.
    public var targetDate: CalendarDate
    /// Who approved the plan.
    public var approver: String

    /// The days the plan runs: up to and including its target date.
    public var period: Period { .through(targetDate) }

    /// Whether the plan is still running on a date (its target date not yet passed).
    public func isInProgress(on date: CalendarDate) -> Bool { period.contains(date) }

    /// Creates a remediation plan.
    public init(summary: String, targetDate: CalendarDate, approver: String) {
        self.summary = summary
        self.targetDate = targetDate
        self.approver = approver
    }
}
