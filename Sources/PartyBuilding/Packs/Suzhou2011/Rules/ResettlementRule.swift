extension SZ2011 {
    /// `SZ2011.3.resettlement` (shall): what a large concentrated resettlement area must set up.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/resettlement``.
    ///
    /// For a concentrated resettlement area of more than (超过) 3000 households: its own Party organisation,
    /// a management service centre, two or more residents' committees, and a Party organisation for
    /// each residents' committee. Each missing item is a finding. A figure the records do not give
    /// (whether the area is one, its households, the centre, the committees) makes what depends on it
    /// an information finding that it cannot be checked.
    public struct ResettlementRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.3.resettlement", chinese: "集中安置居住区的组织设置", english: "Organisations of a large resettlement area",
            strength: .shall, clause: Clauses.resettlement,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> (households: Int, committees: Int) {
            (try parameters[Parameters.resettlementHouseholds], try parameters[Parameters.resettlementCommittees])
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: (households: Int, committees: Int),
            into findings: inout FindingCollector
        ) {
            let community = context.community
            let subject = Subject.community(community.id)
            guard let isResettlement = community.isConcentratedResettlement else {
                findings.cannotCheck(subject, missing: [.concentratedResettlement])
                return
            }
            guard isResettlement else { return }
            guard let count = community.households else {
                findings.cannotCheck(subject, missing: [.households])
                return
            }
            guard Bound.moreThan.admits(count, bindings.households) else { return }
            let households = Quantity.count(count, .households)
            findings.check(
                subject, .count(community.organisations.count, .organisations), .orMore, .count(1, .organisations),
                detail: households, message: Self.noOrganisation)
            var missing: [UnrecordedFigure] = []
            if let hasCentre = community.hasManagementServiceCentre {
                findings.check(
                    subject, .flag(hasCentre), .exactly, .flag(true), detail: households, message: Self.noCentre)
            } else {
                missing.append(.managementServiceCentre)
            }
            if let committees = community.residentsCommittees {
                findings.check(
                    subject, .count(committees.count, .committees), .orMore, .count(bindings.committees, .committees),
                    detail: households, message: Self.tooFewCommittees)
                let covered = Set(community.organisations.compactMap(\.residentsCommitteeID))
                for committee in committees where !covered.contains(committee.id) {
                    findings.fail(
                        .residentsCommittee(committee.id), measured: .count(0, .organisations),
                        required: Requirement(.orMore, .count(1, .organisations)),
                        message: Self.committeeWithoutOrganisation)
                }
            } else {
                missing.append(.residentsCommittees)
            }
            if !missing.isEmpty { findings.cannotCheck(subject, missing: missing) }
        }

        /// `集中安置居住区（3200 户）尚未设立社区党组织`.
        static let noOrganisation = MessageTemplate(
            chinese: "集中安置居住区（{detail}）尚未设立社区党组织",
            english: "The resettlement area ({detail}) has no community Party organisation")
        /// `集中安置居住区（3200 户）尚未设立社区管理服务中心`.
        static let noCentre = MessageTemplate(
            chinese: "集中安置居住区（{detail}）尚未设立社区管理服务中心",
            english: "The resettlement area ({detail}) has no community management service centre")
        /// `集中安置居住区（3200 户）下设居民委员会 1 个，按“一区多居”管理模式应下设 2 个以上`.
        static let tooFewCommittees = MessageTemplate(
            chinese: "集中安置居住区（{detail}）下设居民委员会 {measured}，按“一区多居”管理模式应下设 {required}",
            english:
                "The resettlement area ({detail}) has {measured}; under the one-area, several-committees model it should have {required}"
        )
        /// `居民委员会 RC-2 尚未设立相对应的党组织`.
        static let committeeWithoutOrganisation = MessageTemplate(
            chinese: "居民委员会 {subject} 尚未设立相对应的党组织",
            english: "Residents' committee {subject} has no corresponding Party organisation")
    }
}
