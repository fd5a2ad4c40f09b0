extension NAT {
    /// `NAT.dev.vote` (must): the branch meeting admits only when the yes votes are more than half of
    /// the formal members entitled to vote — not of those present.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentVote``.
    ///
    /// Judged for the branch meetings of the audited range: 10 entitled need 6 yes votes (``BranchVote/needed``),
    /// however many came. A vote short of that after which the admission went on (an approval, an
    /// oath or a member record) is a violation. A vote that did not pass and ended there is reported as
    /// information.
    public struct DevelopmentVoteRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.vote", chinese: "支部大会表决", english: "The branch meeting's vote", strength: .must,
            clause: Clauses.developmentVote, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the majority is the clause's.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.vote?.date) {
                guard let vote = applicant.vote, !vote.passes else { continue }
                let counts = Quantity.label(
                    Quantity.Label(
                        code: "\(vote.yes)/\(vote.present)/\(vote.entitled)",
                        chinese: "应到会有表决权的正式党员 \(vote.entitled) 名，实到 \(vote.present) 名，赞成 \(vote.yes) 名",
                        english: "\(vote.yes) yes of \(vote.present) present and \(vote.entitled) entitled"))
                let continued = applicant.approval != nil || applicant.oath != nil || applicant.memberID != nil
                if continued {
                    findings.fail(
                        .applicant(applicant.id), measured: .count(vote.yes, .members),
                        required: Requirement(.orMore, .count(vote.needed, .members)), detail: counts,
                        message: Self.continuedWithoutMajority)
                } else {
                    findings.inform(
                        .applicant(applicant.id), measured: .count(vote.yes, .members), detail: counts,
                        message: Self.notPassed)
                }
            }
        }

        /// `发展对象 A-1 的支部大会表决：应到会有表决权的正式党员 10 名，实到 7 名，赞成 5 名；赞成人数须超过应到会有表决权的正式党员的半数（6 名以上），决议未通过却继续办理接收手续`.
        static let continuedWithoutMajority = MessageTemplate(
            chinese: "发展对象 {subject} 的支部大会表决：{detail}；赞成人数须超过应到会有表决权的正式党员的半数（{required}），决议未通过却继续办理接收手续",
            english:
                "The vote on applicant {subject} ({detail}) did not reach {required}, more than half of those entitled, yet the admission went on"
        )
        /// `发展对象 A-1 的支部大会表决：…；决议未通过`.
        static let notPassed = MessageTemplate(
            chinese: "发展对象 {subject} 的支部大会表决：{detail}；赞成人数未超过应到会有表决权的正式党员的半数，决议未通过",
            english:
                "The vote on applicant {subject} ({detail}) did not pass: yes votes were not more than half of those entitled"
        )
    }
}
