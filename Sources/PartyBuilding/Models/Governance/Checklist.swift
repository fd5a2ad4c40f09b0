/// The ID of a ``Checklist``.
public typealias ChecklistID = Identifier<Checklist>

/// A checklist of standardised Party building (规范化建设清单): its headings and the items under each,
/// as a street or district supplies it in a data file.
///
/// MY: "对街道制定……'一核四强'规范化建设清单，细化44项具体任务。对社区制定……'六化体系'规范化建设清单，明确48项具体
/// 指标". The seeds give the structure and the counts, not the items: a checklist holds the items its
/// street or district wrote, and a rule reports a checklist whose item count differs from the count
/// the document states.
public struct Checklist: Sendable, Hashable, Codable, Identifiable {
    /// The checklist's ID, unique within its community.
    public var id: ChecklistID
    /// Whom it is for: the street or the community.
    public var scope: Scope
    /// Its title, for example `“一核四强”规范化建设清单`.
    public var title: String
    /// Its headings, each with its items.
    public var headings: [Heading]

    /// Creates a checklist.
    public init(id: ChecklistID, scope: Scope, title: String, headings: [Heading] = []) {
        self.id = id
        self.scope = scope
        self.title = title
        self.headings = headings
    }

    /// The number of items under all headings.
    public var itemCount: Int { headings.reduce(0) { $0 + $1.items.count } }

    /// Whom a checklist is for.
    public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
        /// A street's checklist ("一核四强", 44 tasks).
        case street
        /// A community's checklist ("六化体系", 48 indicators).
        case community
    }

    /// A heading of a checklist, such as `队伍建设强` or `组织建设区域化`, with its items.
    public struct Heading: Sendable, Hashable, Codable {
        /// The heading's words.
        public var title: String
        /// The items (tasks or indicators) under it.
        public var items: [String]

        /// Creates a heading.
        public init(title: String, items: [String] = []) {
            self.title = title
            self.items = items
        }
    }
}

/// The assessment of a checklist for a year: how many of its items were completed.
public struct ChecklistAssessment: Sendable, Hashable, Codable {
    /// The checklist assessed.
    public var checklistID: ChecklistID
    /// The year assessed.
    public var year: Int
    /// The day of the assessment.
    public var assessedOn: CalendarDate
    /// The items completed: at most the checklist's item count.
    public var completedItems: Int

    /// Creates an assessment.
    public init(checklistID: ChecklistID, year: Int, assessedOn: CalendarDate, completedItems: Int) {
        self.checklistID = checklistID
        self.year = year
        self.assessedOn = assessedOn
        self.completedItems = completedItems
    }

    /// The share of the checklist's items completed, exact (`40/44`), or `nil` for a checklist
    /// without items.
    public func completion(of checklist: Checklist) -> Ratio? {
        checklist.itemCount == 0 ? nil : Ratio(Int64(completedItems), Int64(checklist.itemCount))
    }
}
