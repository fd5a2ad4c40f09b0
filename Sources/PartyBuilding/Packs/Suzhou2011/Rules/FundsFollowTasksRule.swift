extension SZ2011 {
    /// `SZ2011.18.funds-follow-tasks` (shall): a task a higher body delegates to the community carries
    /// its work funds (费随事转).
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/fundsFollowTasks``.
    ///
    /// Judged for each year: every task delegated in the year (``DelegatedTask``) whose funding is
    /// recorded as zero is a violation; one whose funding is not recorded cannot be checked. A
    /// community that records no delegated task cannot be checked either.
    public struct FundsFollowTasksRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.18.funds-follow-tasks", chinese: "费随事转", english: "Funds follow delegated tasks",
            strength: .shall, clause: Clauses.fundsFollowTasks, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let tasks = context.community.governance.delegatedTasks
            guard !tasks.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .delegatedTasks)
            }
            for task in tasks where period.contains(task.delegatedOn) {
                let name = Quantity.label(
                    Quantity.Label(
                        code: task.title, chinese: "\(task.delegatedBy)委托的“\(task.title)”",
                        english: "task delegated on \(Quantity.date(task.delegatedOn).formatted(.english))"))
                guard let funding = task.funding else {
                    findings.inform(
                        .community(context.id), measured: nil, detail: name, message: Self.fundingUnrecorded)
                    continue
                }
                if funding == .zero {
                    findings.fail(
                        .community(context.id), measured: .money(funding), required: nil, detail: name,
                        message: Self.unfunded)
                }
            }
        }

        /// `区民政局委托的“高龄津贴审核”拨付的工作经费为 0.00 元，应拨付相应的工作经费`.
        static let unfunded = MessageTemplate(
            chinese: "{detail}拨付的工作经费为 {measured}，委托社区承办的事项应拨付相应的工作经费",
            english: "The {detail} came with {measured} of work funds; a delegated task carries its funding")
        /// `区民政局委托的“高龄津贴审核”未记录拨付的工作经费，无法核查`.
        static let fundingUnrecorded = MessageTemplate(
            chinese: "{detail}未记录拨付的工作经费，无法核查",
            english: "The {detail} records no funding; it cannot be checked")
    }
}
