extension SZ2011 {
    /// `SZ2011.12.migrant-enrolment` (shall): an incoming migrant member is promptly enrolled in a
    /// Party organisation here.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/migrantEnrolment``.
    ///
    /// Judged on the audit date for each member who is an incoming migrant that day
    /// (``Member/migration(on:)`` is ``Member/Migration/incoming``). "及时" sets no figure; the library
    /// reads it as a deadline parameter, ``SZ2011/Parameters/migrantEnrolmentDays`` (30 days,
    /// 以内: the 30th day after arrival is still in time). A member enrolled (an
    /// ``MembershipEvent/Kind/enrolled`` event on or after the arrival, up to the audit date) meets
    /// the rule, even late; one not enrolled is a violation once the deadline has passed, and nothing
    /// before. A member whose arrival day is not recorded cannot be checked: an information finding.
    public struct MigrantEnrolmentRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.12.migrant-enrolment", chinese: "外来流动党员编入党组织", english: "Enrolment of incoming migrant members",
            strength: .shall, clause: Clauses.migrantEnrolment, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the days within which a migrant is enrolled.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Days {
            try parameters[Parameters.migrantEnrolmentDays]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with deadline: Days, into findings: inout FindingCollector
        ) {
            let date = context.date
            let members = context.community.members
            for position in members.indices where members[position].migration(on: date) == .incoming {
                let member = members[position]
                var arrival: CalendarDate?
                var arrivalKnown = true
                var enrolled = false
                for event in member.events {
                    if let day = event.date, day > date { break }
                    switch event.kind {
                    case .migratedIn:
                        arrival = event.date
                        arrivalKnown = event.date != nil
                        enrolled = false
                    case .enrolled: enrolled = true
                    default: break
                    }
                }
                guard !enrolled else { continue }
                guard arrivalKnown, let arrived = arrival else {
                    findings.inform(.member(member.id), measured: nil, message: Self.arrivalUnknown)
                    continue
                }
                findings.check(
                    .member(member.id), .days(Days(arrived.days(until: date))), .orLess, .days(deadline),
                    detail: .date(arrived), message: Self.notEnrolled)
            }
        }

        /// `流动党员 M-1 于2025年11月1日到达本社区，已 60 天未编入党组织，到达后未编入的时间应在 30 天以下`.
        static let notEnrolled = MessageTemplate(
            chinese: "流动党员 {subject} 于{detail}到达本社区，已 {measured}未编入党组织，到达后未编入的时间应在 {required}",
            english:
                "Migrant member {subject} arrived on {detail} and has not been enrolled in a Party organisation for {measured}; the time from arrival to enrolment should be {required}"
        )
        /// `流动党员 M-1 未编入党组织，且未记录到达日期，无法核对是否及时编入`.
        static let arrivalUnknown = MessageTemplate(
            chinese: "流动党员 {subject} 未编入党组织，且未记录到达日期，无法核对是否及时编入",
            english:
                "Migrant member {subject} is not enrolled and their arrival day is not recorded; whether they were enrolled promptly cannot be checked"
        )
    }
}
