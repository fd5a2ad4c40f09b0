extension SZ2011 {
    /// `SZ2011.21.e-ledger` (shall): the Party-building records are kept in an electronic ledger.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/electronicLedger``.
    ///
    /// Judged on the audit date: an ``ElectronicLedger`` in use since that day or earlier, with at least
    /// one piece of evidence dated on or before it, meets the rule. A ledger without evidence, or none
    /// in a community that records its governance, is a violation; a community that records no
    /// governance at all cannot be checked. (Records kept with this library are an electronic ledger;
    /// the rule asks for the evidence that the community adopted one.)
    public struct ElectronicLedgerRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.21.e-ledger", chinese: "党建工作电子台账", english: "An electronic ledger of Party-building work",
            strength: .shall, clause: Clauses.electronicLedger, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let governance = context.community.governance
            guard !governance.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .electronicLedger)
            }
            guard let ledger = governance.electronicLedger, ledger.since <= context.date else {
                return findings.fail(.community(context.id), measured: .flag(false), required: nil, message: Self.none)
            }
            if !ledger.evidence.contains(where: { $0.date <= context.date }) {
                findings.fail(
                    .community(context.id), measured: nil, required: nil,
                    detail: .label(Quantity.Label(code: ledger.system, chinese: ledger.system, english: "in use")),
                    message: Self.noEvidence)
            }
        }

        /// `未建立党建工作电子台账`.
        static let none = MessageTemplate(
            chinese: "未记录党建工作电子台账的建立（应建立党建工作电子台账制度）",
            english: "No electronic ledger of Party-building work is recorded as in use")
        /// `电子台账“智慧党建平台”未载明启用的证明（文件、会议或记录）`.
        static let noEvidence = MessageTemplate(
            chinese: "电子台账“{detail}”未载明启用的证明（文件、会议或记录）",
            english: "The electronic ledger has no dated evidence that it is in use")
    }
}
