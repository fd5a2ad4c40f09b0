extension SZ2011 {
    /// `SZ2011.13.immobile` (shall): members with limited mobility are visited periodically.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/immobile``.
    ///
    /// Judged over the audited range up to the audit date for each member with limited mobility who
    /// is a member here on the audit date: each whole unit of ``SZ2011/Parameters/immobileVisitInterval``
    /// (by default a quarter) while they were a member here has at least one
    /// ``MembershipEvent/Kind/visited(by:)`` event, as ``CadenceCheck`` judges it. Their time here
    /// runs from their first dated admission, transfer or arrival (from the start of the records when
    /// none is dated). The finding lists the periods missed.
    public struct ImmobileRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.13.immobile", chinese: "定期走访行动不便党员", english: "Periodic visits to members with limited mobility",
            strength: .shall, clause: Clauses.immobile, cadence: .range)

        /// Creates the rule.
        public init() {}

        /// Reads the interval of the visits.
        /// - Throws: ``ParameterError/outOfRange(_:_:)`` when the interval is not a ``CadenceCheck/Unit``.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> CadenceCheck {
            let text = try parameters[Parameters.immobileVisitInterval]
            guard let unit = CadenceCheck.Unit(rawValue: text) else {
                throw .outOfRange(Parameters.immobileVisitInterval.id, "week, month, quarter or year, not \(text)")
            }
            return CadenceCheck(every: unit, atLeast: 1)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with cadence: CadenceCheck,
            into findings: inout FindingCollector
        ) {
            let date = context.date
            let members = context.community.members
            for position in members.indices where members[position].hasLimitedMobility {
                let member = members[position]
                guard member.status(on: date) != nil else { continue }
                let joined = member.events.first { $0.kind.beginsMembership && $0.date != nil }?.date
                guard let here = try? Period(from: joined ?? .earliest, through: date) else { continue }
                let visits = member.events.compactMap { event -> CalendarDate? in
                    guard case .visited = event.kind else { return nil }
                    return event.date
                }
                let outcome = cadence.check(visits, over: period, lifetime: here)
                guard !outcome.isMet else { continue }
                findings.fail(
                    .member(member.id), measured: .count(outcome.missed.count, .periods),
                    required: Requirement(.exactly, .count(0, .periods)), detail: outcome.missedList,
                    message: Self.notVisited)
            }
        }

        /// `行动不便党员 M-1 在 2 个周期内未有人上门传达有关精神（2025年第一季度、2025年第三季度），应定期派人走访`.
        static let notVisited = MessageTemplate(
            chinese: "行动不便党员 {subject} 在 {measured}内未有人上门传达有关精神（{detail}），应定期派人走访",
            english:
                "Member {subject}, who has limited mobility, was not visited in {measured} ({detail}); visits are due periodically"
        )
    }
}
