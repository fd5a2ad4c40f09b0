extension SZ2011 {
    /// `SZ2011.8.certificate` (must): from 2015, every worker aged 45 or under holds the national
    /// social-worker certificate.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/certificate``.
    ///
    /// In force from 2015-01-01 (its parameter has no value before). 以下 includes its number: a worker
    /// of 45 full years on the audit date must hold it, one of 46 need not. A certificate obtained after
    /// the audit date does not count.
    public struct CertificateRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.8.certificate", chinese: "45岁以下社区工作者持证", english: "Workers aged 45 or under hold the certificate",
            strength: .must, clause: Clauses.certificate,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.certificateMaxAge]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with maxAge: Int, into findings: inout FindingCollector
        ) {
            for worker in context.community.workers {
                if let certificate = worker.certificate, certificate.obtainedOn <= context.date { continue }
                let age = worker.age(on: context.date)
                guard Bound.orLess.admits(age, maxAge) else { continue }
                findings.check(
                    .worker(worker.id), .flag(false), .exactly, .flag(true), detail: .age(age), message: Self.missing)
            }
        }

        /// `社区工作者 W-01（38 岁）未取得国家《社会工作者职业水平证书》`.
        static let missing = MessageTemplate(
            chinese: "社区工作者 {subject}（{detail}）未取得国家《社会工作者职业水平证书》",
            english: "Worker {subject} ({detail}) does not hold the national social-worker certificate")
    }
}
