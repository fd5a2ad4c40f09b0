/// A task a higher body delegated to the community (上级单位委托社区承办的事项), with the funding it carries.
///
/// SZ2011 art. 18: "上级单位委托社区承办的事项，要按照'权随责走、费随事转'的原则，拨付相应的工作经费".
public struct DelegatedTask: Sendable, Hashable, Codable {
    /// What the task is.
    public var title: String
    /// The body that delegated it, for example `区民政局`.
    public var delegatedBy: String
    /// The day it was delegated.
    public var delegatedOn: CalendarDate
    /// The work funds that came with it, when recorded: zero is a task delegated without funds, `nil`
    /// a funding the records do not give.
    public var funding: Money?

    /// Creates a delegated task.
    public init(title: String, delegatedBy: String, delegatedOn: CalendarDate, funding: Money? = nil) {
        self.title = title
        self.delegatedBy = delegatedBy
        self.delegatedOn = delegatedOn
        self.funding = funding
    }
}
