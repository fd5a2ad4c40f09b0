extension NAT {
    /// `NAT.dues.probationary` (shall): a probationary member owes dues from the day of the branch
    /// meeting that admitted them.
    ///
    /// The clause, quoted once: ``NAT/Clauses/duesProbationary``.
    ///
    /// Judged for each year, for each member with a dated admission event (``MembershipEvent/Kind/admitted``)
    /// on or before the year's end: every month from the month of that meeting (it counts: the member
    /// is one on its last day) while the person is a member here has a payment; months without one
    /// are a violation that lists them (``DuesLedger``). A payment for a month before the admission
    /// month was not owed: an information finding lists those months.
    public struct ProbationaryDuesRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dues.probationary", chinese: "预备党员自支部大会通过之日起交纳党费",
            english: "Probationary members owe dues from the branch meeting's date", strength: .shall,
            clause: Clauses.duesProbationary, cadence: .yearly, from: duesRegulation)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule compares months.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let members = context.community.members
            for position in members.indices where !members[position].events.isEmpty {
                guard let admitted = members[position].admissionDate, admitted <= period.end else { continue }
                let member = members[position]
                let admissionMonth = CalendarMonth(of: admitted)
                let early = member.duesPayments.filter {
                    $0.month < admissionMonth && period.contains($0.month.firstDay)
                }
                if !early.isEmpty {
                    findings.inform(
                        .member(member.id), measured: .count(early.count, .months), detail: .date(admitted),
                        message: Self.beforeAdmission)
                }
                guard let owing = try? Period(from: max(period.start, admissionMonth.firstDay), through: period.end)
                else { continue }
                let unpaid = DuesLedger(member, over: owing, schedule: nil).unpaid.map(\.month)
                guard !unpaid.isEmpty else { continue }
                findings.fail(
                    .member(member.id), measured: .count(unpaid.count, .months),
                    required: Requirement(.exactly, .count(0, .months)), detail: .periods(unpaid.map(\.period)),
                    message: Self.unpaid)
            }
        }

        /// `预备党员 M-1 自支部大会通过之日起有 2 个月未交纳党费（2025年7月、2025年8月）`.
        static let unpaid = MessageTemplate(
            chinese: "党员 {subject} 自支部党员大会通过其为预备党员之日起，{period}有 {measured}未交纳党费（{detail}）",
            english:
                "Member {subject} owes dues from the branch meeting that admitted them, but paid none for {measured} in {period} ({detail})"
        )

        /// `党员 M-1 交纳了 {measured}入党前月份的党费，支部大会于2025年6月20日通过其为预备党员`.
        static let beforeAdmission = MessageTemplate(
            chinese: "党员 {subject} {period}交纳了支部党员大会通过其为预备党员（{detail}）之前 {measured}的党费，该月份不应交纳",
            english:
                "Member {subject} paid dues in {period} for {measured} before the branch meeting admitted them on {detail}; those months were not owed"
        )
    }
}
