/// A report the community Party organisation's secretary gave on the year's work (述职).
///
/// SZ2011 art. 8: "推行社区党组织书记向街道党工委和党员群众双向述职制度".
public struct SecretaryReport: Sendable, Hashable, Codable {
    /// The year reported on.
    public var year: Int
    /// The day of the report.
    public var date: CalendarDate
    /// To whom.
    public var audience: Audience
    /// The minutes or document that records it, when recorded.
    public var reference: String?

    /// Creates a report record.
    public init(year: Int, date: CalendarDate, audience: Audience, reference: String? = nil) {
        self.year = year
        self.date = date
        self.audience = audience
        self.reference = reference
    }

    /// The two sides of 双向述职.
    public enum Audience: String, Sendable, Hashable, Codable, CaseIterable {
        /// 向街道党工委: to the street's working committee.
        case streetWorkingCommittee
        /// 向党员群众: to members and residents.
        case membersAndResidents

        /// The audience's name.
        public var label: LocalizedText {
            switch self {
            case .streetWorkingCommittee: LocalizedText(chinese: "街道党工委", english: "the street working committee")
            case .membersAndResidents: LocalizedText(chinese: "党员群众", english: "members and residents")
            }
        }
    }
}
