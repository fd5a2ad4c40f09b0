/// A day on which the community Party organisation's secretary received residents (接待群众来访).
///
/// SZ2011 art. 11: "社区党组织书记每周固定一天接待群众来访".
public struct ReceptionDay: Sendable, Hashable, Codable {
    /// The day of the reception.
    public var date: CalendarDate
    /// Who received the visitors, usually the secretary.
    public var receivedBy: String
    /// How many visitors came, when recorded.
    public var visitors: Int?

    /// Creates a reception-day record.
    public init(date: CalendarDate, receivedBy: String, visitors: Int? = nil) {
        self.date = date
        self.receivedBy = receivedBy
        self.visitors = visitors
    }
}
