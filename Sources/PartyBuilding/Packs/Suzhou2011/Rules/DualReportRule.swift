extension SZ2011 {
    /// `SZ2011.8.dual-report` (shall): the secretary reports on the year's work both to the street's
    /// working committee and to members and residents.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/dualReport``.
    ///
    /// Judged for each complete year the community organisation lived through entirely: reports
    /// (``SecretaryReport``) on that year to both audiences meet it; the finding names the audience
    /// not reported to. A community that records no report cannot be checked.
    public struct DualReportRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.8.dual-report", chinese: "书记双向述职", english: "The secretary reports both ways",
            strength: .shall, clause: Clauses.dualReport, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let reports = context.community.governance.secretaryReports
            guard let organisation = context.community.communityOrganisation else { return }
            guard !reports.isEmpty else {
                return findings.cannotCheck(.organisation(organisation.id), unrecorded: .secretaryReports)
            }
            for year in CadenceCheck(every: .year).units(of: period, lifetime: organisation.lifetime) {
                let missing = SecretaryReport.Audience.allCases.filter { audience in
                    !reports.contains { $0.year == year.start.year && $0.audience == audience }
                }
                guard !missing.isEmpty else { continue }
                findings.fail(
                    .organisation(organisation.id), measured: nil, required: nil,
                    detail: .label(.list(codes: missing.map(\.rawValue), names: missing.map(\.label))),
                    message: Self.notReported)
            }
        }

        /// `2025年社区党组织书记未向党员群众述职（应向街道党工委和党员群众双向述职）`.
        static let notReported = MessageTemplate(
            chinese: "{period}社区党组织书记未向{detail}述职（应向街道党工委和党员群众双向述职）",
            english:
                "In {period} the secretary did not report to {detail} (reports are due both to the street and to members and residents)"
        )
    }
}
