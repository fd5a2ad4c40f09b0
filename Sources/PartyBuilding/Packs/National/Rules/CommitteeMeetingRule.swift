extension NAT {
    /// `NAT.meetings.committee` (shall): the committee meets at least once a month, where a committee
    /// exists.
    ///
    /// The clause, quoted once: ``NAT/Clauses/meetingsCommittee``. "一般" is read as shall.
    ///
    /// **Where a committee exists.** A general branch (党总支) or a Party committee (党委) is a
    /// committee by its form. A branch has one when its latest election on or before the last day of
    /// the period judged elected at least ``NAT/Parameters/committeeMinimumMembers`` members (3: "党支部
    /// 委员会由3至5人组成"); a branch with no election recorded, or one that elected a secretary alone,
    /// is not judged. Judged for each complete year, month by month, over the months the organisation
    /// lived through entirely; the finding lists the months missed.
    public struct CommitteeMeetingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.meetings.committee", chinese: "支部委员会会议每月召开", english: "A committee meeting every month",
            strength: .shall, clause: Clauses.meetingsCommittee, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// The monthly cadence, and the fewest members elected for a branch to have a committee.
        public struct Bindings: Sendable {
            /// The cadence of committee meetings.
            public var cadence: CadenceCheck
            /// The fewest committee members elected for a branch to have a committee.
            public var minimumMembers: Int
        }

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                cadence: CadenceCheck(every: .month, atLeast: try parameters[Parameters.committeeMeetingsPerMonth]),
                minimumMembers: try parameters[Parameters.committeeMinimumMembers])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Bindings,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            let withCommittee = community.organisations.filter { organisation in
                organisation.form != .branch
                    || (community.committeeMembers(of: organisation.id, on: period.end)?.count ?? 0)
                        >= bindings.minimumMembers
            }
            MeetingCadence.check(
                context, kind: .committee, cadence: bindings.cadence, organisations: withCommittee, in: period,
                message: Self.missed, into: &findings)
        }

        /// `2025年召开支部委员会会议的月份为 11 个月，应不少于 12 个月；未召开的月份：2025年12月`.
        static let missed = MessageTemplate(
            chinese: "{period}召开支部委员会会议的月份为 {measured}，应{required}；未召开的月份：{detail}",
            english: "Committee meetings were held in {measured} of {period}; required {required}; missed: {detail}")
    }
}
