/// A way in which a store broke the ``PartyBuilding/CommunityStore`` contract, found by a conformance check.
///
/// Failures are plain values, so any test framework can report them:
///
/// ```swift
/// let failures = await StoreConformance.all { MyStore() }
/// XCTAssertEqual(failures, [], failures.map(\.description).joined(separator: "\n"))
/// ```
public struct ConformanceFailure: Sendable, Hashable, CustomStringConvertible {
    /// The check that found the failure.
    public var check: ConformanceCheck
    /// What went wrong, naming the step, the community and the field.
    public var message: String
    /// What the contract requires, when one value says it.
    public var expected: String?
    /// What the store did instead.
    public var actual: String?

    /// Creates a failure.
    public init(check: ConformanceCheck, message: String, expected: String? = nil, actual: String? = nil) {
        self.check = check
        self.message = message
        self.expected = expected
        self.actual = actual
    }

    /// The failure in one line: `[listingOrder] … (expected: …; actual: …)`.
    public var description: String {
        var text = "[\(check.rawValue)] \(message)"
        switch (expected, actual) {
        case (let expected?, let actual?): text += " (expected: \(expected); actual: \(actual))"
        case (let expected?, nil): text += " (expected: \(expected))"
        case (nil, let actual?): text += " (actual: \(actual))"
        case (nil, nil): break
        }
        return text
    }
}
