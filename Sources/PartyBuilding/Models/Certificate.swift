/// The national social-worker certificate (国家《社会工作者职业水平证书》), SZ2011 art. 7–8.
public struct Certificate: Sendable, Hashable, Codable {
    /// The certificate's level.
    public var level: Level
    /// When it was obtained.
    public var obtainedOn: CalendarDate

    /// Creates a certificate record.
    public init(level: Level, obtainedOn: CalendarDate) {
        self.level = level
        self.obtainedOn = obtainedOn
    }

    /// The certificate's level.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// 助理社会工作师.
        case assistant
        /// 社会工作师.
        case intermediate
        /// 高级社会工作师.
        case senior
    }
}
