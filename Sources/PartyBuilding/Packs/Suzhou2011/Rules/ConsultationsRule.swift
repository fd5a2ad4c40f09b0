extension SZ2011 {
    /// `SZ2011.11.consultations` (shall): the community Party organisation holds consultation meetings
    /// with residents (征求群众意见座谈会) 4 times a year or more.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/consultations``. "4次以上" includes 4.
    ///
    /// Judged for each complete year that the community Party organisation
    /// (``Community/communityOrganisation``) lived through entirely, counting the consultations any
    /// organisation of the community held in it. A community that records no meetings at all gets an
    /// information finding that the count could not be checked.
    public struct ConsultationsRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.11.consultations", chinese: "每年征求群众意见座谈会", english: "Consultation meetings with residents",
            strength: .shall, clause: Clauses.consultations, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .year, atLeast: try parameters[Parameters.consultationsPerYear])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            guard
                let (organisation, outcome) = MeetingCadence.communityOutcome(
                    context, kind: .consultation, cadence: cadence, in: period, into: &findings)
            else { return }
            for count in outcome.counts {
                findings.check(
                    .organisation(organisation.id), .count(count, .meetings), .orMore,
                    .count(cadence.minimum, .meetings), message: Self.tooFew)
            }
        }

        /// `2025年召开征求群众意见座谈会 3 次，应召开 4 次以上`.
        static let tooFew = MessageTemplate(
            chinese: "{period}召开征求群众意见座谈会 {measured}，应召开 {required}",
            english: "Consultation meetings with residents held in {period}: {measured}; required {required}")
    }
}
