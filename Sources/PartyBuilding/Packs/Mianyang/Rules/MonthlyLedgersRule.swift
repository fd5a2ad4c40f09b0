extension MY {
    /// `MY.monthly-ledgers` (shall): the ledgers of households in difficulty, residents' requests and
    /// petitions are kept and updated every month.
    ///
    /// The clause, quoted once: ``MY/Clauses/monthlyLedgers``.
    ///
    /// Judged on the audit date for each of the three ledgers (``Ledger/Kind/required``): a ledger not
    /// kept is a violation; so is one whose last update on or before the audit date lies more than
    /// ``MY/Parameters/ledgerUpdateMonths`` month before it (the same day of the month before, clamped
    /// to the month's end, still counts: 以内). An update dated after the audit date is not counted on
    /// it (an audit of an earlier day sees the ledger as it stood), and an information finding names
    /// it, so that a mistyped future date does not go unseen. A community that records no governance
    /// at all cannot be checked.
    public struct MonthlyLedgersRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "MY.monthly-ledgers",
            title: LocalizedText(chinese: "台账“月更新”", english: "Ledgers updated every month"),
            strength: .shall, citation: Clauses.monthlyLedgers, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the months within which a ledger is updated.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.ledgerUpdateMonths]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with months: Int, into findings: inout FindingCollector
        ) {
            let governance = context.community.governance
            guard !governance.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .ledgers)
            }
            let oldest = context.date.adding(months: -months)
            for kind in Ledger.Kind.required {
                let name = Quantity.Label(code: kind.rawValue, chinese: kind.label.chinese, english: kind.label.english)
                let ledgers = governance.ledgers.filter { $0.kind == kind }
                guard !ledgers.isEmpty else {
                    findings.fail(
                        .community(context.id), measured: nil, required: nil, detail: .label(name),
                        message: Self.notKept)
                    continue
                }
                if let future = ledgers.flatMap(\.updates).filter({ $0 > context.date }).min() {
                    findings.inform(
                        .community(context.id), measured: .date(future), detail: .label(name),
                        message: Self.afterAuditDate)
                }
                let last = ledgers.compactMap { $0.lastUpdate(onOrBefore: context.date) }.max()
                guard let last else {
                    findings.fail(
                        .community(context.id), measured: nil, required: nil, detail: .label(name),
                        message: Self.neverUpdated)
                    continue
                }
                findings.check(
                    .community(context.id), .date(last), .notEarlierThan, .date(oldest), detail: .label(name),
                    message: Self.stale)
            }
        }

        /// `困难群众台账有晚于核查日期的更新（2026年1月5日），本次核查不计入`.
        static let afterAuditDate = MessageTemplate(
            chinese: "{detail}有晚于核查日期的更新（{measured}），本次核查不计入",
            english: "The ledger of {detail} has an update after the audit date ({measured}), not counted")
        /// `未建立信访稳定台账`.
        static let notKept = MessageTemplate(
            chinese: "未建立{detail}（应梳理形成困难群众、民生诉求、信访稳定等台账）", english: "No ledger of {detail} is kept")
        /// `民生诉求台账未记录更新`.
        static let neverUpdated = MessageTemplate(
            chinese: "{detail}未记录任何更新，无法证明“月更新”", english: "The ledger of {detail} records no update")
        /// `困难群众台账最后更新于2025年10月15日，应不早于2025年11月30日（月更新）`.
        static let stale = MessageTemplate(
            chinese: "{detail}最后更新于{measured}，应{required}（实施“月更新”动态管理）",
            english: "The ledger of {detail} was last updated on {measured}; required {required} (updated monthly)")
    }
}
