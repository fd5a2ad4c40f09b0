extension NAT {
    /// `NAT.term` (shall): a community Party committee, general branch or branch is elected for a term
    /// of five years, and holds its next election when the term ends.
    ///
    /// The clause, quoted once: ``NAT/Clauses/term``; the allowance for a postponed election:
    /// ``NAT/Clauses/termPostponement``.
    ///
    /// Judged on the audit date for each organisation in being that day, from its latest
    /// ``CommitteeElection`` on or before the day. The term (``NAT/Parameters/termYears``) runs to the
    /// day before the anniversary: an audit on the fifth anniversary itself (届满, the five years
    /// complete) is still in time. From the day after, the election is overdue: within the allowed
    /// postponement (``NAT/Parameters/termPostponementYears``, 一般不超过1年, the sixth anniversary
    /// included) a warning, since the higher organisation may have approved it; beyond, a violation.
    /// An organisation with no election recorded cannot be checked: an information finding.
    public struct TermRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.term", chinese: "党组织任期和按期换届", english: "Terms of office and elections on time",
            strength: .shall, clause: Clauses.term, cadence: .onDate, from: termOpinion)

        /// Creates the rule.
        public init() {}

        /// The term and the allowed postponement.
        public struct Terms: Sendable, Hashable {
            /// 每届任期为5年.
            public var years: Int
            /// 延长……期限一般不超过1年.
            public var postponementYears: Int
        }

        /// Reads the term and the allowed postponement.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Terms {
            Terms(
                years: try parameters[Parameters.termYears],
                postponementYears: try parameters[Parameters.termPostponementYears])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with terms: Terms, into findings: inout FindingCollector
        ) {
            let date = context.date
            for organisation in context.community.organisations where organisation.lifetime.contains(date) {
                let subject = Subject.organisation(organisation.id)
                guard let election = context.community.lastElection(of: organisation.id), election.date <= date else {
                    findings.inform(subject, measured: nil, message: Self.noElection)
                    continue
                }
                let due = date.adding(years: -terms.years)
                guard election.date < due else { continue }
                let postponed = date.adding(years: -(terms.years + terms.postponementYears))
                if election.date >= postponed {
                    findings.warn(
                        subject, measured: .date(election.date), required: Requirement(.notEarlierThan, .date(due)),
                        detail: .years(terms.years), message: Self.postponed)
                } else {
                    findings.fail(
                        subject, measured: .date(election.date),
                        required: Requirement(.notEarlierThan, .date(postponed)), detail: .years(terms.years),
                        message: Self.overdue)
                }
            }
        }

        /// `党组织 ORG-1 上次换届选举于2020年3月1日，每届任期 5 年已届满，上次选举应不早于2020年3月2日；延期换届须经上级党组织批准`.
        static let postponed = MessageTemplate(
            chinese: "党组织 {subject} 上次换届选举于{measured}，每届任期 {detail}已届满，上次选举应{required}；延期换届须经上级党组织批准",
            english:
                "Organisation {subject} last held its election on {measured}; its term of {detail} has ended (the last election should be {required}); a postponed election needs the higher organisation's approval"
        )
        /// `党组织 ORG-1 上次换届选举于2019年3月1日，每届任期 5 年，届满后延期已超过允许的期限（上次选举应不早于2019年3月2日），应当换届`.
        static let overdue = MessageTemplate(
            chinese: "党组织 {subject} 上次换届选举于{measured}，每届任期 {detail}，届满后延期已超过允许的期限（上次选举应{required}），应当换届",
            english:
                "Organisation {subject} last held its election on {measured}; its term of {detail} has ended and the allowed postponement has passed (the last election should be {required}); an election is due"
        )
        /// `党组织 ORG-1 未记录换届选举，无法核对任期`.
        static let noElection = MessageTemplate(
            chinese: "党组织 {subject} 未记录换届选举，无法核对任期",
            english: "No election is recorded for organisation {subject}; its term cannot be checked")
    }
}
