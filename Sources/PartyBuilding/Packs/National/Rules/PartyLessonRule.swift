extension NAT {
    /// `NAT.lessons` (shall): the secretary of a Party committee (党委) gives at least one Party lesson a
    /// year.
    ///
    /// The clause, quoted once: ``NAT/Clauses/lessons``.
    ///
    /// Asked only of organisations of the form ``PartyOrganisation/Form/committee``, not of branches or
    /// general branches; a lesson counts when its lecturer's role is
    /// ``Meeting/Lecturer/Role/committeeSecretary``. Judged for each complete year the committee lived
    /// through entirely.
    public struct PartyLessonRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.lessons", chinese: "党委书记每年讲党课", english: "A Party lesson a year by the committee's secretary",
            strength: .shall, clause: Clauses.lessons, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            CadenceCheck(every: .year, atLeast: try parameters[Parameters.lessonsPerYear])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            let community = context.community
            let committees = community.organisations.filter { $0.form == .committee }
            guard !committees.isEmpty else { return }
            guard MeetingCadence.hasRecords(context, into: &findings) else { return }
            for committee in committees {
                var dates: [CalendarDate] = []
                for meeting in community.meetings
                where meeting.kind == .lesson && meeting.organisationID == committee.id
                    && meeting.lecturer?.role == .committeeSecretary
                {
                    dates.append(meeting.date)
                }
                let outcome = cadence.check(dates, over: period, lifetime: committee.lifetime)
                findings.check(.organisation(committee.id), outcome, of: cadence, message: Self.missed)
            }
        }

        /// `2025年党委书记未讲党课（讲党课的年份为 0 年，应不少于 1 年）；未讲的年份：2025年`.
        static let missed = MessageTemplate(
            chinese: "{period}党委书记未讲党课（讲党课的年份为 {measured}，应{required}）；未讲的年份：{detail}",
            english:
                "The committee's secretary gave no Party lesson in {period} ({measured} met, required {required}); missed: {detail}"
        )
    }
}
