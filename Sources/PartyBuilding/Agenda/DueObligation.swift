/// An obligation falling due on a day: a meeting of the month, quarter or year not yet held, a
/// probation ending, a committee's term ending, or a member in their fourth month without dues, with
/// the rule it comes from and its text in both languages (``DueObligations``).
public struct DueObligation: Sendable, Hashable {
    /// The day it falls due.
    public var date: CalendarDate
    /// The rule it comes from, as in the rule catalog: `NAT.meetings.committee`, `NAT.probation`,
    /// `NAT.term.reminder`, `NAT.lapse`.
    public var ruleID: RuleID
    /// The community.
    public var communityID: CommunityID
    /// The organisation, Party group or member concerned.
    public var subject: Subject
    /// What is due, in both languages.
    public var text: LocalizedText

    /// Creates an obligation.
    public init(
        date: CalendarDate, ruleID: RuleID, communityID: CommunityID, subject: Subject, text: LocalizedText
    ) {
        self.date = date
        self.ruleID = ruleID
        self.communityID = communityID
        self.subject = subject
        self.text = text
    }
}
