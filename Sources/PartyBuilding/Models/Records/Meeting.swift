/// A meeting of a Party organisation: one of 三会一课, a theme day, an organisational-life meeting, a
/// democratic evaluation, a heart-to-heart talk, a consultation with residents, a joint Party-building
/// meeting, a monthly coordination meeting, or a meeting of a kind a local pack defines.
///
/// SZ2011 art. 13: "严格执行'三会一课'和民主评议党员制度"; the cadences are those of the national
/// branch regulations (`NAT.meetings.*`). Who attended, and who was absent with or without leave, is
/// in ``attendance`` (SZ2011 art. 13: "有特殊情况不能参加的，必须向党组织请假").
public struct Meeting: Sendable, Hashable, Codable, Identifiable {
    /// The meeting's ID, unique within its community.
    public var id: MeetingID
    /// The organisation that held the meeting.
    public var organisationID: OrganisationID
    /// The kind of meeting.
    public var kind: Kind
    /// The day the meeting was held.
    public var date: CalendarDate
    /// The Party group that met, for a Party-group meeting (党小组会).
    public var partyGroupID: PartyGroupID?
    /// Who gave a Party lesson (党课), and in what role.
    public var lecturer: Lecturer? {
        get { details?.lecturer }
        set { details = Details.make(lecturer: newValue, talk: talk, topic: topic) }
    }
    /// The two people who talked, for a heart-to-heart talk (谈心谈话).
    public var talk: Talk? {
        get { details?.talk }
        set { details = Details.make(lecturer: lecturer, talk: newValue, topic: topic) }
    }
    /// The meeting's subject, when recorded.
    public var topic: String? {
        get { details?.topic }
        set { details = Details.make(lecturer: lecturer, talk: talk, topic: newValue) }
    }
    /// Each member expected at the meeting, and whether they came.
    public var attendance: [Attendance]
    /// The lecturer, talk and topic, out of line: most meetings have none of them, and a city keeps
    /// millions of meetings.
    private var details: Details?

    /// Creates a meeting record.
    public init(
        id: MeetingID, organisationID: OrganisationID, kind: Kind, date: CalendarDate,
        partyGroupID: PartyGroupID? = nil, lecturer: Lecturer? = nil, talk: Talk? = nil, topic: String? = nil,
        attendance: [Attendance] = []
    ) {
        self.id = id
        self.organisationID = organisationID
        self.kind = kind
        self.date = date
        self.partyGroupID = partyGroupID
        self.details = Details.make(lecturer: lecturer, talk: talk, topic: topic)
        self.attendance = attendance
    }

    /// A meeting's rarely recorded fields, shared by its copies and replaced, never changed.
    private final class Details: Sendable, Hashable {
        let lecturer: Lecturer?
        let talk: Talk?
        let topic: String?

        private init(lecturer: Lecturer?, talk: Talk?, topic: String?) {
            self.lecturer = lecturer
            self.talk = talk
            self.topic = topic
        }

        /// The details, or `nil` when there are none.
        static func make(lecturer: Lecturer?, talk: Talk?, topic: String?) -> Details? {
            lecturer == nil && talk == nil && topic == nil ? nil : Details(lecturer: lecturer, talk: talk, topic: topic)
        }

        static func == (lhs: Details, rhs: Details) -> Bool {
            lhs === rhs || (lhs.lecturer == rhs.lecturer && lhs.talk == rhs.talk && lhs.topic == rhs.topic)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(lecturer)
            hasher.combine(talk)
            hasher.combine(topic)
        }
    }

    /// The kind of a meeting. The national kinds are constants; a pack defines a local kind with its
    /// own code, such as ``dongguanWeeklyFullMeeting``.
    public struct Kind: Sendable, Hashable, Codable, RawRepresentable, ExpressibleByStringLiteral {
        /// The kind's code, for example `general` or `DG.weekly-full-meeting`.
        public var rawValue: String

        /// Creates a kind from its code.
        public init(rawValue: String) { self.rawValue = rawValue }

        public init(stringLiteral value: String) { rawValue = value }

        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// 党员大会: the general meeting of members.
        public static let general: Kind = "general"
        /// 支部委员会会议 (支委会): the branch committee's meeting.
        public static let committee: Kind = "committee"
        /// 党小组会: a Party group's meeting.
        public static let partyGroup: Kind = "partyGroup"
        /// 党课: a Party lesson.
        public static let lesson: Kind = "lesson"
        /// 主题党日: the monthly theme day.
        public static let themeDay: Kind = "themeDay"
        /// 组织生活会: the organisational-life meeting.
        public static let organisationalLife: Kind = "organisationalLife"
        /// 民主评议党员: the democratic evaluation of members.
        public static let democraticEvaluation: Kind = "democraticEvaluation"
        /// 谈心谈话: a heart-to-heart talk between two people.
        public static let heartToHeartTalk: Kind = "heartToHeartTalk"
        /// 征求群众意见座谈会: a meeting that asks residents for their views (SZ2011 art. 11).
        public static let consultation: Kind = "consultation"
        /// 党建工作联席会议 (党建联席会): the joint Party-building meeting (SZ2011 art. 17).
        public static let jointMeeting: Kind = "jointMeeting"
        /// 区域事务推进协调会: the monthly meeting of member units on area affairs (MY).
        public static let coordination: Kind = "coordination"
        /// 全体成员会: the 东关 branch's weekly meeting of all its members (DG 二), a local cadence.
        public static let dongguanWeeklyFullMeeting: Kind = "DG.weekly-full-meeting"

        /// The kinds the library names, in the order above.
        public static let national: [Kind] = [
            .general, .committee, .partyGroup, .lesson, .themeDay, .organisationalLife, .democraticEvaluation,
            .heartToHeartTalk, .consultation, .jointMeeting, .coordination,
        ]

        /// The kind's name in a language; a local kind's code when the library does not name it.
        public func name(_ language: Language) -> String {
            guard let name = Self.names[self] else { return rawValue }
            return language == .chinese ? name.chinese : name.english
        }

        /// The names of the kinds the library names.
        private static let names: [Kind: (chinese: String, english: String)] = [
            .general: ("党员大会", "general meeting of members"),
            .committee: ("支部委员会会议", "committee meeting"),
            .partyGroup: ("党小组会", "Party-group meeting"),
            .lesson: ("党课", "Party lesson"),
            .themeDay: ("主题党日", "theme day"),
            .organisationalLife: ("组织生活会", "organisational-life meeting"),
            .democraticEvaluation: ("民主评议党员", "democratic evaluation of members"),
            .heartToHeartTalk: ("谈心谈话", "heart-to-heart talk"),
            .consultation: ("征求群众意见座谈会", "consultation with residents"),
            .jointMeeting: ("党建工作联席会议", "joint Party-building meeting"),
            .coordination: ("区域事务推进协调会", "coordination meeting on area affairs"),
            .dongguanWeeklyFullMeeting: ("全体成员会", "weekly meeting of all members"),
        ]
    }

    /// Who gave a Party lesson. `NAT.lessons` asks for one a year by the secretary of a Party
    /// committee (党委书记), not of a branch.
    public struct Lecturer: Sendable, Hashable, Codable {
        /// The lecturer's name.
        public var name: String
        /// The lecturer's role.
        public var role: Role
        /// The member record of the lecturer, when they are a member here.
        public var memberID: MemberID?

        /// Creates a lecturer.
        public init(name: String, role: Role, memberID: MemberID? = nil) {
            self.name = name
            self.role = role
            self.memberID = memberID
        }

        /// A lecturer's role.
        public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
            /// 党委书记: the secretary of a Party committee.
            case committeeSecretary
            /// 党总支书记: the secretary of a general branch.
            case generalBranchSecretary
            /// 党支部书记: the secretary of a branch.
            case branchSecretary
            /// A member of a committee (委员).
            case committeeMember
            /// A member (党员).
            case member
            /// A guest lecturer from outside.
            case guest
        }
    }

    /// The two sides of a heart-to-heart talk (NAT.meetings.talks: between committee members, and
    /// between committee members and members).
    public struct Talk: Sendable, Hashable, Codable {
        /// The member who held the talk, usually a committee member.
        public var by: MemberID
        /// The member talked with.
        public var with: MemberID

        /// Creates a talk between two members.
        public init(by: MemberID, with: MemberID) {
            self.by = by
            self.with = with
        }
    }

    /// Whether one member came to a meeting.
    public struct Attendance: Sendable, Hashable, Codable {
        /// The member.
        public var memberID: MemberID
        /// Present, or absent with or without leave.
        public var presence: Presence

        /// Creates an attendance record.
        public init(_ memberID: MemberID, _ presence: Presence) {
            self.memberID = memberID
            self.presence = presence
        }

        private enum CodingKeys: String, CodingKey { case memberID, presence, reason, approvedBy }

        /// Decodes `{"memberID": "M1", "presence": "present"}` or, with leave,
        /// `{"memberID": "M1", "presence": "leave", "reason": "…", "approvedBy": "…"}`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            memberID = try container.decode(MemberID.self, forKey: .memberID)
            switch try container.decode(String.self, forKey: .presence) {
            case "present": presence = .present
            case "absent": presence = .absentWithoutLeave
            case "leave":
                presence = .absentWithLeave(
                    reason: try container.decode(String.self, forKey: .reason),
                    approvedBy: try container.decode(String.self, forKey: .approvedBy))
            case let other:
                throw DecodingError.dataCorruptedError(
                    forKey: .presence, in: container, debugDescription: Self.unknownPresence(other))
            }
        }

        /// Why a `presence` code that is not one is refused.
        static func unknownPresence(_ code: String) -> String {
            "\"\(code)\" is not a presence (present, leave, absent)"
        }

        /// Encodes the attendance as its decoder reads it.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(memberID, forKey: .memberID)
            switch presence {
            case .present: try container.encode("present", forKey: .presence)
            case .absentWithoutLeave: try container.encode("absent", forKey: .presence)
            case .absentWithLeave(let reason, let approvedBy):
                try container.encode("leave", forKey: .presence)
                try container.encode(reason, forKey: .reason)
                try container.encode(approvedBy, forKey: .approvedBy)
            }
        }
    }

    /// Whether a member came.
    public enum Presence: Sendable, Hashable {
        /// Came to the meeting.
        case present
        /// Absent, having asked the organisation for leave (请假), with the reason and who approved it.
        case absentWithLeave(reason: String, approvedBy: String)
        /// Absent without leave.
        case absentWithoutLeave
    }
}

extension Meeting {
    private enum CodingKeys: String, CodingKey {
        case id, organisationID, kind, date, partyGroupID, lecturer, talk, topic, attendance
    }

    /// Decodes a meeting; `attendance` may be omitted (empty).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(MeetingID.self, forKey: .id)
        organisationID = try container.decode(OrganisationID.self, forKey: .organisationID)
        kind = try container.decode(Kind.self, forKey: .kind)
        date = try container.decode(CalendarDate.self, forKey: .date)
        partyGroupID = try container.decodeIfPresent(PartyGroupID.self, forKey: .partyGroupID)
        details = Details.make(
            lecturer: try container.decodeIfPresent(Lecturer.self, forKey: .lecturer),
            talk: try container.decodeIfPresent(Talk.self, forKey: .talk),
            topic: try container.decodeIfPresent(String.self, forKey: .topic))
        attendance = try container.decode([Attendance].self, forKey: .attendance, default: [])
    }

    /// Encodes every field, omitting optional fields that are not set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(organisationID, forKey: .organisationID)
        try container.encode(kind, forKey: .kind)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(partyGroupID, forKey: .partyGroupID)
        try container.encodeIfPresent(lecturer, forKey: .lecturer)
        try container.encodeIfPresent(talk, forKey: .talk)
        try container.encodeIfPresent(topic, forKey: .topic)
        try container.encode(attendance, forKey: .attendance)
    }
}
