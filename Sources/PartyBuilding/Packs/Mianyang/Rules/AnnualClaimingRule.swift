extension MY {
    /// `MY.annual-claiming` (shall): member units claim their tasks at the start of each year, and the
    /// member units hold a coordination meeting on area affairs (区域事务推进协调会) at the start of each
    /// month.
    ///
    /// The clause, quoted once: ``MY/Clauses/annualClaiming``.
    ///
    /// **"年初" and "月初".** The start of the year is read as by the end of
    /// ``MY/Parameters/claimingMonth`` (January); the start of the month as on or before day
    /// ``MY/Parameters/coordinationDay`` (the 10th, 以内: inclusive). Judged for each complete year the
    /// community Party organisation lived through entirely: no task claim (``TaskClaim``) for the year
    /// made in the year by that month is one violation; each whole month without a coordination
    /// meeting by that day is listed in a second. A community that records no task claims, or no
    /// meetings, cannot be checked on that part: an information finding says so.
    public struct AnnualClaimingRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = RuleDescriptor(
            id: "MY.annual-claiming",
            title: LocalizedText(
                chinese: "年初认领工作事项、月初召开协调会", english: "Tasks claimed each year, coordination each month"),
            strength: .shall, citation: Clauses.annualClaiming, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// What "the start" of a year and of a month means.
        public struct Bindings: Sendable {
            /// The last month of the year in which a claim counts.
            public var claimingMonth: Int
            /// The last day of the month on which a coordination meeting counts.
            public var coordinationDay: Int
        }

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Bindings {
            Bindings(
                claimingMonth: try parameters[Parameters.claimingMonth],
                coordinationDay: try parameters[Parameters.coordinationDay])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Bindings,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            guard let organisation = community.communityOrganisation else { return }
            let subject = Subject.organisation(organisation.id)
            let years = CadenceCheck(every: .year).units(of: period, lifetime: organisation.lifetime)
            if community.taskClaims.isEmpty {
                if !years.isEmpty { findings.inform(.community(context.id), measured: nil, message: Self.noClaims) }
            } else {
                for year in years {
                    let claimed = community.taskClaims.contains { claim in
                        claim.year == year.start.year && claim.claimedOn.year == year.start.year
                            && claim.claimedOn.month <= bindings.claimingMonth
                    }
                    findings.check(subject, .flag(claimed), .exactly, .flag(true), message: Self.notClaimed)
                }
            }
            guard MeetingCadence.hasRecords(context, into: &findings) else { return }
            var early: [CalendarDate] = []
            for date in community.meetingDates(of: .coordination) where date.day <= bindings.coordinationDay {
                early.append(date)
            }
            let monthly = CadenceCheck(every: .month)
            let outcome = monthly.check(early, over: period, lifetime: organisation.lifetime)
            findings.check(subject, outcome, of: monthly, message: Self.missedCoordination)
        }

        /// `2025年年初成员单位未集体商议认领工作事项`.
        static let notClaimed = MessageTemplate(
            chinese: "{period}年初成员单位未集体商议认领工作事项",
            english: "Member units did not claim their tasks at the start of {period}")

        /// `2025年月初召开区域事务推进协调会的月份为 11 个月，应不少于 12 个月；未召开的月份：2025年2月`.
        static let missedCoordination = MessageTemplate(
            chinese: "{period}月初召开区域事务推进协调会的月份为 {measured}，应{required}；未召开的月份：{detail}",
            english:
                "Coordination meetings were held at the start of {measured} of {period}; required {required}; missed: {detail}"
        )

        /// `2025年未记录成员单位认领工作事项，无法核查`.
        static let noClaims = MessageTemplate(
            chinese: "{period}未记录成员单位认领工作事项，无法核查",
            english: "No task claims are recorded for {period}; the claiming could not be checked")
    }
}
