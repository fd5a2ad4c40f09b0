extension NAT {
    /// `NAT.lapse` (must): a member who, without a good reason, for six consecutive months takes no
    /// part in organisational life, or pays no dues, or does no work the Party assigned, is considered
    /// to have left the Party (自行脱党).
    ///
    /// The clause, quoted once: ``NAT/Clauses/lapse``.
    ///
    /// Judged on the audit date for each member here that day, looking back from the last month
    /// complete on it (the month itself when the audit date is its last day) across years:
    /// - **dues**: the consecutive months, up to that month, without a dues payment for them;
    /// - **organisational life**: the consecutive months in which the member neither attended a
    ///   meeting nor was excused (absent with leave counts as a reason) — judged only for members the
    ///   records take attendance of (who appear in any meeting's attendance); for others this leg
    ///   cannot be checked and is not counted;
    /// - **assigned work**: the records hold no assignment of work, so this leg cannot be checked.
    ///
    /// Only months in which the person was a member here (on the month's last day) count. The longest
    /// of the legs is compared with ``NAT/Parameters/lapseMonths`` (6): that many or more is a
    /// violation; from ``NAT/Parameters/lapseWarningFrom`` (the fourth month) it is a warning. A
    /// recorded exception for the rule and the member (a good reason, 正当理由, with its approver) turns
    /// either into a note.
    public struct LapseRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.lapse", chinese: "连续六个月不参加组织生活或不交纳党费", english: "Six consecutive months without Party life or dues",
            strength: .must, clause: Clauses.lapse, cadence: .onDate, from: constitution)

        /// Creates the rule.
        public init() {}

        /// The months of a lapse and of its warning.
        public struct Bindings: Sendable {
            /// Consecutive months that make a lapse.
            public var lapse: Int
            /// The consecutive month from which to warn.
            public var warningFrom: Int
        }

        /// Reads the months.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                lapse: try parameters[Parameters.lapseMonths], warningFrom: try parameters[Parameters.lapseWarningFrom])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with months: Bindings, into findings: inout FindingCollector
        ) {
            let date = context.date
            let current = CalendarMonth(of: date)
            guard let last = date == current.lastDay ? current : current.adding(-1) else { return }
            let attended = Self.lastMonthsOfLife(in: context.community, through: last)
            let members = context.community.members
            for position in members.indices {
                guard members[position].status(on: date) != nil else { continue }
                let payments = members[position].duesPayments
                let withoutDues = Self.run(back: last, limit: months.lapse, events: members[position].events) { month in
                    Self.hasPayment(payments, for: month)
                }
                var withoutLife = 0
                if !attended.isEmpty, let life = attended[members[position].id] {
                    withoutLife = Self.run(back: last, limit: months.lapse, events: members[position].events) {
                        $0 == life
                    }
                }
                let longest = max(withoutDues, withoutLife)
                guard longest >= months.warningFrom else { continue }
                let leg = withoutDues >= withoutLife ? Self.dues : Self.life
                guard let from = last.adding(1 - longest) else { continue }
                let detail = Quantity.Label(
                    code: "\(leg.code):\(from)..\(last)",
                    chinese: "\(from.period.formatted(.chinese))至\(last.period.formatted(.chinese))\(leg.chinese)",
                    english:
                        "\(leg.english) from \(from.period.formatted(.english)) to \(last.period.formatted(.english))")
                let subject = Subject.member(members[position].id)
                let required = Requirement(.lessThan, .count(months.lapse, .months))
                let excused = context.community.exceptions.contains {
                    $0.covers(descriptor.id, subject: subject, in: period, on: date)
                }
                if longest >= months.lapse && !excused {
                    findings.fail(
                        subject, measured: .count(longest, .months), required: required, detail: .label(detail),
                        message: Self.lapsed)
                } else {
                    findings.warn(
                        subject, measured: .count(longest, .months), required: required, detail: .label(detail),
                        message: longest >= months.lapse ? Self.lapsed : Self.atRisk)
                }
            }
        }

        /// The consecutive months, from `last` back, in which the person was a member and `held` is false;
        /// at most `limit`.
        private static func run(
            back last: CalendarMonth, limit: Int, events: [MembershipEvent], held: (CalendarMonth) -> Bool
        )
            -> Int
        {
            var count = 0
            var month = last
            while count < limit, !held(month), Member.status(replaying: events, on: month.lastDay) != nil {
                count += 1
                guard let previous = month.adding(-1) else { break }
                month = previous
            }
            return count
        }

        /// Whether a payment for the month exists (payments are in month order: searched from the end).
        private static func hasPayment(_ payments: [DuesPayment], for month: CalendarMonth) -> Bool {
            var index = payments.count - 1
            while index >= 0, payments[index].month >= month {
                if payments[index].month == month { return true }
                index -= 1
            }
            return false
        }

        /// For each member the records take attendance of, the last month up to `last` in which they
        /// attended a meeting or were excused (`nil` when none): counting back from `last`, the run
        /// without organisational life ends there.
        private static func lastMonthsOfLife(in community: Community, through last: CalendarMonth)
            -> [MemberID: CalendarMonth?]
        {
            var months: [MemberID: CalendarMonth?] = [:]
            for meeting in community.meetings where !meeting.attendance.isEmpty {
                let month = CalendarMonth(of: meeting.date)
                for attendance in meeting.attendance {
                    let isLife =
                        switch attendance.presence {
                        case .present, .absentWithLeave: month <= last
                        // An absence without leave still shows that the records take the member's
                        // attendance; so does a meeting after `last`.
                        case .absentWithoutLeave: false
                        }
                    let latest = months[attendance.memberID] ?? nil
                    if isLife, latest.map({ $0 < month }) ?? true {
                        months[attendance.memberID] = month
                    } else if months[attendance.memberID] == nil {
                        months[attendance.memberID] = .some(nil)
                    }
                }
            }
            return months
        }

        private static let dues = (code: "dues", chinese: "未交纳党费", english: "no dues paid")
        private static let life = (code: "life", chinese: "未参加党的组织生活", english: "no organisational life")

        /// `党员 M-1 已连续 6 个月（2025年7月至2025年12月未交纳党费），没有正当理由的，就被认为是自行脱党；连续时间应少于 6 个月`.
        static let lapsed = MessageTemplate(
            chinese: "党员 {subject} 已连续 {measured}（{detail}），没有正当理由的，就被认为是自行脱党；连续时间应{required}",
            english:
                "Member {subject} has gone {measured} in a row ({detail}); without a good reason this is considered leaving the Party (it must be {required})"
        )

        /// `党员 M-1 已连续 4 个月（2025年9月至2025年12月未交纳党费），连续时间应少于 6 个月，否则将被认为是自行脱党，请及时联系`.
        static let atRisk = MessageTemplate(
            chinese: "党员 {subject} 已连续 {measured}（{detail}），连续时间应{required}，否则将被认为是自行脱党，请及时联系",
            english:
                "Member {subject} has gone {measured} in a row ({detail}); it must stay {required}, or it is considered leaving the Party"
        )
    }
}
