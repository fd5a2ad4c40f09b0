/// "某社区党建工作网格化管理实施方案" (`GRID`), the four-level grid plan in the collection with the
/// street's document. It states no date of issue, so its figures are in force from the start of the
/// records.
public enum GRID {
    /// The pack's ID, the prefix of its rules' and parameters' IDs.
    public static let id = "GRID"

    /// 《某社区党建工作网格化管理实施方案》 (undated).
    public static let document = SourceDocument(
        id: id, title: "某社区党建工作网格化管理实施方案", englishTitle: "A community's plan for grid-based Party-building management",
        issuer: "**社区党总支", issued: .earliest)

    /// The clauses of the document the pack encodes, each quoted once.
    public enum Clauses {
        /// `GRID.levels`: (二) 划分四级网格.
        public static let levels = Citation(
            document, article: "(二)1",
            wording:
                "社区基层党建分为四级网格：一级网格，XX党工委书记、XXX挂钩社区领导、社区党总支书记。二级网格，各社区总支委员。三级网格，各党支部书记、委员。四级网格，社区全体党员。根据道路走向、党员分布等情况，具体划分为若干个网格，每个网格确定格长（联络员）1名"
        )
    }

    /// The figures of the document, each a dated, cited parameter read by a typed key.
    public enum Parameters {
        /// 分为四级网格: the levels of the grid.
        public static let levels: CountKey = "GRID.levels.levels"
        /// 每个网格确定格长（联络员）1名: the leaders of each grid.
        public static let leadersPerGrid: CountKey = "GRID.levels.leaders"

        /// Every parameter of the pack.
        public static let all: [Parameter] = [
            Parameter(
                levels, title: LocalizedText(chinese: "网格层级数", english: "Levels of the grid"), citation: Clauses.levels,
                values: [.init(from: document.issued, value: .count(4))]),
            Parameter(
                leadersPerGrid, title: LocalizedText(chinese: "每个网格的格长人数", english: "Leaders of each grid"),
                citation: Clauses.levels, values: [.init(from: document.issued, value: .count(1))]),
        ]
    }

    /// The rules of the pack.
    public static let rules: [any Rule] = [GridLevelsRule()]
}

extension PolicyPack {
    /// The four-level grid (`GRID`): four levels, one leader a grid, every member in a grid of the
    /// lowest level. Shipped, not built in (``catalog``); `NAT.grid`, built in, checks that a branch or
    /// a Party group is built on the grids.
    public static let grid = PolicyPack(
        id: GRID.id, title: LocalizedText(chinese: "社区党建四级网格", english: "The four-level Party-building grid"),
        parameters: GRID.Parameters.all, rules: GRID.rules)
}
