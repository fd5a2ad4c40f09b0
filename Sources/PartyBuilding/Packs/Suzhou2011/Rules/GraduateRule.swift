extension SZ2011 {
    /// `SZ2011.6.graduate` (shall): each community has at least one college-graduate worker.
    ///
    /// > 健全"一社区一名大学生"工作长效机制。(SZ2011 art. 6)
    ///
    /// A college graduate (大学生) is a worker with an associate degree (大专) or higher. A community
    /// without worker records (such as one read from a table of community figures) is not checked:
    /// its workforce is not recorded, not empty.
    public struct GraduateRule: Rule {
        /// The rule's ID, title, strength, clause and the parameters it reads.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.6.graduate", chinese: "一社区一名大学生", english: "One college graduate in each community",
            strength: .shall, article: 6, wording: "健全“一社区一名大学生”工作长效机制",
            parameters: [Parameters.graduatesPerCommunity])

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters in force on the audit date.
        public func bind(_ values: ParameterValues) throws(ParameterError) -> Int {
            try values.count(Parameters.graduatesPerCommunity)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(_ context: CommunityContext, with minimum: Int, into findings: inout FindingCollector) {
            guard !context.community.workers.isEmpty else { return }
            let graduates = context.community.workers.count { $0.education.isCollegeGraduate }
            guard !Bound.orMore.admits(graduates, minimum) else { return }
            findings.fail(
                .community(context.id), measured: .count(graduates), required: Requirement(.orMore, .count(minimum)),
                message: Self.tooFew)
        }

        static let tooFew = MessageTemplate(
            chinese: "社区有大学生（大专以上）社区工作者 {measured} 名，应{required}",
            english: "The community has {measured} college-graduate workers; required {required}")
    }
}
