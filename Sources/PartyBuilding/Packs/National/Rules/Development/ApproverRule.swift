extension NAT {
    /// `NAT.dev.approver` (must): a street's or township's sub-body may review an admission but not
    /// approve it.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentApprover``.
    ///
    /// Judged for the approvals of the audited range: an approval by a body whose level may not approve
    /// (``Approval/Level/mayApprove``) is a violation naming the approver.
    public struct ApproverRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.approver", chinese: "审批机关的层级", english: "The approver's level", strength: .must,
            clause: Clauses.developmentApprover, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.approval?.date) {
                guard let approval = applicant.approval, approval.approved, !approval.level.mayApprove else { continue }
                findings.failStep(
                    applicant,
                    measured: .label(
                        Quantity.Label(
                            code: approval.level.rawValue, chinese: approval.level.label.chinese,
                            english: approval.level.label.english)),
                    detail: .label(
                        Quantity.Label(code: approval.approver, chinese: approval.approver, english: "its approver")),
                    message: Self.notEntitled)
            }
        }

        /// `预备党员 A-1 的接收由某街道党工委派出机构（街道、乡镇党委的派出机构）审批，派出机构不能审批`.
        static let notEntitled = MessageTemplate(
            chinese: "预备党员 {subject} 的接收由{detail}（{measured}）审批；乡镇、街道党委的派出机构只能审查，不能审批",
            english: "The admission of {subject} was approved by {measured}, which may review but not approve")
    }
}
