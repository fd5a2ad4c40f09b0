/// A set of rules from one source and the parameters they read: the unit an audit applies.
///
/// The library ships ``suzhou2011`` (`SZ2011`). Another city's pack is built in client code the same
/// way, from its own ``Parameter`` values and ``Rule`` types:
///
/// ```swift
/// let xian = PolicyPack(id: "XA2020", title: …, parameters: [...], rules: [ReceptionRoomRule()])
/// let report = try await Auditor(packs: [.suzhou2011, xian]).audit(communities, on: date)
/// ```
public struct PolicyPack: Sendable, Identifiable {
    /// The pack's ID, the prefix of its rules' IDs, for example `SZ2011`.
    public var id: String
    /// The pack's title in both languages.
    public var title: LocalizedText
    /// The parameters its rules read, with their dated values.
    public var parameters: [Parameter]
    /// The rules, in the order their findings are reported.
    public var rules: [any Rule]

    /// Creates a pack.
    public init(id: String, title: LocalizedText, parameters: [Parameter], rules: [any Rule]) {
        self.id = id
        self.title = title
        self.parameters = parameters
        self.rules = rules
    }

    /// The descriptors of the pack's rules, in order.
    public var descriptors: [RuleDescriptor] { rules.map(\.descriptor) }

    /// A parameter of the pack by ID.
    public func parameter(_ id: ParameterID) -> Parameter? { parameters.first { $0.id == id } }

}
