/// A mechanism by which bodies of the community coordinate (协调机制), with the dated evidence that it
/// exists and works: the document that set it up, its meetings.
///
/// SZ2011 art. 5: "建立健全社区党组织、社区居民委员会、业主委员会和物业服务企业协调机制".
public struct CoordinationMechanism: Sendable, Hashable, Codable {
    /// The mechanism's name, for example `红色物业联席会议`.
    public var name: String
    /// The bodies that take part.
    public var participants: [GovernanceBodyKind]
    /// The documents, meetings or records that show it.
    public var evidence: [Evidence]

    /// Creates a mechanism record.
    public init(name: String, participants: [GovernanceBodyKind], evidence: [Evidence] = []) {
        self.name = name
        self.participants = participants
        self.evidence = evidence
    }
}
