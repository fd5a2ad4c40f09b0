extension SZ2011 {
    /// `SZ2011.19.disclosure` (shall): the Party organisation's office and activity funds are disclosed
    /// within a given circle.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/disclosure``.
    ///
    /// Judged for each complete year the community organisation lived through entirely: disclosures
    /// (``FundDisclosure``) of that year's funds, dated on or before the audit date, must cover both
    /// the office and the activity funds; the finding names the fund not disclosed. A community that
    /// records no disclosure cannot be checked.
    public struct DisclosureRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.19.disclosure", chinese: "经费公示或通报", english: "Disclosure of the office and activity funds",
            strength: .shall, clause: Clauses.disclosure, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let disclosures = context.community.governance.fundDisclosures
            guard let organisation = context.community.communityOrganisation else { return }
            guard !disclosures.isEmpty else {
                return findings.cannotCheck(.organisation(organisation.id), unrecorded: .fundDisclosures)
            }
            for year in CadenceCheck(every: .year).units(of: period, lifetime: organisation.lifetime) {
                var disclosed = Set<FundDisclosure.Fund>()
                for disclosure in disclosures
                where disclosure.year == year.start.year && disclosure.date <= context.date {
                    disclosed.formUnion(disclosure.funds)
                }
                let missing = FundDisclosure.Fund.allCases.filter { !disclosed.contains($0) }
                guard !missing.isEmpty else { continue }
                findings.fail(
                    .organisation(organisation.id), measured: nil, required: nil,
                    detail: .label(.list(codes: missing.map(\.rawValue), names: missing.map(\.label))),
                    message: Self.notDisclosed)
            }
        }

        /// `2025年的党组织活动经费未在一定范围内公示或通报`.
        static let notDisclosed = MessageTemplate(
            chinese: "{period}的{detail}未在一定范围内公示或通报",
            english: "In {period}, {detail} were not disclosed")
    }
}
