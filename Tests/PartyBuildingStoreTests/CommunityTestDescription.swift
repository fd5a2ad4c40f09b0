import PartyBuilding
import Testing

/// A community passed to a parameterised test is named in the test log by its ID, not printed whole
/// (a fixture with thousands of members would fill the log).
extension Community: CustomTestStringConvertible {
    public var testDescription: String { "community \(id) (\(members.count) members)" }
}
