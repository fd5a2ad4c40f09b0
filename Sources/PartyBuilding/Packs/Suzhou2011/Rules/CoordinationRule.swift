extension SZ2011 {
    /// `SZ2011.5.coordination` (shall): a coordination mechanism among the community Party
    /// organisation, the residents' committee, the owners' committee and the property-service company.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/coordination``.
    ///
    /// Judged on the audit date: a ``CoordinationMechanism`` in which the four take part, with at least
    /// one piece of evidence dated on or before that day, meets the rule. Otherwise the finding names
    /// what is missing: the bodies no mechanism brings in, or the evidence. A community that records
    /// no governance at all cannot be checked.
    public struct CoordinationRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.5.coordination", chinese: "社区党组织、居委会、业委会和物业服务企业协调机制",
            english:
                "Coordination among the Party organisation, residents' and owners' committees and the property company",
            strength: .shall, clause: Clauses.coordination, cadence: .onDate)

        /// The four bodies the clause names.
        static let participants: [GovernanceBodyKind] = [
            .partyOrganisation, .residentsCommittee, .ownersCommittee, .propertyServiceCompany,
        ]

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let governance = context.community.governance
            guard !governance.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .coordination)
            }
            let mechanisms = governance.coordination.filter { mechanism in
                Self.participants.allSatisfy(mechanism.participants.contains)
            }
            guard !mechanisms.isEmpty else {
                let joined = Set(governance.coordination.flatMap(\.participants))
                let missing = Self.participants.filter { !joined.contains($0) }
                let named = missing.isEmpty ? Self.participants : missing
                findings.fail(
                    .community(context.id), measured: nil, required: nil,
                    detail: .label(.list(codes: named.map(\.rawValue), names: named.map(\.label))),
                    message: missing.isEmpty ? Self.notTogether : Self.missingBodies)
                return
            }
            let evidenced = mechanisms.contains { $0.evidence.contains { $0.date <= context.date } }
            if !evidenced {
                findings.fail(
                    .community(context.id), measured: nil, required: nil,
                    detail: .label(
                        Quantity.Label(
                            code: mechanisms[0].name, chinese: mechanisms[0].name, english: "that brings them together")
                    ),
                    message: Self.noEvidence)
            }
        }

        /// `协调机制未包括：业主委员会、物业服务企业`.
        static let missingBodies = MessageTemplate(
            chinese: "社区协调机制未包括{detail}，应建立健全社区党组织、社区居民委员会、业主委员会和物业服务企业协调机制",
            english: "No coordination mechanism brings in {detail}")
        /// `没有一个协调机制同时包括社区党组织、居民委员会、业主委员会、物业服务企业`.
        static let notTogether = MessageTemplate(
            chinese: "没有一个协调机制同时包括{detail}",
            english: "No one coordination mechanism brings together {detail}")
        /// `协调机制“红色物业联席会议”未载明成立或运行的证明（文件、会议或记录）`.
        static let noEvidence = MessageTemplate(
            chinese: "协调机制“{detail}”未载明成立或运行的证明（文件、会议或记录）",
            english: "The coordination mechanism {detail} has no dated evidence (a document, a meeting or a record)")
    }
}
