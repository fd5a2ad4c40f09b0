extension SZ2011 {
    /// `SZ2011.7.secretary-quals-trend` (shall): across the communities audited, the share of secretaries
    /// with an associate degree or higher, and the share with the certificate, rise year on year.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/secretaryQualificationsTrend``.
    ///
    /// Compares the year judged with the year before, over the communities whose
    /// ``Community/secretaryQualifications`` ledger has both years. A share that did not rise fails,
    /// unless it was 100% both years (it cannot rise further). With no community recording both years the rule cannot decide and
    /// reports nothing.
    public struct SecretaryQualificationsTrendRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.7.secretary-quals-trend", chinese: "书记学历与持证比例逐年提高",
            english: "Secretaries' degrees and certificates rise year on year", strength: .shall,
            clause: Clauses.secretaryQualificationsTrend, cadence: .yearly, scope: .portfolio)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks the communities audited together, as the type's documentation describes.
        public func evaluate(
            portfolio: [CommunityContext], in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let year = period.start.year
            var pairs = 0
            var degrees = (previous: 0, current: 0)
            var certificates = (previous: 0, current: 0)
            for context in portfolio {
                let ledger = context.community.secretaryQualifications
                guard let current = ledger.first(where: { $0.year == year }),
                    let previous = ledger.first(where: { $0.year == year - 1 })
                else { continue }
                pairs += 1
                if previous.hasAssociateDegreeOrHigher { degrees.previous += 1 }
                if current.hasAssociateDegreeOrHigher { degrees.current += 1 }
                if previous.hasCertificate { certificates.previous += 1 }
                if current.hasCertificate { certificates.current += 1 }
            }
            guard pairs > 0 else { return }
            report(degrees, of: pairs, year: year, label: Self.degreeLabel, into: &findings)
            report(certificates, of: pairs, year: year, label: Self.certificateLabel, into: &findings)
        }

        private func report(
            _ counts: (previous: Int, current: Int), of pairs: Int, year: Int, label: Quantity.Label,
            into findings: inout FindingCollector
        ) {
            let stayedComplete = counts.previous == pairs && counts.current == pairs
            guard !stayedComplete else { return }
            findings.check(
                .portfolio, .share(Ratio(Int64(counts.current), Int64(pairs))), .moreThan,
                .share(Ratio(Int64(counts.previous), Int64(pairs))), detail: .label(label), message: Self.notRising)
        }

        static let degreeLabel = Quantity.Label(
            code: "associateDegreeOrHigher", chinese: "具有大专以上学历", english: "with an associate degree or higher")
        static let certificateLabel = Quantity.Label(
            code: "certificate", chinese: "持有社会工作者职业水平证书", english: "holding the social-worker certificate")
        /// `2025年社区党组织书记中具有大专以上学历的比例为 50%，未比上年提高（应超过 50%）`.
        static let notRising = MessageTemplate(
            chinese: "{period}社区党组织书记中{detail}的比例为 {measured}，未比上年提高（应{required}）",
            english:
                "In {period}, the share of secretaries {detail} is {measured}, not up on the year before; it should rise year on year, to {required}"
        )
    }
}
