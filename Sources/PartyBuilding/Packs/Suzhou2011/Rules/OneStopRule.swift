extension SZ2011 {
    /// `SZ2011.15.one-stop` (shall): the secretary is stationed in the one-stop service hall, with a
    /// name badge.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/oneStop``.
    ///
    /// Judged on the audit date for each worker holding the secretary's role: a one-stop post
    /// (``OneStopPost``) held that day with a name badge meets it; no post, or a post without a badge,
    /// is a violation. A community that records no posts cannot be checked.
    public struct OneStopRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.15.one-stop", chinese: "书记进驻“一站式”大厅、挂牌上岗",
            english: "The secretary at the one-stop hall with a badge", strength: .shall, clause: Clauses.oneStop,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let posts = context.community.governance.oneStopPosts
            let secretaries = context.community.workers.filter { $0.roles.contains(.secretary) }
            guard !secretaries.isEmpty else { return }
            guard !posts.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .oneStopPosts)
            }
            for secretary in secretaries {
                let held = posts.filter { $0.workerID == secretary.id && $0.isHeld(on: context.date) }
                if held.isEmpty {
                    findings.fail(
                        .worker(secretary.id), measured: .flag(false), required: nil, message: Self.notStationed)
                } else if !held.contains(where: \.wearsNameBadge) {
                    findings.fail(.worker(secretary.id), measured: .flag(false), required: nil, message: Self.noBadge)
                }
            }
        }

        /// `社区党组织书记 W-01 未进驻“一站式”大厅`.
        static let notStationed = MessageTemplate(
            chinese: "社区党组织书记 {subject} 未进驻“一站式”大厅（书记要带头进驻，实行挂牌上岗）",
            english:
                "Secretary {subject} holds no post in the one-stop hall (the secretary leads the way there, with a badge)"
        )
        /// `社区党组织书记 W-01 在“一站式”大厅未挂牌上岗`.
        static let noBadge = MessageTemplate(
            chinese: "社区党组织书记 {subject} 在“一站式”大厅未挂牌上岗",
            english: "Secretary {subject} works in the one-stop hall without a name badge")
    }
}
