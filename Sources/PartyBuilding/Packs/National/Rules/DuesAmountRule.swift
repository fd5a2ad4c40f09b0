extension NAT {
    /// `NAT.dues.employed`, `NAT.dues.retired` and `NAT.dues.flat` (shall): each month's dues are paid in
    /// full at the rate the dues regulation sets for the payment's base.
    ///
    /// The clauses, quoted once: ``NAT/Clauses/duesEmployed`` (第二条), ``NAT/Clauses/duesRetired`` (第五条)
    /// and ``NAT/Clauses/duesFlat`` (第六条).
    ///
    /// Judged for each year: every month of the year a member paid for, with a base of the rule's
    /// category (an after-tax wage, a pension, or a flat category), is compared with what
    /// ``DuesSchedule`` computes from that base — one rate on the whole amount, 0.5% of 3000.00 and 1%
    /// of 3000.01. Payments for one month are added together. Less than owed is a violation listing the
    /// months; more is not (a member may pay more). A farmer owes at least 0.20 CNY a month; anything
    /// from it up to 1.00 CNY is in full. Months without any payment are arrears, judged by
    /// `SZ2011.13.dues` and `NAT.dues.probationary`.
    public struct DuesAmountRule: Rule {
        /// The members a rule of the three speaks of, by the base of their payment.
        public enum Category: String, Sendable, Hashable, CaseIterable {
            /// 在职党员: a base of an after-tax wage (第二条).
            case employed
            /// 离退休党员: a base of a pension (第五条).
            case retired
            /// 农民、学生、下岗失业、依靠抚恤或救济生活、领取最低生活保障金的党员: a flat category (第六条).
            case flat

            func matches(_ base: DuesBase) -> Bool {
                switch (self, base) {
                case (.employed, .wage), (.retired, .pension), (.flat, .flat): true
                default: false
                }
            }
        }

        /// The category the rule judges.
        public let category: Category
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor: RuleDescriptor

        /// Creates the rule of one category.
        public init(_ category: Category) {
            self.category = category
            let (chinese, english, clause): (String, String, Citation) =
                switch category {
                case .employed:
                    ("在职党员按税后工资足额交纳党费", "Employed members pay dues in full on their wage", Clauses.duesEmployed)
                case .retired:
                    ("离退休党员按养老金足额交纳党费", "Retired members pay dues in full on their pension", Clauses.duesRetired)
                case .flat: ("定额交纳党费的党员足额交纳", "Members paying a flat amount pay it in full", Clauses.duesFlat)
                }
            descriptor = NAT.descriptor(
                RuleID("NAT.dues.\(category.rawValue)"), chinese: chinese, english: english, strength: .shall,
                clause: clause, cadence: .yearly, from: duesRegulation)
        }

        /// Reads the dues schedule.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> DuesSchedule {
            try DuesSchedule(parameters)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with schedule: DuesSchedule,
            into findings: inout FindingCollector
        ) {
            let first = CalendarMonth(of: period.start)
            let last = CalendarMonth(of: period.end)
            let members = context.community.members
            // A member's base rarely changes from month to month: its dues are computed once per base.
            var known: (base: DuesBase, owed: Money)?
            for position in members.indices {
                let payments = members[position].duesPayments
                var short: [CalendarMonth] = []
                var paidTotal = Money.zero
                var owedTotal = Money.zero
                var index = payments.firstIndex { $0.month >= first } ?? payments.count
                while index < payments.count, payments[index].month <= last {
                    let month = payments[index].month
                    let base = payments[index].base
                    var paid = Money.zero
                    while index < payments.count, payments[index].month == month {
                        paid += payments[index].amount
                        index += 1
                    }
                    guard category.matches(base) else { continue }
                    let owed: Money
                    if let known, known.base == base {
                        owed = known.owed
                    } else {
                        owed = schedule.dues(for: base).amount
                        known = (base, owed)
                    }
                    if paid < owed {
                        short.append(month)
                        paidTotal += paid
                        owedTotal += owed
                    }
                }
                guard !short.isEmpty else { continue }
                findings.fail(
                    .member(members[position].id), measured: .money(paidTotal),
                    required: Requirement(.notLessThan, .money(owedTotal)), detail: .periods(short.map(\.period)),
                    message: Self.underpaid)
            }
        }

        /// `党员 M-1 2025年有月份未足额交纳党费（2025年3月），实交 50.00 元，按规定应交不低于 97.50 元`.
        static let underpaid = MessageTemplate(
            chinese: "党员 {subject} {period}有月份未足额交纳党费（{detail}），实交 {measured}，按规定应交{required}",
            english:
                "Member {subject} paid less than the dues owed in {period} ({detail}): {measured} paid, {required} owed"
        )
    }
}
