/// A label and its value, shown under a report's title (for example "审核日期" and "2025-12-31").
public struct ReportFact: Sendable, Hashable {
    /// What the value is, in the report's language.
    public var label: String
    /// The value, as it is shown.
    public var value: String

    /// Creates a fact.
    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}
