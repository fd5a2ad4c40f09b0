extension MY {
    /// `MY.six-bodies` (shall): the six bodies of community governance exist — the Party
    /// organisation, the residents' committee, the supervision committee, the service station, social
    /// organisations and the owners' committee.
    ///
    /// The clause, quoted once: ``MY/Clauses/sixBodies``.
    ///
    /// Judged on the audit date: the Party organisation is the community's organisation in being that
    /// day, the residents' committee one of ``Community/residentsCommittees``; each of the other four
    /// is a ``GovernanceBody`` of its kind, set up by then, with evidence dated on or before that day.
    /// The finding lists the bodies missing and those without evidence. A community that records no
    /// governance at all cannot be checked; one that does not list its residents' committees cannot
    /// be checked on that body.
    public struct SixBodiesRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "MY.six-bodies",
            title: LocalizedText(chinese: "“六位一体”共治体系", english: "The six bodies of community governance"),
            strength: .shall, citation: Clauses.sixBodies, cadence: .onDate)

        /// The four bodies recorded as ``GovernanceBody``.
        static let recorded: [GovernanceBodyKind] = [
            .supervisionCommittee, .serviceStation, .socialOrganisation, .ownersCommittee,
        ]

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let community = context.community
            guard !community.governance.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .bodies)
            }
            var codes: [String] = []
            var chinese: [String] = []
            var english: [String] = []
            func missing(_ kind: GovernanceBodyKind, _ chineseReason: String, _ englishReason: String) {
                codes.append(kind.rawValue)
                chinese.append(kind.label.chinese + chineseReason)
                english.append(kind.label.english + englishReason)
            }
            if community.communityOrganisation.map({ !$0.lifetime.contains(context.date) }) ?? true {
                missing(.partyOrganisation, "（未建立）", " (none)")
            }
            if let committees = community.residentsCommittees {
                if committees.isEmpty { missing(.residentsCommittee, "（未建立）", " (none)") }
            } else {
                findings.cannotCheck(.community(context.id), missing: [.residentsCommittees])
            }
            for kind in Self.recorded {
                let bodies = community.governance.bodies.filter {
                    $0.kind == kind && ($0.established.map { $0 <= context.date } ?? true)
                }
                if bodies.isEmpty {
                    missing(kind, "（未建立）", " (none)")
                } else if !bodies.contains(where: { $0.evidence.contains { $0.date <= context.date } }) {
                    missing(kind, "（无证明）", " (no evidence)")
                }
            }
            guard !codes.isEmpty else { return }
            findings.fail(
                .community(context.id), measured: nil, required: nil,
                detail: .label(.list(codes: codes, chinese: chinese, english: english)), message: Self.incomplete)
        }

        /// `“六位一体”共治体系不完整：业主委员会（未建立）、社会组织（无证明）`.
        static let incomplete = MessageTemplate(
            chinese: "“六位一体”共治体系不完整：{detail}", english: "The six bodies of governance are incomplete: {detail}")
    }
}
