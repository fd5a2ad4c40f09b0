extension NAT {
    /// `NAT.dev.approval` (shall): the higher committee decides within three months of the branch
    /// meeting, and never beyond six.
    ///
    /// The clause, quoted once: ``NAT/Clauses/developmentApproval``.
    ///
    /// Judged for the branch meetings of the audited range that admitted a target, each with
    /// ``NAT/Parameters/approvalMonths`` and ``NAT/Parameters/approvalMaximumMonths`` in force on its day,
    /// months added with the month's end clamped: a decision by the three-month deadline (inclusive)
    /// meets it; a later one up to the six-month limit is a warning (the clause allows it "in special
    /// cases"); a later one still is a violation. Without a decision, the audit date past the deadline
    /// is a warning and past the limit a violation. As for the talk, a decision due after the year's end is
    /// judged by an audit of the meeting's year made after its deadline.
    public struct DevelopmentApprovalRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dev.approval", chinese: "上级党委三个月内审批", english: "Approval within three months",
            strength: .shall, clause: Clauses.developmentApproval, cadence: .range, from: developmentRules)

        /// Creates the rule.
        public init() {}

        /// Reads the deadline and the limit.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                months: try parameters.dated(Parameters.approvalMonths),
                maximumMonths: try parameters.dated(Parameters.approvalMaximumMonths))
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Bindings,
            into findings: inout FindingCollector
        ) {
            for applicant in context.community.applicants where period.holds(applicant.admissionDate) {
                guard let admitted = applicant.admissionDate, let months = bindings.months.value(on: admitted),
                    let maximum = bindings.maximumMonths.value(on: admitted)
                else { continue }
                let deadline = admitted.adding(months: months)
                let limit = admitted.adding(months: maximum)
                let subject = Subject.applicant(applicant.id)
                if let approval = applicant.approval {
                    if approval.date > limit {
                        findings.fail(
                            subject, measured: .date(approval.date), required: nil, detail: .date(limit),
                            message: Self.beyondLimit)
                    } else if approval.date > deadline {
                        findings.warn(
                            subject, measured: .date(approval.date), required: nil, detail: .date(deadline),
                            message: Self.late)
                    }
                } else if context.date > limit {
                    findings.fail(
                        subject, measured: nil, required: nil, detail: .date(limit), message: Self.pendingBeyondLimit)
                } else if context.date > deadline {
                    findings.warn(subject, measured: nil, required: nil, detail: .date(deadline), message: Self.pending)
                }
            }
        }

        /// `预备党员 A-1 的接收于2025年10月5日审批，晚于三个月的期限2025年9月1日（特殊情况可延长，但不得超过六个月）`.
        static let late = MessageTemplate(
            chinese: "预备党员 {subject} 的接收于{measured}审批，晚于三个月的期限{detail}（特殊情况可延长，但不得超过六个月）",
            english: "The admission of {subject} was approved on {measured}, after the three-month deadline of {detail}"
        )
        /// `预备党员 A-1 的接收于2026年1月10日审批，超过了六个月的期限2025年12月1日`.
        static let beyondLimit = MessageTemplate(
            chinese: "预备党员 {subject} 的接收于{measured}审批，超过了不得超过六个月的期限{detail}",
            english: "The admission of {subject} was approved on {measured}, beyond the six-month limit of {detail}")
        /// `预备党员 A-1 的接收审批期限已于2025年9月1日届满，尚未审批`.
        static let pending = MessageTemplate(
            chinese: "预备党员 {subject} 的接收审批期限已于{detail}届满，上级党委尚未审批",
            english: "The three-month deadline of {detail} for approving {subject} has passed without a decision")
        /// `预备党员 A-1 的接收已超过六个月的期限2025年12月1日，上级党委仍未审批`.
        static let pendingBeyondLimit = MessageTemplate(
            chinese: "预备党员 {subject} 的接收已超过六个月的期限{detail}，上级党委仍未审批",
            english: "The six-month limit of {detail} for approving {subject} has passed without a decision")

        /// The deadline and the limit in months.
        public struct Bindings: Sendable {
            /// The months within which the committee decides.
            public var months: DatedFigure<CountUnit>
            /// The most months in special cases.
            public var maximumMonths: DatedFigure<CountUnit>
        }
    }
}
