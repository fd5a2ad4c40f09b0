/// One level of the community's network for mediating disputes (社会矛盾调处网络), with the evidence
/// that it is set up.
///
/// TA 一(三): "积极推进社会治安综合防控体系建设和社会矛盾调处5级网络建设".
public struct MediationLevel: Sendable, Hashable, Codable {
    /// The level, 1 (the highest, such as the district) to 5 (the lowest, such as a building).
    public var level: Int
    /// Who mediates at this level, for example `楼栋调解小组`.
    public var name: String
    /// The document, meeting or record that sets the level up.
    public var evidence: [Evidence]

    /// Creates a level of the network.
    public init(level: Int, name: String, evidence: [Evidence] = []) {
        self.level = level
        self.name = name
        self.evidence = evidence
    }
}
