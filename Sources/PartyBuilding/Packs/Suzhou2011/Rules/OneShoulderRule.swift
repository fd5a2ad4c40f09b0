extension SZ2011 {
    /// `SZ2011.6.one-shoulder` (encouraged): the secretary also directs the residents' committee.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/oneShoulder``.
    ///
    /// A secretary who is not also the residents' committee director gets an advisory.
    public struct OneShoulderRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.6.one-shoulder", chinese: "书记、主任“一肩挑”", english: "Secretary also directs the residents' committee",
            strength: .encouraged, clause: Clauses.oneShoulder, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            for worker in context.community.workers
            where worker.roles.contains(.secretary) {
                findings.check(
                    .worker(worker.id), .flag(worker.roles.contains(.residentsCommitteeDirector)), .exactly,
                    .flag(true), message: Self.notCombined)
            }
        }

        /// `社区党组织书记 W-01 未兼任居民委员会主任（提倡“一肩挑”）`.
        static let notCombined = MessageTemplate(
            chinese: "社区党组织书记 {subject} 未兼任居民委员会主任（提倡“一肩挑”）",
            english:
                "Secretary {subject} does not also direct the residents' committee (combining the roles is encouraged)")
    }
}
