/// Every rule of a set of packs, listed with its ID, title, strength, citation and parameters.
///
/// ```swift
/// for entry in try RuleRegistry(packs: [.suzhou2011]).entries {
///     print(entry.descriptor.id, entry.descriptor.title.english, entry.descriptor.strength)
///     for parameter in entry.parameters { print("  ", parameter.id, parameter.values) }
/// }
/// ```
public struct RuleRegistry: Sendable {
    /// A rule and the definitions of the parameters it reads.
    public struct Entry: Sendable, Hashable, Codable {
        /// The rule's ID, title, strength, citation, cadence and validity.
        public var descriptor: RuleDescriptor
        /// The pack the rule belongs to.
        public var packID: String
        /// The IDs of the parameters the rule reads: the keys its ``Rule/bind(_:)`` reads, in order.
        public var parameterIDs: [ParameterID]
        /// The parameters the rule reads, with their dated values and citations (those the packs define).
        public var parameters: [Parameter]
    }

    /// The rules of all packs, in pack order and then in each pack's order.
    public let entries: [Entry]

    /// Lists the rules of `packs`, with the parameters each reads.
    /// - Throws: ``ParameterError/undefined(_:readBy:)`` when a rule reads a parameter that none of
    ///   `packs` defines, ``ParameterError/kindMismatch(_:expected:found:)`` when it reads one in
    ///   another unit than the pack defines, ``ParameterError/duplicate(_:)`` when two packs define the
    ///   same parameter (as an audit would).
    public init(packs: [PolicyPack] = PolicyPack.builtIn) throws(ParameterError) {
        let sample = ParameterValues.sample(of: packs)
        var definitions: [ParameterID: Parameter] = [:]
        for pack in packs {
            for parameter in pack.parameters {
                guard definitions.updateValue(parameter, forKey: parameter.id) == nil else {
                    throw .duplicate(parameter.id)
                }
            }
        }
        var entries: [Entry] = []
        for pack in packs {
            for rule in pack.rules {
                let ids = try BoundRule.parameterIDs(of: rule, in: sample)
                entries.append(
                    Entry(
                        descriptor: rule.descriptor, packID: pack.id, parameterIDs: ids,
                        parameters: ids.compactMap { definitions[$0] }))
            }
        }
        self.entries = entries
    }

    /// The entry of a rule, or `nil` when no pack has it.
    public func entry(_ id: RuleID) -> Entry? { entries.first { $0.descriptor.id == id } }
}
