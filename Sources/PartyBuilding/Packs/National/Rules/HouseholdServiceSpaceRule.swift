extension NAT {
    /// `NAT.service-space` (shall): a community has at least 30 m² of service facilities for every 100
    /// households.
    ///
    /// The clause, quoted once: ``NAT/Clauses/serviceSpace``.
    ///
    /// Judged on the audit date for every community with a Party organisation, planned or existing:
    /// the service space (``Community/serviceSpace``) is not below households × 30 m² / 100 (不低于:
    /// exactly the floor meets it), computed exactly in hundredths of a square metre and rounded up.
    /// This finding stands beside SZ2011's own floor (3% of the residential floor area,
    /// `SZ2011.15.service-space`), each citing its own clause. A community whose households or service
    /// space are not recorded cannot be checked: an information finding names what is missing.
    public struct HouseholdServiceSpaceRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = NAT.descriptor(
            "NAT.service-space", chinese: "每百户综合服务设施面积", english: "Service space per 100 households",
            strength: .shall, clause: Clauses.serviceSpace, cadence: .onDate, from: completeCommunity)

        /// Creates the rule.
        public init() {}

        /// The floor: an area for a number of households.
        public struct Floor: Sendable, Hashable {
            /// 不低于30平方米.
            public var area: Area
            /// 每百户.
            public var households: Int

            /// The least service space of `households` households, rounded up to 0.01 m².
            public func required(households count: Int) -> Area {
                area.multiplied(by: Ratio(Int64(count), Int64(households)), rounding: .up)
            }
        }

        /// Reads the floor.
        /// - Throws: ``ParameterError/outOfRange(_:_:)`` when the unit has no households, or when the
        ///   floor of the most households a community may record (``ValidationLimits/maximumCount``)
        ///   would exceed the largest area (``ValidationLimits/maximumArea``): the floor could not be
        ///   computed for every community that validates.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> Floor {
            let floor = Floor(
                area: try parameters[Parameters.serviceSpacePerUnit],
                households: try parameters[Parameters.serviceSpaceHouseholds])
            guard floor.households > 0 else {
                throw .outOfRange(Parameters.serviceSpaceHouseholds.id, "at least 1 household")
            }
            let mostHouseholds = Ratio(Int64(ValidationLimits.maximumCount), Int64(floor.households))
            guard ValidationLimits.maximumArea.isAtLeast(mostHouseholds, of: floor.area) else {
                throw .outOfRange(
                    Parameters.serviceSpacePerUnit.id,
                    "an area whose floor for \(ValidationLimits.maximumCount) households is at most "
                        + "\(ValidationLimits.maximumArea)")
            }
            return floor
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with floor: Floor, into findings: inout FindingCollector
        ) {
            let community = context.community
            guard !community.organisations.isEmpty else { return }
            guard let households = community.households, let space = community.serviceSpace else {
                findings.cannotCheck(
                    .community(community.id), missing: community.unrecorded([.households, .serviceSpace]))
                return
            }
            findings.check(
                .community(community.id), .area(space), .notLessThan, .area(floor.required(households: households)),
                detail: .count(households, .households), message: Self.belowFloor)
        }

        /// `社区综合服务设施面积为 600.00 m²，按每百户居民计应不低于 643.50 m²（2145 户）`.
        static let belowFloor = MessageTemplate(
            chinese: "社区综合服务设施面积为 {measured}，按每百户居民计应{required}（{detail}）",
            english: "The community's service space is {measured}; by households it should be {required} (for {detail})"
        )
    }
}
