extension GRID {
    /// `GRID.levels` (shall): the community's Party building is organised in four levels of grids,
    /// each grid with one leader, and every member in a grid of the lowest level.
    ///
    /// The clause, quoted once: ``GRID/Clauses/levels``.
    ///
    /// Judged on the audit date over the grids set up by then (``Grid``): each level from 1 to
    /// ``GRID/Parameters/levels`` has a grid; each grid has exactly
    /// ``GRID/Parameters/leadersPerGrid`` leader (a grid with none or two is a violation naming it);
    /// every member of the community that day is in exactly one grid of level 4 (those in none and
    /// those in two or more are listed in one violation each). A community that records no governance
    /// at all cannot be checked; one that records its governance but no grid is a violation.
    public struct GridLevelsRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "GRID.levels",
            title: LocalizedText(chinese: "四级网格和格长", english: "Four grid levels, one leader a grid"),
            strength: .shall, citation: Clauses.levels, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// The number of levels and of leaders a grid.
        public struct Bindings: Sendable {
            /// The levels of the grid.
            public var levels: Int
            /// The leaders of each grid.
            public var leadersPerGrid: Int
        }

        /// Reads the levels and the leaders a grid.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                levels: try parameters[Parameters.levels], leadersPerGrid: try parameters[Parameters.leadersPerGrid])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Bindings,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            guard !community.governance.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .grids)
            }
            let grids = community.governance.grids.filter { $0.established.map { $0 <= context.date } ?? true }
            let present = Set(grids.map(\.level))
            let missing = (1...max(bindings.levels, 1)).filter { !present.contains($0) }
            if !missing.isEmpty {
                findings.fail(
                    .community(context.id), measured: .count(present.count, .levels),
                    required: Requirement(.exactly, .count(bindings.levels, .levels)),
                    detail: .label(
                        .list(
                            codes: missing.map(String.init), chinese: missing.map { "第\($0)级" },
                            english: missing.map { "level \($0)" })),
                    message: Self.missingLevels)
            }
            for grid in grids where grid.leaders.count != bindings.leadersPerGrid {
                findings.check(
                    .community(context.id), .count(grid.leaders.count, .people), .exactly,
                    .count(bindings.leadersPerGrid, .people),
                    detail: .label(
                        Quantity.Label(code: grid.id.rawValue, chinese: grid.name, english: grid.id.rawValue)),
                    message: Self.leaders)
            }
            checkMembers(context, grids: grids, into: &findings)
        }

        /// Reports the members in no grid of level 4 and those in two or more.
        private func checkMembers(_ context: CommunityContext, grids: [Grid], into findings: inout FindingCollector) {
            var placements: [MemberID: Int] = [:]
            for grid in grids where grid.level == Grid.memberLevel {
                for member in grid.memberIDs { placements[member, default: 0] += 1 }
            }
            var outside: [String] = []
            var twice: [String] = []
            for member in context.community.members where member.status(on: context.date) != nil {
                switch placements[member.id] ?? 0 {
                case 0: outside.append(member.id.rawValue)
                case 1: break
                default: twice.append(member.id.rawValue)
                }
            }
            if !outside.isEmpty {
                findings.fail(
                    .community(context.id), measured: .count(outside.count, .members), required: nil,
                    detail: .label(.ids(outside)), message: Self.outside)
            }
            if !twice.isEmpty {
                findings.fail(
                    .community(context.id), measured: .count(twice.count, .members), required: nil,
                    detail: .label(.ids(twice)), message: Self.twice)
            }
        }

        /// `社区党建网格共有 3 级，缺少第4级（社区基层党建分为四级网格）`.
        static let missingLevels = MessageTemplate(
            chinese: "社区党建网格共有 {measured}，缺少{detail}（社区基层党建分为四级网格）",
            english: "The grid has {measured}; required {required}; missing: {detail}")
        /// `网格“东片第三网格”有格长 2 人，每个网格应确定格长（联络员）1名`.
        static let leaders = MessageTemplate(
            chinese: "网格“{detail}”有格长 {measured}，每个网格应确定格长（联络员）1名",
            english: "Grid {detail} has {measured} as leaders; each grid has {required}")
        /// `有 2 名党员未划入四级网格：M-7、M-9`.
        static let outside = MessageTemplate(
            chinese: "有 {measured}党员未划入四级网格：{detail}",
            english: "Members in no grid of the fourth level ({measured}): {detail}")
        /// `有 1 名党员同时划入多个四级网格：M-3`.
        static let twice = MessageTemplate(
            chinese: "有 {measured}党员同时划入多个四级网格：{detail}",
            english: "Members in more than one grid of the fourth level ({measured}): {detail}")
    }
}
