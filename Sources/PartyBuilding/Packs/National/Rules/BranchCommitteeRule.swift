extension NAT {
    /// `NAT.branch.committee` (shall): a branch with seven or more formal members has a committee of
    /// three to five, generally no more than seven; a smaller branch has one secretary and, where
    /// needed, one deputy.
    ///
    /// The clause, quoted once: ``NAT/Clauses/branchCommittee``.
    ///
    /// Judged on the audit date for each branch in being that day, from its latest
    /// ``CommitteeElection`` (``Community/lastElection(of:)``). With 7以上 formal members (7 needs a
    /// committee, 6 does not): fewer than 3 elected is a violation; more than 7 (一般不超过7人, read as
    /// shall) is a violation; 6 or 7 is allowed but above the usual 3–5, an information finding. With
    /// fewer formal members, more than two elected (a secretary and a deputy) is a violation: such a
    /// branch sets up no committee. A branch with no election recorded cannot be checked: an
    /// information finding.
    public struct BranchCommitteeRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.branch.committee", chinese: "党支部委员会的设立和人数", english: "A branch's committee and its size",
            strength: .shall, clause: Clauses.branchCommittee, cadence: .onDate, from: branchRegulation)

        /// Creates the rule.
        public init() {}

        /// The figures of the clause.
        public struct Sizes: Sendable, Hashable {
            /// 有正式党员7人以上的党支部，应当设立党支部委员会.
            public var formalMinimum: Int
            /// 由3至5人组成: the fewest members of a committee.
            public var low: Int
            /// 由3至5人组成: the usual most.
            public var high: Int
            /// 一般不超过7人: the most.
            public var maximum: Int
            /// 设1名书记，必要时可以设1名副书记: the most leaders of a branch without a committee.
            public var smallBranchLeaders: Int
        }

        /// Reads the figures of the clause.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Sizes {
            Sizes(
                formalMinimum: try parameters[Parameters.committeeFormalMinimum],
                low: try parameters[Parameters.committeeSizeLow], high: try parameters[Parameters.committeeSizeHigh],
                maximum: try parameters[Parameters.committeeSizeMaximum],
                smallBranchLeaders: try parameters[Parameters.smallBranchLeaders])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with sizes: Sizes, into findings: inout FindingCollector
        ) {
            for (index, organisation) in context.community.organisations.enumerated()
            where organisation.form == .branch && organisation.lifetime.contains(context.date) {
                let subject = Subject.organisation(organisation.id)
                guard let election = context.community.lastElection(of: organisation.id), election.date <= context.date
                else {
                    findings.inform(subject, measured: nil, message: Self.noElection)
                    continue
                }
                let formal = context.membership.formalMembers[index]
                let elected = Quantity.count(election.committeeMemberIDs.count, .people)
                let detail = Quantity.count(formal, .members)
                guard formal >= sizes.formalMinimum else {
                    findings.check(
                        subject, elected, .orLess, .count(sizes.smallBranchLeaders, .people), detail: detail,
                        message: Self.smallBranchCommittee)
                    continue
                }
                guard
                    findings.check(
                        subject, elected, .orMore, .count(sizes.low, .people), detail: detail,
                        message: Self.committeeTooSmall),
                    findings.check(
                        subject, elected, .orLess, .count(sizes.maximum, .people), detail: detail,
                        message: Self.committeeTooLarge)
                else { continue }
                if election.committeeMemberIDs.count > sizes.high {
                    findings.inform(
                        subject, measured: elected,
                        required: Requirement(between: .count(sizes.low, .people), and: .count(sizes.high, .people)),
                        detail: detail, message: Self.aboveUsualSize)
                }
            }
        }

        /// `党支部 ORG-1 有正式党员 8 名，支部委员会只有 2 人，应由 3 人以上组成`.
        static let committeeTooSmall = MessageTemplate(
            chinese: "党支部 {subject} 有正式党员 {detail}，支部委员会只有 {measured}，应由 {required}组成",
            english:
                "Branch {subject} has {detail}, counting formal members only, but a committee of {measured}; it should have {required}"
        )
        /// `党支部 ORG-1 有正式党员 40 名，支部委员会有 8 人，一般应在 7 人以下`.
        static let committeeTooLarge = MessageTemplate(
            chinese: "党支部 {subject} 有正式党员 {detail}，支部委员会有 {measured}，一般应在 {required}",
            english:
                "Branch {subject} has {detail}, counting formal members only, and a committee of {measured}; it should generally have {required}"
        )
        /// `党支部 ORG-1 有正式党员 40 名，支部委员会有 7 人，通常应在 3–5 人之间`.
        static let aboveUsualSize = MessageTemplate(
            chinese: "党支部 {subject} 有正式党员 {detail}，支部委员会有 {measured}，通常应{required}",
            english:
                "Branch {subject} has {detail}, counting formal members only, and a committee of {measured}; a committee usually has {required}"
        )
        /// `党支部 ORG-1 有正式党员 6 名，不足设立支部委员会的人数，却选出 3 人；应设一名书记，必要时可以设一名副书记（2 人以下）`.
        static let smallBranchCommittee = MessageTemplate(
            chinese: "党支部 {subject} 有正式党员 {detail}，不足设立支部委员会的人数，却选出 {measured}；应设一名书记，必要时可以设一名副书记（{required}）",
            english:
                "Branch {subject} has only {detail}, counting formal members only, too few for a committee, yet {measured} were elected; it has one secretary and, where needed, one deputy ({required})"
        )
        /// `党支部 ORG-1 未记录支部委员会选举，无法核对支部委员会的设立和人数`.
        static let noElection = MessageTemplate(
            chinese: "党支部 {subject} 未记录支部委员选举，无法核对支部委员会的设立和人数",
            english: "No committee election is recorded for branch {subject}; its committee cannot be checked")
    }
}
