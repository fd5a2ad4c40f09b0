extension SZ2011 {
    /// `SZ2011.8.recruitment` (shall): from 2011 community workers are recruited by the county-level
    /// city or district.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/recruitment``.
    ///
    /// Judged for each year from 2011 (从2011年起): every recruitment dated in the year
    /// (``WorkerRecruitment``) run by a street or by the community is a violation naming the worker.
    /// "逐步" (gradually) names the pace of the change, not a permission, so the rule reads as shall.
    /// A community that records no recruitment cannot be checked.
    public struct RecruitmentRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.8.recruitment", chinese: "社区工作者由县级市、区统一招录", english: "Workers recruited by the district",
            strength: .shall, clause: Clauses.recruitment, cadence: .yearly, from: CalendarDate("2011-01-01"))

        /// Creates the rule.
        public init() {}

        /// Reads nothing: the rule has no parameters.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) {}

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with bindings: Void, into findings: inout FindingCollector
        ) {
            let recruitments = context.community.governance.recruitments
            guard !recruitments.isEmpty else {
                return findings.cannotCheck(.community(context.id), unrecorded: .recruitments)
            }
            for recruitment in recruitments
            where period.contains(recruitment.date) && recruitment.organisedBy != .countyOrDistrict {
                findings.fail(
                    .worker(recruitment.workerID), measured: .label(recruitment.organisedBy.quantityLabel),
                    required: nil, message: Self.notByDistrict)
            }
        }

        /// `社区工作者 W-3 由街道招录，应由县级市、区统一组织实施`.
        static let notByDistrict = MessageTemplate(
            chinese: "社区工作者 {subject} 由{measured}招录，社区工作者招录工作应由县级市、区统一组织实施",
            english:
                "Worker {subject} was recruited by {measured}; recruitment should be run by the county-level city or district"
        )
    }
}

extension WorkerRecruitment.Level {
    /// The level as a category of a finding.
    var quantityLabel: Quantity.Label {
        Quantity.Label(code: rawValue, chinese: label.chinese, english: label.english)
    }
}
