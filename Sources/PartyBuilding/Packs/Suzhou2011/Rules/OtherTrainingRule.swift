extension SZ2011 {
    /// `SZ2011.7.other-training` (shall): every other worker trains at least 5 days a year at street
    /// level or higher.
    ///
    /// > 其他社区工作者每年至少参加一次街道或以上的集中培训，时间不少于5天。(SZ2011 art. 7)
    ///
    /// Checked like ``KeyRoleTrainingRule`` for the workers who hold none of the key roles.
    public struct OtherTrainingRule: Rule {
        /// The rule's ID, title, strength, clause and the parameters it reads.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.7.other-training", chinese: "其他社区工作者年度集中培训", english: "Yearly training of the other workers",
            strength: .shall, article: 7, wording: "其他社区工作者每年至少参加一次街道或以上的集中培训，时间不少于5天",
            parameters: [Parameters.otherTrainings, Parameters.otherTrainingDays])

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters in force on the audit date.
        public func bind(_ values: ParameterValues) throws(ParameterError) -> CentralisedTrainingRequirement {
            CentralisedTrainingRequirement(
                minimumLevel: .street, trainings: try values.count(Parameters.otherTrainings),
                days: try values.days(Parameters.otherTrainingDays))
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, with requirement: CentralisedTrainingRequirement,
            into findings: inout FindingCollector
        ) {
            requirement.check(context, into: &findings) { !$0.holdsKeyRole }
        }
    }
}
