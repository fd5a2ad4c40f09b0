/// A residents' committee (居民委员会) of a community.
public struct ResidentsCommittee: Sendable, Hashable, Codable, Identifiable {
    /// The committee's ID, unique within its community.
    public var id: ResidentsCommitteeID
    /// The committee's name.
    public var name: String

    /// Creates a residents' committee.
    public init(id: ResidentsCommitteeID, name: String) {
        self.id = id
        self.name = name
    }
}
