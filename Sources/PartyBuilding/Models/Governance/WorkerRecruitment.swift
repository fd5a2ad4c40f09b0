/// How a community worker was recruited (社区工作者招录): who ran the recruitment, and when.
///
/// SZ2011 art. 8: "从2011年起，社区工作者招录工作逐步由各县级市、区统一组织实施".
public struct WorkerRecruitment: Sendable, Hashable, Codable {
    /// The worker recruited.
    public var workerID: WorkerID
    /// The day the recruitment was decided.
    public var date: CalendarDate
    /// The level of the body that ran it.
    public var organisedBy: Level
    /// The body, for example `姑苏区民政局`.
    public var organiser: String

    /// Creates a recruitment record.
    public init(workerID: WorkerID, date: CalendarDate, organisedBy: Level, organiser: String) {
        self.workerID = workerID
        self.date = date
        self.organisedBy = organisedBy
        self.organiser = organiser
    }

    /// The level of a recruiting body.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        /// A county-level city or a district (县级市、区): what art. 8 requires from 2011.
        case countyOrDistrict
        /// A street (街道).
        case street
        /// The community itself.
        case community

        /// The level's name.
        public var label: LocalizedText {
            switch self {
            case .countyOrDistrict: LocalizedText(chinese: "县级市、区", english: "the county-level city or district")
            case .street: LocalizedText(chinese: "街道", english: "the street")
            case .community: LocalizedText(chinese: "社区", english: "the community")
            }
        }
    }
}
