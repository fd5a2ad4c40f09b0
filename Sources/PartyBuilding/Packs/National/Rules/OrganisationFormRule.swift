extension NAT {
    /// `NAT.org-form` (shall, reported as information): the form the national thresholds give an
    /// organisation of its size: 100 members or more a Party committee, 50 to 100 a general branch.
    ///
    /// The clause, quoted once: ``NAT/Clauses/organisationForm``.
    ///
    /// A cross-check of `SZ2011.3.general-branch`. The national figures are those of the Party and
    /// state organs; for a community, SZ2011 art. 3 governs (超过50 / 超过100, a permission), so a
    /// difference is never a failure here: for each top-level organisation in being on the audit date
    /// whose form differs from the one the national thresholds give its members (formal and
    /// probationary, 以上 inclusive: 50 gives a general branch, 100 a committee), the rule reports the
    /// national form as information, beside SZ2011's own finding. An organisation whose records give
    /// no count is not reported (nothing to compare).
    public struct OrganisationFormRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.org-form", chinese: "党委、党总支的设立人数（全国标准）",
            english: "Members for a committee or general branch (national)",
            strength: .shall, clause: Clauses.organisationForm, cadence: .onDate, from: organsRegulation)

        /// Creates the rule.
        public init() {}

        /// The thresholds of the clause.
        public struct Thresholds: Sendable, Hashable {
            /// 50人以上: the members from which a general branch is set up.
            public var generalBranch: Int
            /// 100人以上: the members from which a Party committee is set up.
            public var committee: Int

            /// The form the thresholds give `members`.
            public func form(members: Int) -> PartyOrganisation.Form {
                members >= committee ? .committee : members >= generalBranch ? .generalBranch : .branch
            }
        }

        /// Reads the thresholds.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Thresholds {
            Thresholds(
                generalBranch: try parameters[Parameters.formGeneralBranchMembers],
                committee: try parameters[Parameters.formCommitteeMembers])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with thresholds: Thresholds,
            into findings: inout FindingCollector
        ) {
            let organisations = context.community.organisations
            guard organisations.contains(where: { $0.parentID == nil }) else { return }
            for organisation in organisations
            where organisation.parentID == nil && organisation.lifetime.contains(context.date) {
                guard
                    let members = Self.members(
                        of: organisation.id, in: organisations, counts: context.membership.members)
                else {
                    continue
                }
                let national = thresholds.form(members: members)
                guard national != organisation.form else { continue }
                let required =
                    switch national {
                    case .committee: Requirement(.orMore, .count(thresholds.committee, .members))
                    case .generalBranch: Requirement(.orMore, .count(thresholds.generalBranch, .members))
                    case .branch: Requirement(.lessThan, .count(thresholds.generalBranch, .members))
                    }
                findings.inform(
                    .organisation(organisation.id), measured: .count(members, .members), required: required,
                    detail: .label(national.label), message: Self.nationalForm)
            }
        }

        /// The members of an organisation and of those under it, or `nil` when no count is recorded
        /// for any of them.
        static func members(
            of id: OrganisationID, in organisations: [PartyOrganisation], counts: [Int?]
        ) -> Int? {
            var total: Int?
            for (index, organisation) in organisations.enumerated() {
                guard let count = counts[index] else { continue }
                var current: OrganisationID? = organisation.id
                var steps = 0
                while let here = current, here != id, steps <= organisations.count {
                    current = organisations.first { $0.id == here }?.parentID
                    steps += 1
                }
                if current == id { total = (total ?? 0) + count }
            }
            return total
        }

        /// `党组织 ORG-1 有党员 100 名，按全国标准（党员 100 名以上）应设立党委；社区党组织的设置以苏州市意见第3条为准`.
        static let nationalForm = MessageTemplate(
            chinese: "党组织 {subject} 有党员 {measured}，按全国标准（党员 {required}）应设立{detail}；社区党组织的设置以苏州市意见第3条为准",
            english:
                "Organisation {subject} has {measured}; by the national thresholds ({required}) it would be a {detail}; a community's organisation follows SZ2011 art. 3"
        )
    }
}
