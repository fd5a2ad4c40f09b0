/// A training a community worker attended (SZ2011 art. 7).
public struct Training: Sendable, Hashable, Codable {
    /// The training's title.
    public var title: String
    /// The level of the body that ran it.
    public var level: Level
    /// Whether it was centralised (集中培训), the kind SZ2011 art. 7 counts.
    public var isCentralised: Bool
    /// The first day of the training.
    public var startDate: CalendarDate
    /// How long it lasted; more than zero.
    public var days: Days

    /// Creates a training record.
    public init(title: String, level: Level, isCentralised: Bool = true, startDate: CalendarDate, days: Days) {
        self.title = title
        self.level = level
        self.isCentralised = isCentralised
        self.startDate = startDate
        self.days = days
    }

    /// The level of the body that ran a training, ordered from the lowest.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// A street (街道).
        case street
        /// A county-level city or district (县级市、区).
        case district
        /// A prefecture-level city (市).
        case city
        /// A province (省).
        case province
        /// The national level.
        case national

        private var rank: Int {
            switch self {
            case .street: 0
            case .district: 1
            case .city: 2
            case .province: 3
            case .national: 4
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }

        /// The level as a label in both languages.
        public var label: Quantity.Label {
            let names: (String, String) =
                switch self {
                case .street: ("街道", "street")
                case .district: ("县级市、区", "county-level city or district")
                case .city: ("市", "city")
                case .province: ("省", "province")
                case .national: ("全国", "national")
                }
            return Quantity.Label(code: rawValue, chinese: names.0, english: names.1)
        }
    }
}

extension Training {
    private enum CodingKeys: String, CodingKey {
        case title, level, isCentralised, startDate, days
    }

    /// Decodes a training; lists, flags and fields with a default may be omitted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        level = try container.decode(Level.self, forKey: .level)
        isCentralised = try container.decode(Bool.self, forKey: .isCentralised, default: true)
        startDate = try container.decode(CalendarDate.self, forKey: .startDate)
        days = try container.decode(Days.self, forKey: .days)
    }

    /// Encodes every field, omitting optional fields that are not set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(level, forKey: .level)
        try container.encode(isCentralised, forKey: .isCentralised)
        try container.encode(startDate, forKey: .startDate)
        try container.encode(days, forKey: .days)
    }
}
