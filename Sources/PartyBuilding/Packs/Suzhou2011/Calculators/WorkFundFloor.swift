/// The least community work funds a community is granted a year (SZ2011 art. 19).
///
/// The clause: ``SZ2011/Clauses/workFund``.
///
/// ```swift
/// WorkFundFloor.suzhou2011.floor(population: 7393)   // 147,860.00 CNY (东关社区)
/// ```
public struct WorkFundFloor: Sendable, Hashable {
    /// Funds per person a year (20 CNY).
    public var perPerson: Money
    /// Which population the floor counts.
    public var populationBase: PopulationBase

    /// The population a work-fund floor counts.
    public enum PopulationBase: String, Sendable, Hashable, Codable, CaseIterable {
        /// Residents (常住人口): ``Community/residents``.
        case resident
        /// Registered residents (户籍人口): ``Community/registeredResidents``, or the residents when not recorded.
        case registered
    }

    /// Creates the calculator from its figures.
    public init(perPerson: Money, populationBase: PopulationBase = .resident) {
        self.perPerson = perPerson
        self.populationBase = populationBase
    }

    /// The calculator with the parameter values in force for the period being bound.
    /// - Throws: ``ParameterError/outOfRange(_:_:)`` when the population base is neither `resident`
    ///   nor `registered`.
    public init(_ parameters: ParameterReader) throws(ParameterError) {
        let perPerson = try parameters[SZ2011.Parameters.workFundPerResident]
        let baseText = try parameters[SZ2011.Parameters.workFundPopulationBase]
        guard let base = PopulationBase(rawValue: baseText) else {
            throw .outOfRange(SZ2011.Parameters.workFundPopulationBase.id, "resident or registered, not \(baseText)")
        }
        self.init(perPerson: perPerson, populationBase: base)
    }

    /// The opinion's own figure: 20 CNY a resident a year.
    public static let suzhou2011 = WorkFundFloor(perPerson: Money(yuan: 20))

    /// The least yearly work funds for a population: exact for every rate and population that
    /// ``ValidationLimits`` admit.
    @inlinable
    public func floor(population: Int) -> Money { Money(fen: perPerson.fen * Int64(population)) }

    /// The population of a community this floor counts, or `nil` when the records do not give it.
    public func population(of community: Community) -> Int? {
        switch populationBase {
        case .resident: community.residents
        case .registered: community.registeredResidents ?? community.residents
        }
    }
}
