extension SZ2011 {
    /// `SZ2011.9.staff-pay` (in principle): the full-time staff's average pay is not below last year's
    /// local average urban wage.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/staffPay``.
    ///
    /// The average is over the full-time workers with pay recorded for the year judged; the wage is
    /// the community's ``Community/localAverageWages`` of the year before. The comparison is exact
    /// (total pay against wage × staff). A community without last year's wage gets an information
    /// finding that the check could not be made. An exception recorded for the community makes a
    /// failure a note.
    public struct StaffPayRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.9.staff-pay", chinese: "专职人员总体待遇", english: "Full-time staff's average pay",
            strength: .inPrinciple, clause: Clauses.staffPay,
            cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> PayFloors {
            PayFloors(staffMultiple: try parameters[Parameters.staffPayMultiple], secretaryMultiple: .one)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with floors: PayFloors,
            into findings: inout FindingCollector
        ) {
            var staff = 0
            var total = Money.zero
            let year = period.start.year
            for worker in context.community.workers where worker.isFullTime {
                guard let pay = worker.pay(in: year) else { continue }
                staff += 1
                total += pay
            }
            guard staff > 0 else { return }
            guard let wage = context.community.averageWage(in: year - 1) else {
                findings.inform(
                    .community(context.id), measured: nil, detail: .year(year - 1), message: PayRuleMessages.noWage)
                return
            }
            guard !floors.meetsStaffFloor(totalPay: total, staff: staff, lastYearAverageWage: wage) else { return }
            findings.fail(
                .community(context.id), measured: .money(Money(fen: total.fen / Int64(staff))),
                required: Requirement(.notLessThan, .money(floors.staffFloor(lastYearAverageWage: wage))),
                detail: .count(staff, .workers), message: Self.belowFloor)
        }

        /// `2025年社区专职人员 3 名，平均待遇为 76,000.00 元，原则上应不低于 80,000.00 元（上年度当地城镇职工平均工资水平）`.
        static let belowFloor = MessageTemplate(
            chinese: "{period}社区专职人员 {detail}，平均待遇为 {measured}，原则上应{required}（上年度当地城镇职工平均工资水平）",
            english:
                "In {period}, the average pay of the full-time staff ({detail}) is {measured}; in principle it should be {required} (last year's local average urban wage)"
        )
    }

    /// Messages the pay rules share.
    enum PayRuleMessages {
        /// `未记录上年度（2024年）的当地城镇职工平均工资，无法核对2025年的待遇`.
        static let noWage = MessageTemplate(
            chinese: "未记录上年度（{detail}）的当地城镇职工平均工资，无法核对{period}的待遇",
            english:
                "No local average wage is recorded for the year before ({detail}); pay in {period} cannot be checked")
    }
}
