extension SZ2011 {
    /// `SZ2011.9.secretary-pay` (in principle): the secretary's pay is not below 1.2 × last year's local
    /// average urban wage.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/secretaryPay``.
    ///
    /// Checked for each worker holding the secretary's role with pay recorded for the year judged,
    /// exactly (pay × 5 against wage × 6). An exception recorded for the worker or the community makes
    /// a failure a note.
    public struct SecretaryPayRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.9.secretary-pay", chinese: "书记待遇", english: "Secretary's pay", strength: .inPrinciple,
            clause: Clauses.secretaryPay,
            cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> PayFloors {
            PayFloors(staffMultiple: .one, secretaryMultiple: try parameters[Parameters.secretaryPayMultiple])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with floors: PayFloors,
            into findings: inout FindingCollector
        ) {
            for worker in context.community.workers where worker.roles.contains(.secretary) {
                let year = period.start.year
                guard let pay = worker.pay(in: year) else { continue }
                guard let wage = context.community.averageWage(in: year - 1) else {
                    findings.inform(
                        .worker(worker.id), measured: nil, detail: .year(year - 1), message: PayRuleMessages.noWage)
                    continue
                }
                // Pay is in whole fen, so it meets the floor rounded up to the fen exactly when it meets
                // the exact floor (pay × 5 against wage × 6).
                findings.check(
                    .worker(worker.id), .money(pay), .notLessThan,
                    .money(floors.secretaryFloor(lastYearAverageWage: wage)),
                    detail: .multiple(floors.secretaryMultiple), message: Self.belowFloor)
            }
        }

        /// `2025年，社区党组织书记 W-01 待遇为 90,000.00 元，原则上应不低于 96,000.00 元（上年度当地城镇职工平均工资的 1.2 倍）`.
        static let belowFloor = MessageTemplate(
            chinese: "{period}，社区党组织书记 {subject} 待遇为 {measured}，原则上应{required}（上年度当地城镇职工平均工资的 {detail}）",
            english:
                "In {period}, secretary {subject} is paid {measured}; in principle the pay should be {required} ({detail} last year's local average urban wage)"
        )
    }
}
