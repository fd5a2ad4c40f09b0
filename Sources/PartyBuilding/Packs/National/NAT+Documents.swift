extension NAT {
    /// 《中国共产党章程》, as amended by the 20th National Congress on 2022-10-22.
    public static let constitution = SourceDocument(
        id: "NAT", title: "中国共产党章程", englishTitle: "Constitution of the Communist Party of China",
        issuer: "中国共产党第二十次全国代表大会", issued: "2022-10-22")

    /// 《中国共产党支部工作条例（试行）》, issued by the Central Committee on 2018-10-28: branches, their
    /// committees, and the cadences of 三会一课, the theme day, organisational life, the democratic
    /// evaluation, heart-to-heart talks and Party lessons.
    public static let branchRegulation = SourceDocument(
        id: "NAT", title: "中国共产党支部工作条例（试行）",
        englishTitle: "Regulations on the work of Party branches (trial)", issuer: "中共中央", issued: "2018-10-28")

    /// 中办《关于党的基层组织任期的意见》(2018). RULES.md gives its year only; its figures apply from
    /// 2018-01-01.
    public static let termOpinion = SourceDocument(
        id: "NAT", title: "关于党的基层组织任期的意见", englishTitle: "Opinion on the terms of primary Party organisations",
        issuer: "中共中央办公厅", issued: "2018-01-01")

    /// 《中国共产党基层组织选举工作条例》, issued by the Central Committee on 2020-07-13.
    public static let electionRegulation = SourceDocument(
        id: "NAT", title: "中国共产党基层组织选举工作条例",
        englishTitle: "Regulations on elections in primary Party organisations", issuer: "中共中央", issued: "2020-07-13")

    /// 《中国共产党党和国家机关基层组织工作条例》, issued by the Central Committee on 2019-12-22: the
    /// thresholds of a Party committee and a general branch.
    public static let organsRegulation = SourceDocument(
        id: "NAT", title: "中国共产党党和国家机关基层组织工作条例",
        englishTitle: "Regulations on primary Party organisations in Party and state organs", issuer: "中共中央",
        issued: "2019-12-22")

    /// 住房和城乡建设部办公厅、民政部办公厅《关于开展完整社区建设试点工作的通知》(2022-10-09), with
    /// 《城市社区嵌入式服务设施建设导则（试行）》(2024): the service space per 100 households.
    public static let completeCommunity = SourceDocument(
        id: "NAT", title: "关于开展完整社区建设试点工作的通知",
        englishTitle: "Notice on the pilot construction of complete communities",
        issuer: "住房和城乡建设部办公厅、民政部办公厅", issued: "2022-10-09")

    /// 中办《关于加强和改进城市基层党的建设工作的意见》(2019): Party organisations built on the grids.
    /// RULES.md gives its year only; its figures apply from 2019-01-01.
    public static let urbanPartyBuilding = SourceDocument(
        id: "NAT", title: "关于加强和改进城市基层党的建设工作的意见",
        englishTitle: "Opinion on strengthening urban primary-level Party building", issuer: "中共中央办公厅",
        issued: "2019-01-01")

    /// A citation of an article of one of the national documents, the article prefixed by the
    /// document's short name (`党章 第三十条`).
    static func article(_ shortName: String, _ number: String, _ wording: String) -> Citation {
        Citation(document: id, article: number.isEmpty ? shortName : "\(shortName) \(number)", wording: wording)
    }
}
