extension SZ2011 {
    /// `SZ2011.12.dual-management` (shall): an employed member living here whose organisational
    /// relationship is held elsewhere is under the dual management of the community's and the
    /// employer's Party organisations.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/dualManagement``.
    ///
    /// Judged on the audit date for each member who is a member here that day (``Member/status(on:)``),
    /// employed (``Member/Employment/employed``) and held elsewhere (``Member/Relationship/heldElsewhere``):
    /// a ``MembershipEvent/Kind/dualManagement(with:)`` event on or before the day meets the rule.
    public struct DualManagementRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.12.dual-management", chinese: "在职党员双重管理", english: "Dual management of employed members",
            strength: .shall, clause: Clauses.dualManagement, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads no parameter: the clause sets no figure.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let date = context.date
            let members = context.community.members
            for position in members.indices
            where members[position].employment == .employed && members[position].relationship == .heldElsewhere {
                let member = members[position]
                guard member.status(on: date) != nil else { continue }
                let managed = member.events.contains { event in
                    guard case .dualManagement = event.kind else { return false }
                    return event.date.map { $0 <= date } ?? true
                }
                findings.check(
                    .member(member.id), .flag(managed), .exactly, .flag(true), message: Self.notDualManaged)
            }
        }

        /// `党员 M-1 为组织关系不在本社区的在职党员，未记录实行社区党组织和单位党组织“双重管理”`.
        static let notDualManaged = MessageTemplate(
            chinese: "党员 {subject} 为组织关系不在本社区的在职党员，未记录实行社区党组织和单位党组织“双重管理”",
            english:
                "Member {subject} is employed and their membership is held elsewhere, but no dual management by the community's and the employer's Party organisations is recorded"
        )
    }
}
