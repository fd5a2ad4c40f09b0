/// What a rule reads its parameters through when it binds: the values in force for the period
/// judged, read by typed keys, with a record of the keys read.
///
/// The keys a rule reads are its parameter list: the audit shows their values in each finding, a
/// re-audit re-evaluates the rule when one of them changes, and the registry lists them. Read every
/// key the rule uses before deciding anything from their values, so that the list is complete.
///
/// ```swift
/// func bind(_ parameters: ParameterReader) throws(ParameterError) -> ActivityFundFloor {
///     ActivityFundFloor(
///         perMember: try parameters[Parameters.activityFundPerMember],
///         smallCommunityMembers: try parameters[Parameters.activityFundSmallCommunity],
///         minimum: try parameters[Parameters.activityFundMinimum])
/// }
/// ```
public final class ParameterReader {
    /// The values read from: only through the keys, so that every value a rule uses is recorded.
    private let values: ParameterValues
    /// The keys read so far, in the order first read, each once.
    public private(set) var parameterIDs: [ParameterID] = []

    /// Creates a reader of `values`.
    public init(_ values: ParameterValues) { self.values = values }

    /// The period the values are in force for.
    public var period: Period { values.period }

    /// The value of a parameter in its key's unit, recording that the key was read.
    /// - Throws: ``ParameterError/notInForce(_:for:)`` (the rule is then not in force for the period),
    ///   ``ParameterError/unknown(_:)`` or ``ParameterError/kindMismatch(_:expected:found:)``.
    public subscript<Unit>(_ key: ParameterKey<Unit>) -> Unit.Value {
        get throws(ParameterError) {
            if !parameterIDs.contains(key.id) { parameterIDs.append(key.id) }
            return try values.value(key)
        }
    }

    /// A parameter's values over time, for a rule that judges each case with the figure in force on the
    /// case's own day (a step of the admission pipeline), recording that the key was read.
    /// - Throws: ``ParameterError/unknown(_:)`` or ``ParameterError/kindMismatch(_:expected:found:)``.
    public func dated<Unit>(_ key: ParameterKey<Unit>) throws(ParameterError) -> DatedFigure<Unit> {
        if !parameterIDs.contains(key.id) { parameterIDs.append(key.id) }
        if let kind = values.kinds[key.id], kind != Unit.kind {
            throw .kindMismatch(key.id, expected: Unit.kind, found: kind)
        }
        guard values.kinds[key.id] != nil || values.values[key.id] != nil else { throw .unknown(key.id) }
        return DatedFigure(key: key, values: values)
    }

    /// The parameters read, with their values for the period (those in force).
    var bindings: [ParameterBinding] {
        parameterIDs.compactMap { id in values.values[id].map { ParameterBinding(parameterID: id, value: $0) } }
    }
}
