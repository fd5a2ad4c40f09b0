extension SZ2011 {
    /// `SZ2011.3.two-new-coverage` (shall): the non-public enterprises and social organisations in the
    /// community are covered by Party organisations.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/twoNewCoverage``.
    ///
    /// Judged on the audit date for each resident unit of those kinds (``ResidentUnit/Kind/isTwoNew``):
    /// a unit with ``SZ2011/Parameters/twoNewOwnOrganisationMembers`` formal members or more (三人以上:
    /// 3 counts) needs an organisation of its own; a unit with fewer needs a joint branch of the
    /// community or an assigned Party-building instructor. A unit whose formal members are not recorded
    /// cannot be checked; a community that records no units cannot be checked either.
    public struct TwoNewCoverageRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.3.two-new-coverage", chinese: "“两新”组织党组织覆盖",
            english: "Party coverage of enterprises and social organisations",
            strength: .shall, clause: Clauses.twoNewCoverage, cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the formal members from which a unit has its own organisation.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Int {
            try parameters[Parameters.twoNewOwnOrganisationMembers]
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with minimum: Int, into findings: inout FindingCollector
        ) {
            let units = context.community.governance.residentUnits
            guard !units.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .residentUnits)
            }
            for unit in units where unit.kind.isTwoNew {
                let name = Quantity.label(
                    Quantity.Label(code: unit.id.rawValue, chinese: unit.name, english: unit.id.rawValue))
                guard let formal = unit.formalMembers else {
                    findings.inform(.community(context.id), measured: nil, detail: name, message: Self.notCounted)
                    continue
                }
                if formal >= minimum {
                    if unit.ownOrganisation == nil {
                        findings.fail(
                            .community(context.id), measured: .count(formal, .members),
                            required: Requirement(.orMore, .count(minimum, .members)), detail: name,
                            message: Self.noOwnOrganisation)
                    }
                } else if unit.jointOrganisationID == nil && unit.instructor == nil {
                    findings.fail(
                        .community(context.id), measured: .count(formal, .members), required: nil, detail: name,
                        message: Self.notCovered)
                }
            }
        }

        /// `华兴公司有正式党员 3 名，未单独建立党组织（正式党员 3 名以上应单独建立）`.
        static let noOwnOrganisation = MessageTemplate(
            chinese: "{detail}有正式党员 {measured}，未单独建立党组织（正式党员 {required}应单独建立）",
            english:
                "Unit {detail} has {measured} in formal membership and no Party organisation of its own (required with {required})"
        )
        /// `华兴公司有正式党员 2 名，既未纳入联合党支部，也未选派党建工作指导员`.
        static let notCovered = MessageTemplate(
            chinese: "{detail}有正式党员 {measured}，既未纳入联合党支部，也未选派党建工作指导员",
            english:
                "Unit {detail} has {measured} in formal membership, and neither a joint branch nor a Party-building instructor covers it"
        )
        /// `华兴公司未记录正式党员人数，无法核查党组织覆盖`.
        static let notCounted = MessageTemplate(
            chinese: "{detail}未记录正式党员人数，无法核查党组织覆盖",
            english: "Unit {detail} records no count of formal members; its coverage cannot be checked")
    }
}
