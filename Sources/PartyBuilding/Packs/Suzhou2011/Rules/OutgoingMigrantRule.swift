extension SZ2011 {
    /// `SZ2011.13.outgoing-migrant` (shall): an outgoing migrant member is given the migrant
    /// member's activity certificate (流动党员活动证) and a named contact.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/outgoingMigrant``.
    ///
    /// Judged on the audit date for each member who is an outgoing migrant that day
    /// (``Member/migration(on:)``), from their latest ``MembershipEvent/Kind/migratedOut(certificate:contact:)``
    /// event up to the day: a certificate missing and a contact missing (absent or blank) are two
    /// violations.
    public struct OutgoingMigrantRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.13.outgoing-migrant", chinese: "外出流动党员活动证和联系人",
            english: "Activity certificate and contact of outgoing migrants", strength: .shall,
            clause: Clauses.outgoingMigrant, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads no parameter: the clause sets no figure.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let date = context.date
            for member in context.community.members where member.migration(on: date) == .outgoing {
                var certificate: String?
                var contact: String?
                for event in member.events {
                    if let day = event.date, day > date { break }
                    if case .migratedOut(let issued, let named) = event.kind {
                        certificate = issued
                        contact = named
                    }
                }
                findings.check(
                    .member(member.id), .flag(Self.isGiven(certificate)), .exactly, .flag(true),
                    message: Self.noCertificate)
                findings.check(
                    .member(member.id), .flag(Self.isGiven(contact)), .exactly, .flag(true), message: Self.noContact)
            }
        }

        /// Whether a recorded text names something.
        private static func isGiven(_ text: String?) -> Bool {
            text.map { !$0.allSatisfy(\.isWhitespace) } ?? false
        }

        /// `外出流动党员 M-1 未记录开具流动党员活动证`.
        static let noCertificate = MessageTemplate(
            chinese: "外出流动党员 {subject} 未记录开具流动党员活动证",
            english: "Outgoing migrant member {subject} has no migrant member's activity certificate recorded")
        /// `外出流动党员 M-1 未记录指定专人与其联系`.
        static let noContact = MessageTemplate(
            chinese: "外出流动党员 {subject} 未记录指定专人与其联系",
            english: "Outgoing migrant member {subject} has no named contact recorded")
    }
}
