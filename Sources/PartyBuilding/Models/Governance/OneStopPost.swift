/// A post in the community's one-stop service hall (“一站式”大厅), held by a worker from a day.
///
/// SZ2011 art. 15: "城市社区党组织书记要带头进驻'一站式'大厅，实行挂牌上岗".
public struct OneStopPost: Sendable, Hashable, Codable {
    /// The worker at the post.
    public var workerID: WorkerID
    /// The post, for example `党员服务窗口`.
    public var post: String
    /// The first day at the post.
    public var since: CalendarDate
    /// The last day at the post, when the worker has left it.
    public var until: CalendarDate?
    /// Whether the worker is at the post with a name badge (挂牌上岗).
    public var wearsNameBadge: Bool

    /// Creates a post record.
    public init(workerID: WorkerID, post: String, since: CalendarDate, until: CalendarDate? = nil, wearsNameBadge: Bool)
    {
        self.workerID = workerID
        self.post = post
        self.since = since
        self.until = until
        self.wearsNameBadge = wearsNameBadge
    }

    /// Whether the worker is at the post on `date`.
    public func isHeld(on date: CalendarDate) -> Bool { since <= date && until.map { date <= $0 } ?? true }
}
