/// The ID of a ``Decision``.
public typealias DecisionID = Identifier<Decision>

/// A major community decision (重大事项) with the dated steps of its democratic decision chain.
///
/// TA 一(二): "由社区党组织领导、社区党员议事会参与、居民代表听证、社区居民（代表）会议决策、社区居委会执行的民主议事
/// 决策机制".
public struct Decision: Sendable, Hashable, Codable, Identifiable {
    /// The decision's ID, unique within its community.
    public var id: DecisionID
    /// What was decided, for example `老旧小区加装电梯`.
    public var title: String
    /// The steps taken, in the order recorded.
    public var steps: [DecisionStep]

    /// Creates a decision record.
    public init(id: DecisionID, title: String, steps: [DecisionStep] = []) {
        self.id = id
        self.title = title
        self.steps = steps
    }
}

/// One dated step of a decision.
public struct DecisionStep: Sendable, Hashable, Codable {
    /// Which step it is.
    public var kind: Kind
    /// The day it was taken.
    public var date: CalendarDate
    /// The minutes or document that records it, when recorded.
    public var reference: String?

    /// Creates a step.
    public init(kind: Kind, date: CalendarDate, reference: String? = nil) {
        self.kind = kind
        self.date = date
        self.reference = reference
    }

    /// The five steps, in the order TA names them.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// 社区党组织领导: the community Party organisation leads (proposes).
        case partyLeadership
        /// 社区党员议事会参与: the members' council takes part.
        case membersCouncil
        /// 居民代表听证: a hearing of residents' representatives.
        case residentsHearing
        /// 社区居民（代表）会议决策: the residents' (representatives') meeting decides.
        case residentsMeeting
        /// 社区居委会执行: the residents' committee carries it out.
        case committeeExecution

        /// The step's words in TA.
        public var label: LocalizedText {
            switch self {
            case .partyLeadership: LocalizedText(chinese: "社区党组织领导", english: "the Party organisation leads")
            case .membersCouncil: LocalizedText(chinese: "社区党员议事会参与", english: "the members' council takes part")
            case .residentsHearing: LocalizedText(chinese: "居民代表听证", english: "residents' representatives are heard")
            case .residentsMeeting:
                LocalizedText(chinese: "社区居民（代表）会议决策", english: "the residents' meeting decides")
            case .committeeExecution:
                LocalizedText(chinese: "社区居委会执行", english: "the residents' committee carries it out")
            }
        }

        /// The step's place in TA's order, from 1.
        public var position: Int {
            switch self {
            case .partyLeadership: 1
            case .membersCouncil: 2
            case .residentsHearing: 3
            case .residentsMeeting: 4
            case .committeeExecution: 5
            }
        }

        /// The order TA names the steps in.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.position < rhs.position }
    }
}
