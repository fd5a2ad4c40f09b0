extension NAT {
    /// `NAT.dues.large-gift` (shall): a voluntary one-off payment of 1000 CNY or more (以上: 1000.00
    /// itself included) is remitted in full to the centre.
    ///
    /// The clause, quoted once: ``NAT/Clauses/duesLargeGift``.
    ///
    /// The records do not show remittances, so each such payment of the year judged is flagged as an
    /// information finding that names the amount to remit in full; smaller voluntary payments are not.
    public struct LargeGiftRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.dues.large-gift", chinese: "一次多交1000元以上党费全部上缴中央",
            english: "A voluntary payment of 1000 CNY or more is remitted in full", strength: .shall,
            clause: Clauses.duesLargeGift, cadence: .yearly, from: duesRegulation)

        /// Creates the rule.
        public init() {}

        /// Reads the dues schedule, which holds the threshold.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> DuesSchedule {
            try DuesSchedule(parameters)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with schedule: DuesSchedule,
            into findings: inout FindingCollector
        ) {
            let members = context.community.members
            for position in members.indices where !members[position].voluntaryPayments.isEmpty {
                for payment in members[position].voluntaryPayments
                where period.contains(payment.paidOn) && schedule.isRemittedInFull(payment.amount) {
                    findings.inform(
                        .member(members[position].id), measured: .money(payment.amount),
                        required: Requirement(.orMore, .money(schedule.largeGiftMinimum)),
                        detail: .date(payment.paidOn), message: Self.remit)
                }
            }
        }

        /// `党员 M-1 于2025年7月1日自愿一次多交纳党费 1,000.00 元，达到 1,000.00 元以上，应全部上缴中央`.
        static let remit = MessageTemplate(
            chinese: "党员 {subject} 于{detail}自愿一次多交纳党费 {measured}，达到 {required}，应全部上缴中央",
            english:
                "Member {subject} paid {measured} of voluntary dues on {detail}, {required}: it is remitted in full to the centre"
        )
    }
}
