/// A dispute the community mediated (调处矛盾纠纷), and how it ended.
///
/// DG: "四年来共调处各类矛盾纠纷38起，调解成功37起，调解成功率达到97.3%".
public struct MediationCase: Sendable, Hashable, Codable {
    /// The day the dispute was taken up.
    public var date: CalendarDate
    /// How it ended.
    public var outcome: Outcome
    /// What it was about, when recorded (never a party's name).
    public var subject: String?

    /// Creates a mediation case.
    public init(date: CalendarDate, outcome: Outcome, subject: String? = nil) {
        self.date = date
        self.outcome = outcome
        self.subject = subject
    }

    /// How a mediation ended.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Settled (调解成功).
        case settled
        /// Not settled (调解不成功).
        case notSettled
        /// Still under way: not counted in the success rate.
        case pending
    }
}
