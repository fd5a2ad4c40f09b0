extension SZ2011 {
    /// `SZ2011.13.points` (encouraged): a community explores a points-based assessment (积分制) of its
    /// members' training and Party activities.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/points``.
    ///
    /// Judged for each complete year: a community with a Party organisation and no
    /// ``PointsAssessment`` for the year gets an advisory (积极探索 is encouraged, never a violation).
    public struct PointsRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.13.points", chinese: "党员积分制考核", english: "Points-based assessment of members",
            strength: .encouraged, clause: Clauses.points, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads no parameter: the clause sets no figure.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            guard !context.community.organisations.isEmpty else { return }
            let year = period.start.year
            let kept = context.community.pointsAssessments.contains { $0.year == year }
            findings.check(.community(context.id), .flag(kept), .exactly, .flag(true), message: Self.notKept)
        }

        /// `2025年未记录党员积分制考核，鼓励积极探索对党员参加教育培训和党组织活动实行积分制考核`.
        static let notKept = MessageTemplate(
            chinese: "{period}未记录党员积分制考核，鼓励积极探索对党员参加教育培训和党组织活动实行积分制考核",
            english:
                "No points-based assessment of members is recorded for {period}; assessing members' training and Party activities by points is encouraged"
        )
    }
}
