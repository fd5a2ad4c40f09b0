extension NAT {
    /// `NAT.term.reminder` (shall, reported as information): six months before an organisation's term
    /// ends, it is reminded to prepare the election (换届准备).
    ///
    /// The clause, quoted once: ``NAT/Clauses/termReminder``.
    ///
    /// Judged on the audit date for each organisation in being that day, from its latest
    /// ``CommitteeElection``: the term (``NAT/Parameters/termYears``) ends the day before its
    /// anniversary; from the day ``NAT/Parameters/termReminderMonths`` months before that last day (提前6个月,
    /// that day included) through the last day itself, the rule reports the day the term ends, as
    /// information: a reminder, never a failure. A term already ended is ``TermRule``'s matter; an
    /// organisation with no election recorded is reported there.
    public struct TermReminderRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.term.reminder", chinese: "换届准备提醒", english: "Reminder to prepare the election", strength: .shall,
            clause: Clauses.termReminder, cadence: .onDate, from: termOpinion)

        /// Creates the rule.
        public init() {}

        /// The term and the months of notice.
        public struct Notice: Sendable, Hashable {
            /// 每届任期为5年.
            public var termYears: Int
            /// 一般提前6个月.
            public var months: Int
        }

        /// Reads the term and the months of notice.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Notice {
            Notice(
                termYears: try parameters[Parameters.termYears], months: try parameters[Parameters.termReminderMonths])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with notice: Notice, into findings: inout FindingCollector
        ) {
            let date = context.date
            for organisation in context.community.organisations where organisation.lifetime.contains(date) {
                guard let election = context.community.lastElection(of: organisation.id), election.date <= date,
                    let ends = election.date.adding(years: notice.termYears).adding(days: -1)
                else { continue }
                let remindFrom = ends.adding(months: -notice.months)
                guard remindFrom <= date, date <= ends else { continue }
                findings.inform(
                    .organisation(organisation.id), measured: .date(ends), detail: .count(notice.months, .months),
                    message: Self.prepare)
            }
        }

        /// `党组织 ORG-1 本届任期于2025年12月31日届满，距届满已在 6 个月以内，请做好换届准备`.
        static let prepare = MessageTemplate(
            chinese: "党组织 {subject} 本届任期于{measured}届满，距届满已在 {detail}以内，请做好换届准备",
            english: "The term of organisation {subject} ends on {measured}, within {detail}; prepare the election")
    }
}
