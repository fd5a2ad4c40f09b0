extension SZ2011 {
    /// `SZ2011.7.other-training` (shall): every other worker trains at least 5 days a year at street
    /// level or higher.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/otherTraining``.
    ///
    /// Checked like ``KeyRoleTrainingRule`` for the workers who hold none of the key roles.
    public struct OtherTrainingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.7.other-training", chinese: "其他社区工作者年度集中培训", english: "Yearly training of the other workers",
            strength: .shall, clause: Clauses.otherTraining,
            cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CentralisedTrainingRequirement {
            CentralisedTrainingRequirement(
                minimumLevel: .street, trainings: try parameters[Parameters.otherTrainings],
                days: try parameters[Parameters.otherTrainingDays])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with requirement: CentralisedTrainingRequirement,
            into findings: inout FindingCollector
        ) {
            requirement.check(context, in: period, into: &findings) { !$0.holdsKeyRole }
        }
    }
}
