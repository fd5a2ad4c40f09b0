/// An approved exception to an "in principle" rule (原则上), or an approval of what a "may" rule
/// does not by itself permit, recorded for a community or one of its records.
///
/// A finding of the rule about the same subject, for a period the exception's validity overlaps,
/// becomes a ``Severity/note`` that carries the exception, instead of a violation or a warning.
public struct RuleException: Sendable, Hashable, Codable {
    /// The ID of the rule excepted, for example `SZ2011.9.secretary-pay`.
    public var ruleID: RuleID
    /// The record excepted; `nil` excepts the whole community.
    public var subject: Subject?
    /// Why the exception was granted.
    public var reason: String
    /// Who approved it (a person or a body).
    public var approver: String
    /// When it was approved.
    public var approvedOn: CalendarDate
    /// The last day it applies; `nil` when open-ended.
    public var validUntil: CalendarDate?

    /// Creates an exception.
    public init(
        ruleID: RuleID, subject: Subject? = nil, reason: String, approver: String, approvedOn: CalendarDate,
        validUntil: CalendarDate? = nil
    ) {
        self.ruleID = ruleID
        self.subject = subject
        self.reason = reason
        self.approver = approver
        self.approvedOn = approvedOn
        self.validUntil = validUntil
    }

    /// The days the exception applies: from its approval to its last day (open-ended when it has
    /// none), or `nil` when it would end before it was approved (validation rejects such a record).
    public var validity: Period? {
        guard let validUntil else { return .starting(approvedOn) }
        return try? Period(from: approvedOn, through: validUntil)
    }

    /// Whether the exception covers a finding of `ruleID` about `subject` for the period judged, in
    /// an audit on `date`: it was approved by the audit date and is still in force on the period's
    /// last day. An exception approved in March covers that year's funds; one that lapsed in June does
    /// not; for a state judged on the audit date, the exception must be in force that day.
    public func covers(_ ruleID: RuleID, subject: Subject, in period: Period, on date: CalendarDate) -> Bool {
        self.ruleID == ruleID && (self.subject == nil || self.subject == subject) && approvedOn <= date
            && validity?.contains(period.end) == true
    }
}
