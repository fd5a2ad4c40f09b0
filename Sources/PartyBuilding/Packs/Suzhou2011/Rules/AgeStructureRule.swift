import Foundation

extension SZ2011 {
    /// `SZ2011.6.age-structure` (shall, a goal): a workforce whose main body is about 40.
    ///
    /// The clause, quoted once: ``SZ2011/Clauses/ageStructure``.
    ///
    /// The goal cannot fail one worker, so the rule advises: when the median age of a community's
    /// workers on the audit date lies outside the band (35 to 45 以内, inclusive, by default), an
    /// advisory gives the median and the bound it passes. ``AgeDistribution`` reports the whole distribution.
    public struct AgeStructureRule: Rule {
        /// The rule's ID, title, strength, clause and cadence.
        public let descriptor = SZ2011.descriptor(
            "SZ2011.6.age-structure", chinese: "社区工作者年龄结构", english: "Age structure of the workforce",
            strength: .shall, clause: Clauses.ageStructure,
            cadence: .onDate)

        /// Creates the rule.
        public init() {}

        /// Reads the rule's parameters for the period judged.
        public func bind(_ parameters: ParameterReader) throws(ParameterError) -> ClosedRange<Int> {
            let low = try parameters[Parameters.ageBandLow]
            let high = try parameters[Parameters.ageBandHigh]
            guard low <= high else {
                throw .outOfRange(Parameters.ageBandLow.id, "the band's low end is above its high end (\(high))")
            }
            return low...high
        }

        /// Checks one community, as the type's documentation describes.
        public func evaluate(
            _ context: CommunityContext, in period: Period, with band: ClosedRange<Int>,
            into findings: inout FindingCollector
        ) {
            let distribution = AgeDistribution(context.community.workers, on: context.date)
            guard let twiceMedian = distribution.twiceMedianAge else { return }
            guard twiceMedian < 2 * band.lowerBound || twiceMedian > 2 * band.upperBound else { return }
            findings.advise(
                .community(context.id), measured: .fractionalAge(Decimal(twiceMedian) / 2),
                required: Requirement(between: .age(band.lowerBound), and: .age(band.upperBound)),
                message: Self.outsideBand)
        }

        /// `社区工作者年龄中位数为 34.5 岁，应在 35–45 岁之间（以 40 岁左右人员为主体）`.
        static let outsideBand = MessageTemplate(
            chinese: "社区工作者年龄中位数为 {measured}，应{required}（以 40 岁左右人员为主体）",
            english:
                "The median age of the community's workers is {measured}; it should be {required} (a workforce mainly of people about 40)"
        )
    }
}
