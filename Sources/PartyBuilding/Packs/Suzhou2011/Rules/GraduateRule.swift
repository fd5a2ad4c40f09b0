extension SZ2011 {
    /// `SZ2011.6.graduate` (shall): each community has at least one college-graduate worker.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/graduate``.
    ///
    /// A college graduate (大学生) is a worker with an associate degree (大专) or higher. A community
    /// without worker records (such as one read from a table of community figures) is not checked:
    /// its workforce is not recorded, not empty.
    public struct GraduateRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.6.graduate", chinese: "一社区一名大学生", english: "One college graduate in each community",
            strength: .shall, clause: Clauses.graduate,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.graduatesPerCommunity]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with minimum: Int, into findings: inout FindingCollector
        ) {
            guard !context.community.workers.isEmpty else { return }
            let graduates = context.community.workers.count { $0.education.isCollegeGraduate }
            findings.check(
                .community(context.id), .count(graduates, .workers), .orMore, .count(minimum, .workers),
                message: Self.tooFew)
        }

        /// `社区工作者中大学生（大专以上学历）为 0 名，按“一社区一名大学生”应有 1 名以上`.
        static let tooFew = MessageTemplate(
            chinese: "社区工作者中大学生（大专以上学历）为 {measured}，按“一社区一名大学生”应有 {required}",
            english:
                "The community has {measured} with an associate degree or higher (college graduates); it should have {required}"
        )
    }
}
