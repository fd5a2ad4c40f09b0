/// Every rule of a set of packs, listed with its ID, title, strength, citation and parameters.
///
/// ```swift
/// for entry in RuleRegistry(packs: [.suzhou2011]).entries {
///     print(entry.descriptor.id, entry.descriptor.title.english, entry.descriptor.strength)
///     for parameter in entry.parameters { print("  ", parameter.id, parameter.values) }
/// }
/// ```
public struct RuleRegistry: Sendable {
    /// A rule and the definitions of the parameters it reads.
    public struct Entry: Sendable, Hashable, Codable {
        /// The rule's ID, title, strength and citation.
        public var descriptor: RuleDescriptor
        /// The pack the rule belongs to.
        public var packID: String
        /// The parameters the rule reads, with their dated values and citations.
        public var parameters: [Parameter]
    }

    /// The rules of all packs, in pack order and then in each pack's order.
    public let entries: [Entry]

    /// Lists the rules of `packs`.
    public init(packs: [PolicyPack] = PolicyPack.builtIn) {
        var entries: [Entry] = []
        for pack in packs {
            let definitions = Dictionary(pack.parameters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for rule in pack.rules {
                let descriptor = rule.descriptor
                entries.append(
                    Entry(
                        descriptor: descriptor, packID: pack.id,
                        parameters: descriptor.parameters.compactMap { definitions[$0] }))
            }
        }
        self.entries = entries
    }

    /// The entry of a rule, or `nil` when no pack has it.
    public func entry(_ id: RuleID) -> Entry? { entries.first { $0.descriptor.id == id } }
}
