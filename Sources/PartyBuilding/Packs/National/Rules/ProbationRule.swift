extension NAT {
    /// `NAT.probation` (shall): probation lasts one year; at its end the branch decides on full
    /// membership.
    ///
    /// The clause, quoted once: ``NAT/Clauses/probation``.
    ///
    /// Judged on the audit date for each member who is probationary that day (``Member/status(on:)``,
    /// derived from the events): the probation runs from the admission event's date (the branch
    /// meeting's) for ``NAT/Parameters/probationYears``, plus the months of every
    /// ``MembershipEvent/Kind/probationExtended(months:)`` event up to the day; it is complete on the
    /// anniversary. A member still probationary after that day, without a ``MembershipEvent/Kind/madeFull``
    /// or ``MembershipEvent/Kind/removed`` event, is a violation: the decision is overdue. A member whose
    /// admission date is not recorded cannot be checked: an information finding.
    public struct ProbationRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.probation", chinese: "预备期满及时讨论转正", english: "A decision at the end of probation",
            strength: .shall, clause: Clauses.probation, cadence: .onDate, from: constitution)

        /// Creates the rule.
        public init() {}

        /// Reads the probation in years.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.probationYears]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with years: Int, into findings: inout FindingCollector
        ) {
            let date = context.date
            let members = context.community.members
            for position in members.indices where members[position].status(on: date) == .probationary {
                let member = members[position]
                var admitted: CalendarDate?
                var admissionKnown = false
                var extendedMonths = 0
                for event in member.events {
                    if let day = event.date, day > date { break }
                    switch event.kind {
                    case .admitted:
                        admitted = event.date
                        admissionKnown = event.date != nil
                        extendedMonths = 0
                    case .probationExtended(let months): extendedMonths += months
                    default: break
                    }
                }
                guard admissionKnown, let start = admitted else {
                    findings.inform(.member(member.id), measured: nil, message: Self.admissionUnknown)
                    continue
                }
                let ends = start.adding(years: years).adding(months: extendedMonths)
                guard ends < date else { continue }
                findings.fail(
                    .member(member.id), measured: .date(ends), required: Requirement(.notEarlierThan, .date(date)),
                    detail: .date(start), message: Self.overdue)
            }
        }

        /// `预备党员 M-1 于2024年3月1日被接收，预备期已于2025年3月1日期满，尚未记录转为正式党员、延长预备期或取消预备党员资格的决定`.
        static let overdue = MessageTemplate(
            chinese: "预备党员 {subject} 于{detail}被接收，预备期已于{measured}期满，尚未记录转为正式党员、延长预备期或取消预备党员资格的决定",
            english:
                "Probationary member {subject}, admitted on {detail}, completed probation on {measured}; no decision (full membership, extension or removal) is recorded"
        )
        /// `预备党员 M-1 未记录接收日期，无法核对预备期`.
        static let admissionUnknown = MessageTemplate(
            chinese: "预备党员 {subject} 未记录接收日期，无法核对预备期",
            english:
                "The admission day of probationary member {subject} is not recorded; their probation cannot be checked")
    }
}
