extension SZ2011 {
    /// `SZ2011.19.office-share` (shall): part of the work funds is earmarked for the Party
    /// organisation's office.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/officeShare``.
    ///
    /// Judged for each year in which work funds were granted: the share earmarked for that year
    /// (``OfficeFundShare``) must be more than zero ("一定比例" names no figure). A year whose share is
    /// not recorded cannot be checked, nor can a community that records no share at all.
    public struct OfficeShareRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.19.office-share", chinese: "安排党组织办公经费", english: "Office share of the work funds",
            strength: .shall, clause: Clauses.officeShare, cadence: .yearly)

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let community = context.community
            let year = period.start.year
            let granted = community.fundsGranted(in: year, for: [.work])
            guard granted > .zero else { return }
            guard let share = community.governance.officeFundShares.first(where: { $0.year == year }) else {
                return findings.cannotCheck(.community(context.id), unrecorded: .officeFundShares)
            }
            if share.amount == .zero {
                findings.fail(
                    .community(context.id), measured: .money(share.amount), required: nil, detail: .money(granted),
                    message: Self.noShare)
            }
        }

        /// `2025年社区工作经费 147,860.00 元中安排的党组织办公经费为 0.00 元，应安排一定比例作为党组织办公经费`.
        static let noShare = MessageTemplate(
            chinese: "{period}社区工作经费 {detail}中安排的党组织办公经费为 {measured}，应安排一定比例作为党组织办公经费",
            english:
                "Of {detail} of work funds in {period}, {measured} went to the Party organisation's office; a share is due"
        )
    }
}
