extension SZ2011 {
    /// `SZ2011.7.key-role-training` (shall): the secretary, the residents' committee director and the
    /// work-station head train at least 7 days a year at district level or higher.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/keyRoleTraining``.
    ///
    /// Judged for each complete year, counting the centralised trainings that started in it; a worker
    /// who started after 1 January of the year is not due for it.
    public struct KeyRoleTrainingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.7.key-role-training", chinese: "书记、主任、站长年度集中培训",
            english: "Yearly training of the secretary, director and work-station head", strength: .shall,
            clause: Clauses.keyRoleTraining,
            cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CentralisedTrainingRequirement {
            CentralisedTrainingRequirement(
                minimumLevel: .district, trainings: try parameters[Parameters.keyRoleTrainings],
                days: try parameters[Parameters.keyRoleTrainingDays])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with requirement: CentralisedTrainingRequirement,
            into findings: inout FindingCollector
        ) {
            requirement.check(context, in: period, into: &findings) { $0.holdsKeyRole }
        }
    }
}
