extension SZ2011 {
    /// `SZ2011.3.general-branch` (may): the form of an organisation against what its formal members permit.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/generalBranch``.
    ///
    /// Formal members are counted in the organisation and every organisation under it. A permission
    /// (可以) never fails: an organisation whose form is above what its count permits is a warning (it
    /// needs an approval), and a note where the approval is recorded as an exception. For a community's top-level organisation whose count permits a
    /// larger form, the rule reports the form it may take, as information.
    public struct GeneralBranchRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.3.general-branch", chinese: "党总支、党委的设立条件",
            english: "Members needed for a general branch or committee",
            strength: .may, clause: Clauses.generalBranch,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> OrganisationFormPermission {
            try OrganisationFormPermission(parameters)
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ community: CommunityContext, in period: Period, with permission: OrganisationFormPermission,
            into findings: inout FindingCollector
        ) {
            for organisation in community.community.organisations {
                let formal = community.membership.formalMembers(of: organisation.id)
                let permitted = permission.permittedForm(formalMembers: formal)
                if organisation.form > permitted {
                    let threshold =
                        organisation.form == .committee ? permission.committeeAbove : permission.generalBranchAbove
                    findings.check(
                        .organisation(organisation.id), .count(formal, .members), .moreThan,
                        .count(threshold, .members), detail: .label(organisation.form.label),
                        message: Self.formAbovePermission)
                } else if organisation.parentID == nil, permitted > organisation.form {
                    findings.inform(
                        .organisation(organisation.id), measured: .count(formal, .members),
                        detail: .label(permitted.label), message: Self.largerFormPermitted)
                }
            }
        }

        /// `党组织 ORG-1 设为党总支，但正式党员只有 50 名；正式党员超过 50 名的方可成立党总支，该设置须经批准`.
        static let formAbovePermission = MessageTemplate(
            chinese: "党组织 {subject} 设为{detail}，但正式党员只有 {measured}；正式党员{required}的方可成立{detail}，该设置须经批准",
            english:
                "Organisation {subject} is a {detail}, but counting formal members only it has {measured}; a {detail} may be formed with {required}, so this form needs an approval"
        )
        /// `党组织 ORG-1 有正式党员 51 名，可以成立党总支`.
        static let largerFormPermitted = MessageTemplate(
            chinese: "党组织 {subject} 有正式党员 {measured}，可以成立{detail}",
            english: "Organisation {subject} has {measured}, counting formal members only, and may become a {detail}")
    }
}
